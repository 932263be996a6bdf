package dev.verdict.core.binary;

/**
 * LSD radix sort of finite doubles (ascending) carrying a parallel double array, in 11-bit digits over an
 * order-preserving long encoding of the IEEE bits. Passes whose digit is constant over the data are skipped (for
 * probabilities the top bits never vary). O(n) time, 2n extra longs and doubles.
 */
final class RadixSort {
    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    private RadixSort() {
    }

    /** Sorts {@code keys[0..n)} ascending, permuting {@code values[0..n)} alike. -0.0 must not occur. */
    static void sort(double[] keys, double[] values, int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(keys[i]);
            a[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        int[][] counts = histograms(a, n);
        long[] b = new long[n];
        double[] v = values;
        double[] w = new double[n];
        for (int p = 0; p < PASSES; p++) {
            int[] c = counts[p];
            if (trivial(c, n)) {
                continue;
            }
            int shift = p * BITS;
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int t = c[d];
                c[d] = sum;
                sum += t;
            }
            for (int i = 0; i < n; i++) {
                int d = (int) ((a[i] >>> shift) & (RADIX - 1));
                int at = c[d]++;
                b[at] = a[i];
                w[at] = v[i];
            }
            long[] ta = a;
            a = b;
            b = ta;
            double[] tv = v;
            v = w;
            w = tv;
        }
        for (int i = 0; i < n; i++) {
            long k = a[i];
            keys[i] = Double.longBitsToDouble(k ^ ((~k >> 63) | Long.MIN_VALUE));
        }
        if (v != values) {
            System.arraycopy(v, 0, values, 0, n);
        }
    }

    private static int[][] histograms(long[] a, int n) {
        int[][] counts = new int[PASSES][RADIX];
        for (int i = 0; i < n; i++) {
            long k = a[i];
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
