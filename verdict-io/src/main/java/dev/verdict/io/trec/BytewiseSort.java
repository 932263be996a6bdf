package dev.verdict.io.trec;

import java.util.Arrays;

/**
 * Sorts byte strings in C {@code strcmp} order (unsigned bytes, a prefix first), reusing its arrays from one sort
 * to the next. Entry e is the slice {@code arena[e][start[e] .. end[e])}; fill {@link #ensure}d arrays, then
 * {@link #sort}.
 *
 * <p>Method: the key of a string is its 8 bytes after the prefix all entries share, big-endian and zero-padded; an
 * LSD radix sort orders the keys (byte positions where every key has the same byte are skipped, so strings that
 * differ in a few characters cost a few passes); runs of equal keys are then ordered on the full bytes. O(n) for
 * strings that differ within 8 bytes of their common prefix.
 */
final class BytewiseSort {
    private static final int INSERTION = 16;

    byte[][] arena = new byte[0][];
    int[] start = new int[0];
    int[] end = new int[0];
    /** After {@link #sort}: the entries in order. */
    int[] idx = new int[0];
    private long[] key = new long[0];
    private long[] key2 = new long[0];
    private int[] idx2 = new int[0];
    private final int[] count = new int[8 * 256];

    /** Grows the arrays to hold {@code n} entries. */
    void ensure(int n) {
        if (start.length < n) {
            int c = Math.max(n, start.length * 2);
            arena = new byte[c][];
            start = new int[c];
            end = new int[c];
            idx = new int[c];
            key = new long[c];
            key2 = new long[c];
            idx2 = new int[c];
        }
    }

    /** Sorts entries {@code 0..n-1} into {@link #idx}. */
    void sort(int n) {
        if (n == 0) {
            return;
        }
        int skip = commonPrefix(n);
        for (int e = 0; e < n; e++) {
            key[e] = key(arena[e], start[e] + skip, end[e]);
            idx[e] = e;
        }
        radix(n);
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && key[j] == key[i]) {
                j++;
            }
            if (j - i > 1) {
                sortByBytes(i, j - 1);
            }
            i = j;
        }
    }

    /** @return whether sorted positions {@code k - 1} and {@code k} hold equal strings (after {@link #sort}) */
    boolean sameAsPrevious(int k) {
        return key[k - 1] == key[k] && compare(idx[k - 1], idx[k]) == 0;
    }

    private int commonPrefix(int n) {
        byte[] a0 = arena[0];
        int s0 = start[0];
        int c = end[0] - s0;
        for (int e = 1; e < n && c > 0; e++) {
            int m = Math.min(c, end[e] - start[e]);
            int i = Arrays.mismatch(a0, s0, s0 + m, arena[e], start[e], start[e] + m);
            c = i < 0 ? m : i;
        }
        return c;
    }

    /** @return bytes {@code [from, from+8)} (those before {@code to}), big-endian, zero-padded */
    private static long key(byte[] a, int from, int to) {
        long k = 0;
        int n = Math.min(8, to - from);
        for (int i = 0; i < n; i++) {
            k = (k << 8) | (a[from + i] & 0xff);
        }
        return k << (8 * (8 - n));
    }

    /** LSD radix sort of {@code key[0..n)} (unsigned), carrying {@code idx}. */
    private void radix(int n) {
        Arrays.fill(count, 0);
        for (int e = 0; e < n; e++) {
            long k = key[e];
            for (int b = 0; b < 8; b++) {
                count[(b << 8) | (int) ((k >>> (8 * b)) & 0xff)]++;
            }
        }
        for (int b = 0; b < 8; b++) {
            int base = b << 8;
            int shift = 8 * b;
            if (count[base + (int) ((key[0] >>> shift) & 0xff)] == n) {
                continue;
            }
            int sum = 0;
            for (int v = 0; v < 256; v++) {
                int c = count[base + v];
                count[base + v] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = key[i];
                int p = count[base + (int) ((k >>> shift) & 0xff)]++;
                key2[p] = k;
                idx2[p] = idx[i];
            }
            long[] tk = key;
            key = key2;
            key2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
    }

    private int compare(int a, int b) {
        return Arrays.compareUnsigned(arena[a], start[a], end[a], arena[b], start[b], end[b]);
    }

    /** Sorts {@code idx[lo..hi]} on the strings' full bytes (quicksort, insertion sort for short runs). */
    private void sortByBytes(int lo, int hi) {
        while (hi - lo > INSERTION) {
            int mid = (lo + hi) >>> 1;
            if (compare(idx[mid], idx[lo]) < 0) {
                swap(mid, lo);
            }
            if (compare(idx[hi], idx[lo]) < 0) {
                swap(hi, lo);
            }
            if (compare(idx[hi], idx[mid]) < 0) {
                swap(hi, mid);
            }
            int pivot = idx[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compare(idx[i], pivot) < 0) {
                    i++;
                }
                while (compare(pivot, idx[j]) < 0) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sortByBytes(lo, j);
                lo = i;
            } else {
                sortByBytes(i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = idx[i];
            int j = i - 1;
            while (j >= lo && compare(v, idx[j]) < 0) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = v;
        }
    }

    private void swap(int i, int j) {
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
    }
}
