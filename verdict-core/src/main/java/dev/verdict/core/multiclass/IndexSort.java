package dev.verdict.core.multiclass;

/** Primitive merge sort of row indices by a double key (no boxing). */
final class IndexSort {
    private IndexSort() {
    }

    /** Sorts {@code idx[0..m)} so that {@code key[idx[j]]} is non-increasing; stable. */
    static void descending(int[] idx, int m, double[] key) {
        int[] buf = new int[m];
        int[] src = idx;
        int[] dst = buf;
        for (int width = 1; width < m; width *= 2) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(lo + width, m);
                int hi = Math.min(lo + 2 * width, m);
                merge(src, dst, lo, mid, hi, key);
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != idx) {
            System.arraycopy(src, 0, idx, 0, m);
        }
    }

    private static void merge(int[] src, int[] dst, int lo, int mid, int hi, double[] key) {
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
            if (j >= hi || (i < mid && key[src[i]] >= key[src[j]])) {
                dst[o] = src[i++];
            } else {
                dst[o] = src[j++];
            }
        }
    }
}
