package dev.verdict.core.fairness;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-group rates of a {@link GroupConfusionState}, groups ordered by their text (as pandas' groupby sorts them), with
 * fairlearn's conventions (fairlearn/metrics/_base_metrics.py):
 * <ul>
 *   <li>selection rate = weighted share predicted positive, {@code np.dot(selected, w) / w.sum()}: NaN for a group of
 *   zero total weight;</li>
 *   <li>true/false positive rate from {@code sklearn.metrics.confusion_matrix(normalize="true")}, whose 0/0 cells
 *   become 0 ({@code np.nan_to_num}): a group without positive (negative) rows has TPR (FPR) 0.</li>
 * </ul>
 */
final class GroupRates {
    /** The rates a disparity is computed over. */
    enum Rate {
        SELECTION, TPR, FPR
    }

    final String[] names;
    final double[] weight;
    final double[] selection;
    final double[] tpr;
    final double[] fpr;
    final double overallSelection;
    final double overallTpr;
    final double overallFpr;
    final boolean someGroupLacksPositives;
    final boolean someGroupLacksNegatives;

    GroupRates(GroupConfusionState s) {
        int n = s.groups;
        Integer[] order = new Integer[n];
        for (int g = 0; g < n; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> s.names[a].compareTo(s.names[b]));
        names = new String[n];
        weight = new double[n];
        selection = new double[n];
        tpr = new double[n];
        fpr = new double[n];
        double tn = 0;
        double fp = 0;
        double fn = 0;
        double tp = 0;
        boolean noPos = false;
        boolean noNeg = false;
        for (int k = 0; k < n; k++) {
            int g = order[k];
            names[k] = s.names[g];
            weight[k] = s.tn[g] + s.fp[g] + s.fn[g] + s.tp[g];
            selection[k] = (s.fp[g] + s.tp[g]) / weight[k];
            tpr[k] = normalized(s.tp[g], s.tp[g] + s.fn[g]);
            fpr[k] = normalized(s.fp[g], s.fp[g] + s.tn[g]);
            noPos |= s.tp[g] + s.fn[g] == 0;
            noNeg |= s.fp[g] + s.tn[g] == 0;
            tn += s.tn[g];
            fp += s.fp[g];
            fn += s.fn[g];
            tp += s.tp[g];
        }
        overallSelection = (fp + tp) / (tn + fp + fn + tp);
        overallTpr = normalized(tp, tp + fn);
        overallFpr = normalized(fp, fp + tn);
        someGroupLacksPositives = noPos;
        someGroupLacksNegatives = noNeg;
    }

    /** sklearn's confusion_matrix(normalize="true") cell: 0/0 becomes 0 (np.nan_to_num). */
    private static double normalized(double num, double den) {
        return den == 0 ? 0.0 : num / den;
    }

    /** @return the per-group values of a rate */
    double[] values(Rate r) {
        return switch (r) {
            case SELECTION -> selection;
            case TPR -> tpr;
            case FPR -> fpr;
        };
    }

    /** @return the overall value of a rate */
    double overall(Rate r) {
        return switch (r) {
            case SELECTION -> overallSelection;
            case TPR -> overallTpr;
            case FPR -> overallFpr;
        };
    }

    /** @return the JSON-friendly per-group detail */
    Map<String, Object> detail() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("groups", List.of(names));
        d.put("size", weight.clone());
        d.put("selection_rate", selection.clone());
        d.put("true_positive_rate", tpr.clone());
        d.put("false_positive_rate", fpr.clone());
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.put("selection_rate", overallSelection);
        overall.put("true_positive_rate", overallTpr);
        overall.put("false_positive_rate", overallFpr);
        d.put("overall", overall);
        return d;
    }
}
