package dev.verdict.core.binary;

import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import java.util.Map;

/**
 * Operating-point metrics read off the cached {@link Curve}. The candidate operating points are the thresholds of
 * sklearn's {@code precision_recall_curve} (every distinct score; predict positive when {@code score >= t}).
 */
final class OperatingPoints {
    private OperatingPoints() {
    }

    /** @return tps / (tps + fps) at point i, 0 when nothing is predicted positive */
    static double precision(Curve c, int i) {
        double ps = c.tps[i] + c.fps[i];
        return ps == 0 ? 0.0 : c.tps[i] / ps;
    }

    private static double recall(Curve c, int i) {
        double pos = c.positives();
        return pos == 0 ? 1.0 : c.tps[i] / pos;
    }

    /**
     * Max recall over points with precision >= minPrecision (or, when {@code threshold}, the smallest such
     * threshold, which reaches that recall). None: recall 0 / threshold NaN, with a warning.
     */
    static MetricValue recallAtPrecision(Curve c, double minPrecision, boolean threshold) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        int best = -1;
        for (int i = 0; i < c.n; i++) {
            if (precision(c, i) >= minPrecision && (best < 0 || recall(c, i) >= recall(c, best))) {
                best = i;
            }
        }
        if (best < 0) {
            return MetricValue.warn(threshold ? Double.NaN : 0.0, "no threshold reaches precision >= " + minPrecision);
        }
        Map<String, Object> d = RankMetrics.detail("threshold", c.thresholds[best], "precision", precision(c, best),
                "recall", recall(c, best));
        String warning = c.positives() == 0 ? "no positive class found in the labels; recall set to 1" : null;
        return new MetricValue(threshold ? c.thresholds[best] : recall(c, best), d, warning);
    }

    /** Max precision over points with recall >= minRecall; none: 0 with a warning. */
    static MetricValue precisionAtRecall(Curve c, double minRecall) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        int best = -1;
        for (int i = 0; i < c.n; i++) {
            if (recall(c, i) >= minRecall && (best < 0 || precision(c, i) > precision(c, best))) {
                best = i;
            }
        }
        if (best < 0) {
            return MetricValue.warn(0.0, "no threshold reaches recall >= " + minRecall);
        }
        Map<String, Object> d = RankMetrics.detail("threshold", c.thresholds[best], "precision", precision(c, best),
                "recall", recall(c, best));
        String warning = c.positives() == 0 ? "no positive class found in the labels; recall set to 1" : null;
        return new MetricValue(precision(c, best), d, warning);
    }

    /**
     * Threshold maximising F-beta = (1 + b^2) P R / (b^2 P + R) (0 when the denominator is 0) over the curve; ties go
     * to the smallest threshold (numpy argmax over sklearn's increasing thresholds).
     */
    static MetricValue maxFbeta(Curve c, double beta) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        double beta2 = beta * beta;
        int best = -1;
        double bestF = 0;
        for (int i = 0; i < c.n; i++) {
            double p = precision(c, i);
            double r = recall(c, i);
            double denom = beta2 * p + r;
            double f = denom == 0 ? 0.0 : (1 + beta2) * p * r / denom;
            if (best < 0 || f >= bestF) {
                best = i;
                bestF = f;
            }
        }
        Map<String, Object> d = RankMetrics.detail("fbeta", bestF, "precision", precision(c, best), "recall",
                recall(c, best));
        String warning = c.positives() == 0 ? "no positive class found in the labels; recall set to 1" : null;
        return new MetricValue(c.thresholds[best], d, warning);
    }

    /**
     * Threshold minimising the mean cost over +Infinity (nothing predicted positive) and every distinct score; ties go
     * to the highest threshold (first in sklearn's roc_curve order).
     */
    static MetricValue minCost(Curve c, Params params) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        double cfp = params.getDouble("cost_fp");
        double cfn = params.getDouble("cost_fn");
        double ctp = params.getDouble("cost_tp");
        double ctn = params.getDouble("cost_tn");
        double pos = c.positives();
        double neg = c.negatives();
        double total = pos + neg;
        double bestCost = (cfn * pos + ctn * neg) / total;
        double bestThreshold = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.n; i++) {
            double cost = (cfp * c.fps[i] + cfn * (pos - c.tps[i]) + ctp * c.tps[i] + ctn * (neg - c.fps[i])) / total;
            if (cost < bestCost) {
                bestCost = cost;
                bestThreshold = c.thresholds[i];
            }
        }
        return new MetricValue(bestThreshold, RankMetrics.detail("cost", bestCost), null);
    }

    /**
     * Precision (or lift) in the top K units of weight, K = k or fraction x total weight (capped at the total with a
     * warning). The tie group straddling the cut contributes its positive share pro rata: the expected value over
     * random orderings of the tied rows, hence permutation-invariant.
     */
    static MetricValue topK(Curve c, Params params, boolean lift) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        double pos = c.positives();
        double total = pos + c.negatives();
        double k = params.has("k") ? params.getInt("k") : params.getDouble("fraction") * total;
        String warning = null;
        if (k > total) {
            warning = "k exceeds the number (total weight) of rows; using all rows";
            k = total;
        }
        int i = 0;
        while (i < c.n - 1 && c.tps[i] + c.fps[i] < k) {
            i++;
        }
        double before = i == 0 ? 0.0 : c.tps[i - 1] + c.fps[i - 1];
        double tpBefore = i == 0 ? 0.0 : c.tps[i - 1];
        double group = c.tps[i] + c.fps[i] - before;
        double tp = tpBefore + (k - before) * (c.tps[i] - tpBefore) / group;
        double precision = tp / k;
        if (!lift) {
            return new MetricValue(precision, RankMetrics.detail("k", k), warning);
        }
        if (pos == 0) {
            return MetricValue.warn(Double.NaN, "lift is undefined without positives (0/0)");
        }
        return new MetricValue(precision / (pos / total), RankMetrics.detail("k", k), warning);
    }
}
