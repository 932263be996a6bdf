package dev.verdict.core.generation;

import dev.verdict.core.MetricValue;
import dev.verdict.core.StateSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * sacreBLEU 2.6.0 chrF / chrF++ ({@code sacrebleu.metrics.chrf.CHRF}, default eps_smoothing=False): corpus score from
 * summed per-order (hyp, ref, match) statistics. Per order: P = match/hyp, R = match/ref (1e-16 when the count is
 * 0); averaged over the orders where hyp and ref are both positive (effective order); chrF = 100 * (1+b^2) P R /
 * (b^2 P + R), 0 when P + R = 0. Empty input: NaN with a warning.
 */
final class Chrf {
    private Chrf() {
    }

    /** @return the state spec (the best reference per row depends on beta, so beta is part of the key) */
    static StateSpec<RowStatsState> spec(int charOrder, int wordOrder, double beta, boolean lowercase,
            boolean whitespace) {
        return new StateSpec<>("generation.chrf@c=" + charOrder + ",w=" + wordOrder + ",b=" + beta + ",lc="
                + lowercase + ",ws=" + whitespace,
                () -> new RowStatsState(new ChrfScorer(charOrder, wordOrder, beta, lowercase, whitespace)));
    }

    /** {@code CHRF._compute_f_score}; {@code stats} starts at the first order's hyp count. */
    static double fScore(double[] stats, int order, double beta, boolean epsSmoothing) {
        double eps = 1e-16;
        double score = 0.0;
        int effectiveOrder = 0;
        double factor = beta * beta;
        double avgPrec = 0.0;
        double avgRec = 0.0;
        for (int i = 0; i < order; i++) {
            double nHyp = stats[3 * i];
            double nRef = stats[3 * i + 1];
            double nMatch = stats[3 * i + 2];
            double prec = nHyp > 0 ? nMatch / nHyp : eps;
            double rec = nRef > 0 ? nMatch / nRef : eps;
            double denom = factor * prec + rec;
            score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
            if (nHyp > 0 && nRef > 0) {
                avgPrec += prec;
                avgRec += rec;
                effectiveOrder++;
            }
        }
        if (epsSmoothing) {
            return 100 * score / order;
        }
        if (effectiveOrder == 0) {
            avgPrec = 0.0;
            avgRec = 0.0;
        } else {
            avgPrec /= effectiveOrder;
            avgRec /= effectiveOrder;
        }
        if (avgPrec + avgRec != 0) {
            double s = (1 + factor) * avgPrec * avgRec;
            s /= (factor * avgPrec) + avgRec;
            return 100 * s;
        }
        return 0.0;
    }

    /** Corpus chrF over every row. */
    static MetricValue corpus(RowStatsState st, int charOrder, int wordOrder, double beta, boolean lowercase,
            boolean whitespace) {
        if (st.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows: chrF is undefined");
        }
        double[] s = st.sum();
        int order = charOrder + wordOrder;
        double[] stats = new double[3 * order];
        System.arraycopy(s, 1, stats, 0, 3 * order);
        double value = fScore(stats, order, beta, false);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "chrF" + formatBeta(beta) + "+".repeat(wordOrder));
        d.put("signature", "nrefs:" + Bleu.nrefs(st, 0) + "|case:" + (lowercase ? "lc" : "mixed") + "|eff:yes|nc:"
                + charOrder + "|nw:" + wordOrder + "|space:" + (whitespace ? "yes" : "no") + "|version:"
                + Bleu.SACREBLEU_VERSION);
        d.put("statistics", RowValues.list(stats));
        return new MetricValue(value, d, null);
    }

    private static String formatBeta(double beta) {
        return beta == Math.rint(beta) ? Long.toString((long) beta) : Double.toString(beta);
    }
}
