package dev.verdict.core.curves;

import dev.verdict.core.InvalidInputException;

/**
 * Precision, recall, F-beta, expected cost and the predicted-positive rate of "positive when score >= t" at each
 * threshold {@code t} of a list, from the cumulative {@link ClassifierCurves.Counts} (one sort for all thresholds).
 *
 * <p>At each threshold the confusion counts equal those of {@code sklearn.metrics.confusion_matrix(y_true,
 * y_score >= t, sample_weight=w)}; precision, recall and F-beta follow {@code precision_score}, {@code recall_score}
 * and {@code fbeta_score} (scikit-learn 1.2.1) with their {@code zero_division} fallback 0.0 for 0/0; expected cost
 * is {@code (c_fp fp + c_fn fn + c_tp tp + c_tn tn) / total weight} (the {@code expected_cost} metric), NaN for zero
 * total weight.
 *
 * @param thresholds the thresholds, as given
 * @param precision tp / (tp + fp)
 * @param recall tp / (tp + fn)
 * @param fbeta (1 + b^2) P R / (b^2 P + R)
 * @param expectedCost mean cost per unit weight, or null when no costs were given
 * @param positiveRate (tp + fp) / total weight: the share flagged positive
 * @param beta the F-beta weight
 */
public record ThresholdSweep(double[] thresholds, double[] precision, double[] recall, double[] fbeta,
        double[] expectedCost, double[] positiveRate, double beta) {
    /**
     * Misclassification costs per outcome.
     *
     * @param fp cost of a false positive
     * @param fn cost of a false negative
     * @param tp cost of a true positive
     * @param tn cost of a true negative
     */
    public record Costs(double fp, double fn, double tp, double tn) {
    }

    /**
     * Evaluates every threshold.
     *
     * @param counts the cumulative counts of the scored rows
     * @param thresholds thresholds to evaluate, any order
     * @param beta F-beta weight, >= 0
     * @param costs costs, or null to skip the cost series
     * @return the sweep
     */
    public static ThresholdSweep of(ClassifierCurves.Counts counts, double[] thresholds, double beta, Costs costs) {
        if (!(beta >= 0)) {
            throw new InvalidInputException("threshold sweep: beta must be >= 0, got " + beta);
        }
        int m = thresholds.length;
        double[] p = new double[m];
        double[] r = new double[m];
        double[] f = new double[m];
        double[] cost = costs == null ? null : new double[m];
        double[] rate = new double[m];
        double pos = counts.positives();
        double neg = counts.negatives();
        double total = pos + neg;
        double b2 = beta * beta;
        for (int j = 0; j < m; j++) {
            int k = lastAtOrAbove(counts.thresholds(), thresholds[j]);
            double tp = k < 0 ? 0.0 : counts.tps()[k];
            double fp = k < 0 ? 0.0 : counts.fps()[k];
            double fn = pos - tp;
            double tn = neg - fp;
            p[j] = tp + fp == 0 ? 0.0 : tp / (tp + fp);
            r[j] = pos == 0 ? 0.0 : tp / pos;
            double denom = b2 * p[j] + r[j];
            f[j] = denom == 0 ? 0.0 : (1 + b2) * p[j] * r[j] / denom;
            rate[j] = total == 0 ? Double.NaN : (tp + fp) / total;
            if (cost != null) {
                cost[j] = total == 0 ? Double.NaN
                        : (costs.fp() * fp + costs.fn() * fn + costs.tp() * tp + costs.tn() * tn) / total;
            }
        }
        return new ThresholdSweep(thresholds.clone(), p, r, f, cost, rate, beta);
    }

    /**
     * The thresholds a report sweeps: every distinct score (ascending) when there are at most {@code maxPoints},
     * else {@code maxPoints} evenly spaced values from the lowest to the highest score
     * ({@code numpy.linspace(min, max, maxPoints)}).
     *
     * @return ascending thresholds (empty for empty counts)
     */
    public static double[] grid(ClassifierCurves.Counts counts, int maxPoints) {
        if (maxPoints < 2) {
            throw new InvalidInputException("threshold sweep: maxPoints must be >= 2, got " + maxPoints);
        }
        double[] t = counts.thresholds();
        int n = t.length;
        if (n <= maxPoints) {
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                out[k] = t[n - 1 - k];
            }
            return out;
        }
        return Histogram.linspace(t[n - 1], t[0], maxPoints);
    }

    /** @return the largest k with {@code desc[k] >= t} (desc decreasing), or -1 */
    private static int lastAtOrAbove(double[] desc, double t) {
        int lo = 0;
        int hi = desc.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (desc[mid] >= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
