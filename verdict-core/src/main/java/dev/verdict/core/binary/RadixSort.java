package dev.verdict.core.binary;

/**
 * LSD radix sort of finite doubles (ascending) carrying a parallel double array, in 11-bit digits over an
 * order-preserving long encoding of the IEEE bits, derived from the doubles in each pass. Passes whose digit is
 * constant over the data are skipped (for probabilities the top bits never vary). O(n) time; scratch of one double
 * array of n per sorted array.
 */
final class RadixSort {
    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    private RadixSort() {
    }

    /**
     * Sorts {@code keys[0..n)} ascending, permuting {@code values[0..n)} alike. -0.0 must not occur. Scratch: one
     * double array of n for the keys and one for the values.
     */
    static void sort(double[] keys, double[] values, int n) {
        int[][] counts = histograms(keys, n);
        double[] a = keys;
        double[] v = values;
        double[] b = null;
        double[] w = null;
        for (int p = 0; p < PASSES; p++) {
            int[] c = counts[p];
            if (trivial(c, n)) {
                continue;
            }
            if (b == null) {
                b = new double[n];
                w = new double[n];
            }
            int shift = p * BITS;
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int t = c[d];
                c[d] = sum;
                sum += t;
            }
            for (int i = 0; i < n; i++) {
                double x = a[i];
                int at = c[(int) ((key(x) >>> shift) & (RADIX - 1))]++;
                b[at] = x;
                w[at] = v[i];
            }
            double[] ta = a;
            a = b;
            b = ta;
            double[] tv = v;
            v = w;
            w = tv;
        }
        if (a != keys) {
            System.arraycopy(a, 0, keys, 0, n);
            System.arraycopy(v, 0, values, 0, n);
        }
    }

    /**
     * Sorts {@code keys[0..n)} ascending. -0.0 must not occur. Works on the doubles themselves (the order-preserving
     * key is derived from the bits in each pass), so the only scratch is one double array of n.
     */
    static void sort(double[] keys, int n) {
        int[][] counts = histograms(keys, n);
        double[] a = keys;
        double[] b = null;
        for (int p = 0; p < PASSES; p++) {
            int[] c = counts[p];
            if (trivial(c, n)) {
                continue;
            }
            if (b == null) {
                b = new double[n];
            }
            int shift = p * BITS;
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int t = c[d];
                c[d] = sum;
                sum += t;
            }
            for (int i = 0; i < n; i++) {
                double x = a[i];
                b[c[(int) ((key(x) >>> shift) & (RADIX - 1))]++] = x;
            }
            double[] t = a;
            a = b;
            b = t;
        }
        if (a != keys) {
            System.arraycopy(a, 0, keys, 0, n);
        }
    }

    /** @return the order-preserving unsigned key of a double (two's-complement trick on the IEEE bits) */
    private static long key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static int[][] histograms(double[] keys, int n) {
        int[][] counts = new int[PASSES][RADIX];
        for (int i = 0; i < n; i++) {
            long k = key(keys[i]);
            for (int p = 0; p < PASSES; p++) {
                counts[p][(int) ((k >>> (p * BITS)) & (RADIX - 1))]++;
            }
        }
        return counts;
    }

    private static boolean trivial(int[] c, int n) {
        for (int d = 0; d < RADIX; d++) {
            if (c[d] != 0) {
                return c[d] == n;
            }
        }
        return true;
    }
}
