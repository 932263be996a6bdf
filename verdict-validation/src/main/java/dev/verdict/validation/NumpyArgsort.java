package dev.verdict.validation;

/**
 * A port of numpy 1.24's default {@code np.argsort} ({@code kind='quicksort'}: introsort with median-of-3 pivots,
 * insertion sort below 17 elements and a heapsort fallback), so that ties are ordered exactly as numpy orders them.
 * GroupKFold's assignment of equal-sized groups depends on this order.
 */
final class NumpyArgsort {
    private static final int SMALL_QUICKSORT = 16;

    private NumpyArgsort() {
    }

    /** @return the indices that sort {@code v} ascending, ties as numpy's unstable quicksort leaves them */
    static int[] argsort(long[] v) {
        int num = v.length;
        int[] a = new int[num];
        for (int i = 0; i < num; i++) {
            a[i] = i;
        }
        if (num < 2) {
            return a;
        }
        int[] stack = new int[128];
        int[] depthStack = new int[64];
        int sp = 0;
        int dp = 0;
        int pl = 0;
        int pr = num - 1;
        int cdepth = msb(num) * 2;
        for (;;) {
            if (cdepth < 0) {
                heapsort(v, a, pl, pr - pl + 1);
            } else {
                while (pr - pl > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (v[a[pm]] < v[a[pl]]) {
                        swap(a, pm, pl);
                    }
                    if (v[a[pr]] < v[a[pm]]) {
                        swap(a, pr, pm);
                    }
                    if (v[a[pm]] < v[a[pl]]) {
                        swap(a, pm, pl);
                    }
                    long vp = v[a[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(a, pm, pj);
                    for (;;) {
                        do {
                            ++pi;
                        } while (v[a[pi]] < vp);
                        do {
                            --pj;
                        } while (vp < v[a[pj]]);
                        if (pi >= pj) {
                            break;
                        }
                        swap(a, pi, pj);
                    }
                    swap(a, pi, pr - 1);
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    depthStack[dp++] = --cdepth;
                }
                insertion(v, a, pl, pr);
            }
            if (sp == 0) {
                break;
            }
            pr = stack[--sp];
            pl = stack[--sp];
            cdepth = depthStack[--dp];
        }
        return a;
    }

    private static void insertion(long[] v, int[] a, int pl, int pr) {
        for (int pi = pl + 1; pi <= pr; ++pi) {
            int vi = a[pi];
            long vp = v[vi];
            int pj = pi;
            int pk = pi - 1;
            while (pj > pl && vp < v[a[pk]]) {
                a[pj--] = a[pk--];
            }
            a[pj] = vi;
        }
    }

    /** numpy's aheapsort on {@code a[off .. off + n)}, 1-based heap indexing as in the C source. */
    private static void heapsort(long[] v, int[] a, int off, int n) {
        int base = off - 1;
        for (int l = n >> 1; l > 0; --l) {
            siftDown(v, a, base, l, n, a[base + l]);
        }
        for (; n > 1;) {
            int tmp = a[base + n];
            a[base + n] = a[base + 1];
            n -= 1;
            siftDown(v, a, base, 1, n, tmp);
        }
    }

    private static void siftDown(long[] v, int[] a, int base, int start, int n, int tmp) {
        int i = start;
        for (int j = start << 1; j <= n;) {
            if (j < n && v[a[base + j]] < v[a[base + j + 1]]) {
                j += 1;
            }
            if (v[tmp] < v[a[base + j]]) {
                a[base + i] = a[base + j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[base + i] = tmp;
    }

    private static int msb(int n) {
        int depth = 0;
        while ((n >>= 1) != 0) {
            depth++;
        }
        return depth;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
