package dev.verdict.core.operational;

/** A stable primitive merge sort of row indices by a double key (no boxing). */
final class IndexSort {
    private IndexSort() {
    }

    /**
     * @param keys the keys (finite)
     * @param n how many of them to sort
     * @return the indices {@code 0..n-1} ordered by ascending key, ties by index
     */
    static int[] byValue(double[] keys, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] buf = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(keys, a, buf, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
        return a;
    }

    private static void merge(double[] keys, int[] a, int[] buf, int lo, int mid, int hi) {
        System.arraycopy(a, lo, buf, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || keys[buf[i]] <= keys[buf[j]])) {
                a[k] = buf[i++];
            } else {
                a[k] = buf[j++];
            }
        }
    }
}
