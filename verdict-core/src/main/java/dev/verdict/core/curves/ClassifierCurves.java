package dev.verdict.core.curves;

/**
 * ROC and precision-recall curve points of a binary scorer, as scikit-learn 1.2.1 returns them.
 *
 * <p>All three start from {@link #counts}, sklearn's {@code _binary_clf_curve}: rows with zero weight are dropped,
 * rows are ordered by decreasing score ({@link ScoreOrder}), and at the last row of each run of equal scores the
 * cumulative (weighted) positives {@code tps} and negatives {@code fps} are taken. Cumulative sums are sequential
 * (numpy's {@code cumsum}); unweighted {@code fps} is {@code 1 + index - tps}, as in sklearn.
 */
public final class ClassifierCurves {
    private ClassifierCurves() {
    }

    /**
     * Cumulative counts per distinct score, scores decreasing.
     *
     * @param fps weighted negatives scored at or above {@code thresholds[k]}
     * @param tps weighted positives scored at or above {@code thresholds[k]}
     * @param thresholds the distinct scores, decreasing
     */
    public record Counts(double[] fps, double[] tps, double[] thresholds) {
        /** @return the number of distinct scores */
        public int size() {
            return thresholds.length;
        }

        /** @return total positive weight (0 when empty) */
        public double positives() {
            return tps.length == 0 ? 0.0 : tps[tps.length - 1];
        }

        /** @return total negative weight (0 when empty) */
        public double negatives() {
            return fps.length == 0 ? 0.0 : fps[fps.length - 1];
        }
    }

    /**
     * ROC curve points.
     *
     * @param fpr false positive rates, increasing; all NaN when there is no negative
     * @param tpr true positive rates, increasing; all NaN when there is no positive
     * @param thresholds decreasing; {@code thresholds[0] = max score + 1} (sklearn 1.2.1's extra first point)
     * @param warning why a rate is NaN, or null
     */
    public record Roc(double[] fpr, double[] tpr, double[] thresholds, String warning) {
    }

    /**
     * Precision-recall curve points.
     *
     * @param precision precision per threshold, then a final 1
     * @param recall recall per threshold (decreasing), then a final 0; all 1 when there is no positive
     * @param thresholds the distinct scores, increasing (one fewer than precision and recall)
     * @param warning set when there is no positive, else null
     */
    public record PrecisionRecall(double[] precision, double[] recall, double[] thresholds, String warning) {
    }

    /**
     * sklearn's {@code _binary_clf_curve(y_true, y_score, sample_weight=weight)}.
     *
     * @param label 0/1 truth (1 = positive)
     * @param score scores, finite
     * @param weight non-negative weights, or null for unit weights
     * @return the counts (empty arrays for empty input)
     */
    public static Counts counts(int[] label, double[] score, double[] weight) {
        ScoreOrder.check(label, score, weight);
        int[] order = ScoreOrder.descending(score);
        int n = 0;
        for (int r : order) {
            if (weight == null || weight[r] != 0) {
                order[n++] = r;
            }
        }
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == n - 1 || score[order[k]] != score[order[k + 1]]) {
                distinct++;
            }
        }
        double[] fps = new double[distinct];
        double[] tps = new double[distinct];
        double[] thr = new double[distinct];
        double tp = 0;
        double fp = 0;
        int out = 0;
        for (int k = 0; k < n; k++) {
            int r = order[k];
            double w = weight == null ? 1.0 : weight[r];
            tp += label[r] == 1 ? w : 0.0;
            fp += label[r] == 1 ? 0.0 : w;
            if (k == n - 1 || score[r] != score[order[k + 1]]) {
                tps[out] = tp;
                fps[out] = weight == null ? 1 + k - tp : fp;
                thr[out++] = score[r];
            }
        }
        return new Counts(fps, tps, thr);
    }

    /**
     * sklearn 1.2.1 {@code roc_curve(y_true, y_score, sample_weight=weight, drop_intermediate=dropIntermediate)}:
     * with {@code dropIntermediate}, points that are not corners (zero second difference in both fps and tps) are
     * dropped; then (0, 0) with threshold {@code thresholds[0] + 1} is prepended.
     *
     * @return the curve; for empty input a single point (NaN, NaN) with a NaN threshold and a warning
     */
    public static Roc roc(int[] label, double[] score, double[] weight, boolean dropIntermediate) {
        Counts c = counts(label, score, weight);
        int n = c.size();
        if (n == 0) {
            return new Roc(new double[] {Double.NaN}, new double[] {Double.NaN}, new double[] {Double.NaN},
                    "no rows (or zero total weight): the ROC curve is undefined");
        }
        int[] keep = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (!dropIntermediate || n <= 2 || k == 0 || k == n - 1 || corner(c.fps(), k) || corner(c.tps(), k)) {
                keep[m++] = k;
            }
        }
        double[] fpr = new double[m + 1];
        double[] tpr = new double[m + 1];
        double[] thr = new double[m + 1];
        double negatives = c.negatives();
        double positives = c.positives();
        thr[0] = c.thresholds()[keep[0]] + 1;
        for (int j = 0; j < m; j++) {
            fpr[j + 1] = c.fps()[keep[j]] / negatives;
            tpr[j + 1] = c.tps()[keep[j]] / positives;
            thr[j + 1] = c.thresholds()[keep[j]];
        }
        String warning = null;
        if (negatives <= 0) {
            java.util.Arrays.fill(fpr, Double.NaN);
            warning = "no negative samples: the false positive rate is undefined";
        }
        if (positives <= 0) {
            java.util.Arrays.fill(tpr, Double.NaN);
            warning = "no positive samples: the true positive rate is undefined";
        }
        return new Roc(fpr, tpr, thr, warning);
    }

    /** @return whether {@code np.diff(a, 2)[k - 1] != 0}, i.e. point k is a corner */
    private static boolean corner(double[] a, int k) {
        return (a[k + 1] - a[k]) - (a[k] - a[k - 1]) != 0;
    }

    /**
     * sklearn 1.2.1 {@code precision_recall_curve(y_true, probas_pred, sample_weight=weight)}: precision is
     * {@code tps / (tps + fps)} (0 where the denominator is 0), recall {@code tps / tps[-1]} (1 everywhere when there
     * is no positive, with a warning); outputs reversed so recall decreases, then (precision 1, recall 0) appended.
     *
     * @return the curve; for empty input the single point (1, 0) with no threshold and a warning
     */
    public static PrecisionRecall precisionRecall(int[] label, double[] score, double[] weight) {
        Counts c = counts(label, score, weight);
        int n = c.size();
        double[] precision = new double[n + 1];
        double[] recall = new double[n + 1];
        double[] thr = new double[n];
        double positives = c.positives();
        for (int k = 0; k < n; k++) {
            int j = n - 1 - k;
            double ps = c.tps()[k] + c.fps()[k];
            precision[j] = ps != 0 ? c.tps()[k] / ps : 0.0;
            recall[j] = positives == 0 ? 1.0 : c.tps()[k] / positives;
            thr[j] = c.thresholds()[k];
        }
        precision[n] = 1.0;
        recall[n] = 0.0;
        String warning = positives == 0 ? "no positive class found in the labels: recall is set to 1 for all thresholds"
                : null;
        return new PrecisionRecall(precision, recall, thr, warning);
    }
}
