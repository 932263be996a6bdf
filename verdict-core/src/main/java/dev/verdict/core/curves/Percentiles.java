package dev.verdict.core.curves;

import dev.verdict.core.InvalidInputException;
import java.util.Arrays;

/**
 * Percentiles as {@code numpy.percentile(values, q)} with numpy's default {@code method="linear"} (Hyndman and Fan
 * type 7, numpy 1.24): the sorted values {@code a}, virtual index {@code i = (n - 1) q / 100}, and
 * {@code lerp(a[floor(i)], a[floor(i) + 1], i - floor(i))} with numpy's two-sided lerp ({@code a + (b - a) t} for
 * {@code t < 0.5}, else {@code b - (b - a)(1 - t)}). Unweighted. Empty input gives NaN.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * @param values finite values (not modified)
     * @param q percentiles in [0, 100]
     * @return one value per percentile
     */
    public static double[] of(double[] values, double... q) {
        double[] a = values.clone();
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new InvalidInputException("percentiles: value at row " + i + " is not finite: " + a[i]);
            }
        }
        Arrays.sort(a);
        return ofSorted(a, q);
    }

    /** Like {@link #of} on values already sorted ascending. */
    public static double[] ofSorted(double[] sorted, double... q) {
        double[] out = new double[q.length];
        int n = sorted.length;
        for (int j = 0; j < q.length; j++) {
            if (!(q[j] >= 0 && q[j] <= 100)) {
                throw new InvalidInputException("percentiles: q must be in [0, 100], got " + q[j]);
            }
            if (n == 0) {
                out[j] = Double.NaN;
                continue;
            }
            double index = (n - 1) * (q[j] / 100);
            if (index >= n - 1) {
                out[j] = sorted[n - 1];
                continue;
            }
            int lo = (int) Math.floor(index);
            double t = index - lo;
            double a = sorted[lo];
            double b = sorted[lo + 1];
            double diff = b - a;
            out[j] = t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        }
        return out;
    }
}
