package dev.verdict.core.multiclass;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multiclass ROC AUC as {@code sklearn.metrics.roc_auc_score(y, P, multi_class=..., average=..., labels=range(K))},
 * scikit-learn 1.2.1. Each binary AUC is the trapezoidal area under the ROC curve with tied scores forming one
 * step (sklearn's {@code roc_curve}), i.e. ties count one half.
 */
final class RocAuc {
    private RocAuc() {
    }

    /**
     * Binary AUC of rows {@code idx[0..m)} with positives {@code label == pos}, ranked by {@code score}, weighted.
     *
     * @return the AUC, NaN when the positive or the negative weight is 0
     */
    static double binary(ScoresState s, int[] idx, int m, int pos, double[] score) {
        IndexSort.descending(idx, m, score);
        int[] label = s.labels();
        double tp = 0;
        double fp = 0;
        double tpPrev = 0;
        double fpPrev = 0;
        double area = 0;
        for (int j = 0; j < m; j++) {
            int r = idx[j];
            double w = s.weight(r);
            if (label[r] == pos) {
                tp += w;
            } else {
                fp += w;
            }
            if (j == m - 1 || score[idx[j + 1]] != score[r]) {
                area += (fp - fpPrev) * (tp + tpPrev) / 2;
                tpPrev = tp;
                fpPrev = fp;
            }
        }
        return tp == 0 || fp == 0 ? Double.NaN : area / (tp * fp);
    }

    /** One-vs-rest: per class AUC, macro mean or mean weighted by the weighted class prevalence. */
    static MetricValue ovr(ScoresState s, Average avg, List<String> classes) {
        int k = s.classCount();
        int n = s.size();
        int[] idx = new int[n];
        double[] auc = new double[k];
        double[] support = new double[k];
        long[] rows = new long[k];
        for (int i = 0; i < n; i++) {
            support[s.labels()[i]] += s.weight(i);
            rows[s.labels()[i]]++;
        }
        String warning = null;
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            auc[c] = rows[c] == 0 ? Double.NaN : binary(s, idx, n, c, s.scores()[c]);
            perClass.put(classes.get(c), auc[c]);
            if (rows[c] == 0 || rows[c] == n) {
                warning = "class " + classes.get(c) + " is " + (rows[c] == 0 ? "absent from" : "the only class of")
                        + " the labels: one-vs-rest AUC undefined (sklearn raises)";
            }
        }
        double value;
        if (warning != null) {
            value = Double.NaN;
        } else if (avg == Average.MACRO) {
            value = Prf.sum(auc) / k;
        } else {
            value = weighted(auc, support);
        }
        if (warning == null && Double.isNaN(value)) {
            warning = "a class has zero positive or negative weight: AUC undefined";
        }
        return new MetricValue(value, Map.of("per_class", perClass), warning);
    }

    private static double weighted(double[] v, double[] w) {
        double num = 0;
        double den = 0;
        for (int c = 0; c < v.length; c++) {
            num += w[c] == 0 ? 0 : v[c] * w[c];
            den += w[c];
        }
        return num / den;
    }

    /** One-vs-one (Hand and Till 2001) over the classes present in the labels; unweighted only. */
    static MetricValue ovo(ScoresState s, Average avg) {
        if (s.weighted()) {
            throw new InvalidInputException("roc_auc with multi_class=ovo does not support sample weights "
                    + "(as sklearn.metrics.roc_auc_score); drop data.weight or use multi_class=ovr");
        }
        int k = s.classCount();
        int n = s.size();
        int[] label = s.labels();
        long[] rows = new long[k];
        for (int i = 0; i < n; i++) {
            rows[label[i]]++;
        }
        int[] idx = new int[n];
        double num = 0;
        double den = 0;
        int pairs = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (rows[a] == 0 || rows[b] == 0) {
                    continue;
                }
                double pair = (pairAuc(s, idx, a, b, a) + pairAuc(s, idx, a, b, b)) / 2;
                double prevalence = avg == Average.WEIGHTED ? (double) (rows[a] + rows[b]) / n : 1.0;
                num += pair * prevalence;
                den += prevalence;
                pairs++;
            }
        }
        if (pairs == 0) {
            return MetricValue.warn(Double.NaN, "fewer than 2 classes present in the labels: one-vs-one AUC undefined");
        }
        return MetricValue.of(num / den);
    }

    private static double pairAuc(ScoresState s, int[] idx, int a, int b, int pos) {
        int m = 0;
        int[] label = s.labels();
        for (int i = 0; i < s.size(); i++) {
            if (label[i] == a || label[i] == b) {
                idx[m++] = i;
            }
        }
        return binary(s, idx, m, pos, s.scores()[pos]);
    }
}
