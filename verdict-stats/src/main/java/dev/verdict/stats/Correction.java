package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import java.util.Locale;

/**
 * Multiple-testing correction across the comparisons of a run, computing {@code p_adjusted} exactly as
 * {@code statsmodels.stats.multitest.multipletests} (statsmodels 0.13.5) with methods {@code bonferroni},
 * {@code holm}, {@code fdr_bh} and {@code fdr_by}. NaN p-values are left NaN and not counted in m.
 */
public enum Correction {
    /** p unchanged. */
    NONE,
    /** min(1, m p). */
    BONFERRONI,
    /** Holm step-down: running max of (m - i) p_(i), capped at 1. */
    HOLM,
    /** Benjamini-Hochberg: running min from the top of m p_(i) / i, capped at 1. */
    BH,
    /** Benjamini-Yekutieli: BH times sum_{k=1..m} 1/k, capped at 1. */
    BY;

    /** @return the plan spelling */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text none, bonferroni, holm, bh or by
     * @return the correction
     */
    public static Correction parse(String text) {
        for (Correction c : values()) {
            if (c.id().equals(text)) {
                return c;
            }
        }
        throw new InvalidInputException("unknown correction '" + text
                + "'; expected one of none, bonferroni, holm, bh, by");
    }

    /**
     * @param p raw p-values in [0, 1] (NaN allowed: left NaN)
     * @return adjusted p-values, in the order of {@code p}
     */
    public double[] adjust(double[] p) {
        int m = 0;
        for (double v : p) {
            if (!Double.isNaN(v)) {
                if (v < 0 || v > 1) {
                    throw new InvalidInputException("p-values must be in [0, 1], got " + v);
                }
                m++;
            }
        }
        int[] idx = new int[m];
        double[] sorted = new double[m];
        sortFinite(p, idx, sorted);
        double[] adj = new double[m];
        switch (this) {
            case NONE -> System.arraycopy(sorted, 0, adj, 0, m);
            case BONFERRONI -> {
                for (int i = 0; i < m; i++) {
                    adj[i] = sorted[i] * m;
                }
            }
            case HOLM -> {
                double run = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    run = Math.max(run, sorted[i] * (m - i));
                    adj[i] = run;
                }
            }
            case BH, BY -> stepUp(sorted, adj, this == BY ? harmonic(m) : 1.0);
        }
        double[] out = new double[p.length];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = 0; i < m; i++) {
            out[idx[i]] = Math.min(adj[i], 1.0);
        }
        return out;
    }

    private static void stepUp(double[] sorted, double[] adj, double cm) {
        int m = sorted.length;
        double run = Double.POSITIVE_INFINITY;
        for (int i = m - 1; i >= 0; i--) {
            double ecdf = (i + 1.0) / m / cm;
            run = Math.min(run, sorted[i] / ecdf);
            adj[i] = run;
        }
    }

    private static double harmonic(int m) {
        double s = 0;
        for (int k = 1; k <= m; k++) {
            s += 1.0 / k;
        }
        return s;
    }

    /** Stable sort (mergesort, as statsmodels' argsort kind) of the non-NaN p-values. */
    private static void sortFinite(double[] p, int[] idx, double[] sorted) {
        Integer[] order = new Integer[idx.length];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[k++] = i;
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        for (int i = 0; i < idx.length; i++) {
            idx[i] = order[i];
            sorted[i] = p[order[i]];
        }
    }
}
