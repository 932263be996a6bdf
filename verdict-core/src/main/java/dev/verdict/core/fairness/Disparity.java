package dev.verdict.core.fairness;

/**
 * fairlearn's aggregation of per-group values (fairlearn/metrics/_disaggregated_result.py, {@code difference} and
 * {@code ratio}): NaN groups are skipped as pandas' {@code min}/{@code max} skip them.
 */
enum Disparity {
    /** {@code group_max - group_min}; ratio {@code group_min / group_max}. */
    BETWEEN_GROUPS,
    /** {@code max |group - overall|}; ratio {@code min over groups of r}, {@code r = group / overall} inverted when > 1. */
    TO_OVERALL;

    /** @return the plan spelling's constant */
    static Disparity parse(String s) {
        return s.equals("to_overall") ? TO_OVERALL : BETWEEN_GROUPS;
    }

    /** @return the difference; NaN when every group value is NaN */
    double difference(double[] v, double overall) {
        if (this == BETWEEN_GROUPS) {
            return max(v) - min(v);
        }
        double best = Double.NaN;
        for (double x : v) {
            double d = Math.abs(x - overall);
            if (!Double.isNaN(d) && (Double.isNaN(best) || d > best)) {
                best = d;
            }
        }
        return best;
    }

    /** @return the ratio (at most 1 for non-negative values); NaN when undefined (0/0 or all NaN) */
    double ratio(double[] v, double overall) {
        if (this == BETWEEN_GROUPS) {
            return min(v) / max(v);
        }
        double[] r = new double[v.length];
        for (int g = 0; g < v.length; g++) {
            double x = v[g] / overall;
            r[g] = x > 1 ? 1 / x : x;
        }
        return min(r);
    }

    private static double min(double[] v) {
        double m = Double.NaN;
        for (double x : v) {
            if (!Double.isNaN(x) && (Double.isNaN(m) || x < m)) {
                m = x;
            }
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NaN;
        for (double x : v) {
            if (!Double.isNaN(x) && (Double.isNaN(m) || x > m)) {
                m = x;
            }
        }
        return m;
    }
}
