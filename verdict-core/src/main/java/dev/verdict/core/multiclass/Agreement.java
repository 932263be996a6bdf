package dev.verdict.core.multiclass;

import dev.verdict.core.MetricValue;

/** Balanced accuracy, Cohen's kappa and Matthews' correlation from a confusion matrix, as scikit-learn 1.2.1. */
final class Agreement {
    private Agreement() {
    }

    /**
     * {@code sklearn.metrics.balanced_accuracy_score}: mean recall over classes whose weighted true support is
     * positive. A class seen in the data (as label or prediction) with no true weight is dropped with a warning,
     * as sklearn ("y_pred contains classes not in y_true"). {@code adjusted}: (score - 1/n) / (1 - 1/n).
     */
    static MetricValue balancedAccuracy(ConfusionState s, boolean adjusted) {
        int k = s.classCount();
        double[] truth = s.trueSums();
        double sum = 0;
        int n = 0;
        String warning = null;
        for (int c = 0; c < k; c++) {
            if (truth[c] != 0.0) {
                sum += s.matrix()[c * k + c] / truth[c];
                n++;
            } else if (s.trueRows(c) > 0 || s.predRows(c) > 0) {
                warning = "a predicted class has no true rows; it is left out of the mean recall";
            }
        }
        double score = sum / n;
        if (adjusted) {
            double chance = 1.0 / n;
            score = (score - chance) / (1 - chance);
        }
        return new MetricValue(score, null, warning);
    }

    /**
     * {@code sklearn.metrics.cohen_kappa_score}: 1 - sum(W * C) / sum(W * E) with E = outer(predSums, trueSums) / n
     * and W the disagreement weights (none: 1 off the diagonal; linear |i-j|; quadratic (i-j)^2, i, j the declared
     * class indices). 0/0 (e.g. a single class everywhere) gives NaN with a warning.
     */
    static MetricValue cohenKappa(ConfusionState s, String weights) {
        int k = s.classCount();
        double[] cm = s.matrix();
        double[] pred = s.predSums();
        double[] truth = s.trueSums();
        double n = Prf.sum(pred);
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = disagreement(weights, i, j);
                observed += w * cm[i * k + j];
                expected += w * (pred[i] * truth[j] / n);
            }
        }
        double kappa = 1 - observed / expected;
        return Double.isNaN(kappa) ? MetricValue.warn(kappa, "kappa is 0/0 (expected disagreement is 0)")
                : MetricValue.of(kappa);
    }

    private static double disagreement(String weights, int i, int j) {
        return switch (weights) {
            case "linear" -> Math.abs(i - j);
            case "quadratic" -> (double) (i - j) * (i - j);
            default -> i == j ? 0.0 : 1.0;
        };
    }

    /**
     * {@code sklearn.metrics.matthews_corrcoef}: (c*s - t.p) / sqrt((s^2 - p.p)(s^2 - t.t)) with c the trace, s the
     * total, t and p the true and predicted sums; 0 with a warning when the denominator is 0 (sklearn returns 0).
     */
    static MetricValue mcc(ConfusionState s) {
        double[] t = s.trueSums();
        double[] p = s.predSums();
        double n = Prf.sum(p);
        double tp = 0;
        double pp = 0;
        double tt = 0;
        for (int c = 0; c < t.length; c++) {
            tp += t[c] * p[c];
            pp += p[c] * p[c];
            tt += t[c] * t[c];
        }
        double covYtYp = s.trace() * n - tp;
        double covYpYp = n * n - pp;
        double covYtYt = n * n - tt;
        if (covYpYp * covYtYt == 0) {
            return MetricValue.warn(0.0, "MCC is 0/0 (a single true or predicted class); set to 0 as sklearn");
        }
        return MetricValue.of(covYtYp / Math.sqrt(covYtYt * covYpYp));
    }
}
