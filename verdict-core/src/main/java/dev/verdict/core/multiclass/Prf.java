package dev.verdict.core.multiclass;

import dev.verdict.core.MetricValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F-beta from per-class counts, exactly as sklearn 1.2.1's
 * {@code precision_recall_fscore_support} with {@code zero_division="warn"}: a 0/0 ratio is 0 and raises a warning
 * (precision: a class with no predicted rows; recall: no true rows; F: neither true nor predicted rows).
 */
final class Prf {
    /** Which of the three values. */
    enum Kind {
        PRECISION, RECALL, FBETA
    }

    private Prf() {
    }

    /** @return the per-element values of {@code kind} for counts {@code tp, pred, truth} */
    static double[] values(Kind kind, double beta, double[] tp, double[] pred, double[] truth) {
        int n = tp.length;
        double[] out = new double[n];
        double b2 = beta * beta;
        for (int c = 0; c < n; c++) {
            double p = pred[c] == 0.0 ? 0.0 : tp[c] / pred[c];
            double r = truth[c] == 0.0 ? 0.0 : tp[c] / truth[c];
            out[c] = switch (kind) {
                case PRECISION -> p;
                case RECALL -> r;
                case FBETA -> {
                    double denom = b2 * p + r;
                    yield (1 + b2) * p * r / (denom == 0.0 ? 1.0 : denom);
                }
            };
        }
        return out;
    }

    /** @return the sklearn warning for a 0/0 in any element, or null */
    static String warning(Kind kind, double[] pred, double[] truth) {
        for (int c = 0; c < pred.length; c++) {
            boolean bad = switch (kind) {
                case PRECISION -> pred[c] == 0.0;
                case RECALL -> truth[c] == 0.0;
                case FBETA -> pred[c] == 0.0 && truth[c] == 0.0;
            };
            if (bad) {
                return switch (kind) {
                    case PRECISION -> "precision is ill-defined (0/0) for a class with no predicted rows; set to 0";
                    case RECALL -> "recall is ill-defined (0/0) for a class with no true rows; set to 0";
                    case FBETA -> "F-score is ill-defined (0/0) for a class with no true nor predicted rows; set to 0";
                };
            }
        }
        return null;
    }

    /**
     * Computes the averaged value with per-class detail.
     *
     * @param names class names, for the detail
     */
    static MetricValue compute(Kind kind, double beta, Average avg, double[] tp, double[] pred, double[] truth,
            List<String> names) {
        double[] perClass = values(kind, beta, tp, pred, truth);
        Map<String, Object> detail = new LinkedHashMap<>();
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int c = 0; c < perClass.length; c++) {
            byName.put(names.get(c), perClass[c]);
        }
        detail.put("per_class", byName);
        double value;
        String warning;
        if (avg == Average.MICRO) {
            double[] t = {sum(tp)};
            double[] p = {sum(pred)};
            double[] s = {sum(truth)};
            value = values(kind, beta, t, p, s)[0];
            warning = warning(kind, p, s);
        } else if (avg == Average.MACRO) {
            value = sum(perClass) / perClass.length;
            warning = warning(kind, pred, truth);
        } else {
            value = weightedMean(perClass, truth);
            warning = warning(kind, pred, truth);
        }
        return new MetricValue(value, detail, warning);
    }

    private static double weightedMean(double[] v, double[] w) {
        double num = 0;
        double den = 0;
        for (int c = 0; c < v.length; c++) {
            num += v[c] * w[c];
            den += w[c];
        }
        return num / den;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }
}
