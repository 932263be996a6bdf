package dev.verdict.core.regression;

/**
 * A stable merge sort of row indices by several primitive {@code double} keys, compared lexicographically with
 * {@link Double#compare}. It gives a deterministic order for tied first keys without boxing.
 */
final class IndexSort {
    private IndexSort() {
    }

    /**
     * @param n number of rows
     * @param keys key columns, most significant first; each has at least {@code n} elements
     * @return the row indices {@code 0..n-1} in ascending key order
     */
    static int[] order(int n, double[]... keys) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] buf = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(idx, buf, lo, mid, hi, keys);
            }
            int[] t = idx;
            idx = buf;
            buf = t;
        }
        return idx;
    }

    private static void merge(int[] src, int[] dst, int lo, int mid, int hi, double[][] keys) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || compare(src[i], src[j], keys) <= 0)) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }

    private static int compare(int a, int b, double[][] keys) {
        for (double[] key : keys) {
            int c = Double.compare(key[a], key[b]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
