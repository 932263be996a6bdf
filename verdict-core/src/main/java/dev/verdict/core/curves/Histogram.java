package dev.verdict.core.curves;

import dev.verdict.core.InvalidInputException;

/**
 * A histogram with equal-width bins, as {@code numpy.histogram(values, bins=n, range=(lo, hi), weights=w)} (numpy
 * 1.24): edges {@code numpy.linspace(lo, hi, n + 1)}; every bin is half-open {@code [e_k, e_k+1)} except the last,
 * which also holds {@code hi}; values outside {@code [lo, hi]} are not counted. Without a range, {@code lo} and
 * {@code hi} are the smallest and largest value, widened by 0.5 on each side when they are equal, and (0, 1) for no
 * values.
 *
 * @param edges {@code bins + 1} increasing bin edges
 * @param counts weighted count per bin
 */
public record Histogram(double[] edges, double[] counts) {
    /** @return the number of bins */
    public int bins() {
        return counts.length;
    }

    /** @return the total counted weight */
    public double total() {
        double s = 0;
        for (double c : counts) {
            s += c;
        }
        return s;
    }

    /**
     * {@code numpy.histogram(values, bins=bins, weights=weight)}.
     *
     * @param values finite values
     * @param weight weights, or null for unit weights
     * @param bins number of bins, >= 1
     */
    public static Histogram of(double[] values, double[] weight, int bins) {
        double[] range = range(values);
        return of(values, weight, bins, range[0], range[1]);
    }

    /**
     * {@code numpy.histogram(values, bins=bins, range=(lo, hi), weights=weight)}.
     *
     * @param lo lower edge
     * @param hi upper edge, > lo (equal ends are widened by 0.5 as numpy does)
     */
    public static Histogram of(double[] values, double[] weight, int bins, double lo, double hi) {
        if (bins < 1) {
            throw new InvalidInputException("histogram: bins must be >= 1, got " + bins);
        }
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new InvalidInputException("histogram: range must be finite with lo <= hi, got [" + lo + ", " + hi
                    + "]");
        }
        if (weight != null && weight.length != values.length) {
            throw new InvalidInputException("histogram: " + values.length + " values but " + weight.length
                    + " weights");
        }
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = linspace(lo, hi, bins + 1);
        double[] counts = new double[bins];
        double norm = bins / (hi - lo);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v >= lo && v <= hi)) {
                continue;
            }
            int k = (int) ((v - lo) * norm);
            if (k == bins) {
                k--;
            }
            if (v < edges[k]) {
                k--;
            } else if (k != bins - 1 && v >= edges[k + 1]) {
                k++;
            }
            counts[k] += weight == null ? 1.0 : weight[i];
        }
        return new Histogram(edges, counts);
    }

    /** @return {@code numpy.linspace(start, stop, num)}: {@code start + i * step}, the last exactly {@code stop} */
    static double[] linspace(double start, double stop, int num) {
        double[] out = new double[num];
        if (num == 1) {
            out[0] = start;
            return out;
        }
        double step = (stop - start) / (num - 1);
        for (int i = 0; i < num; i++) {
            out[i] = i * step + start;
        }
        out[num - 1] = stop;
        return out;
    }

    /** @return {min, max} of the values ((0, 1) when empty), checking they are finite */
    static double[] range(double[] values) {
        if (values.length == 0) {
            return new double[] {0.0, 1.0};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("histogram: value at row " + i + " is not finite: " + v);
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }
}
