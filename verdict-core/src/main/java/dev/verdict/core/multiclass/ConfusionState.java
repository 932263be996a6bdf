package dev.verdict.core.multiclass;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import java.util.Locale;

/**
 * The weighted K x K confusion matrix shared by every confusion-derived multiclass metric: {@code cm[t * K + p]} is the
 * total weight of rows with true class {@code t} predicted as {@code p} (sklearn layout, rows = true). It also counts
 * rows per true and per predicted class regardless of weight (sklearn decides class presence by the labels alone).
 * The prediction is {@code predictedLabel} when the plan has it, else the arg-max of the scores (first maximum).
 */
final class ConfusionState implements MetricState<ConfusionState> {
    private final int k;
    private final boolean fromScores;
    private final double[] cm;
    private final long[] trueRows;
    private final long[] predRows;
    private long rows;

    ConfusionState(int k, boolean fromScores) {
        this.k = k;
        this.fromScores = fromScores;
        this.cm = new double[k * k];
        this.trueRows = new long[k];
        this.predRows = new long[k];
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] label = Inputs.labels(batch, k);
        double[] w = batch.weight();
        int[] pred = fromScores ? null : Inputs.predictions(batch, k);
        double[][] scores = fromScores ? Inputs.scores(batch, k) : null;
        for (int i = from; i < to; i++) {
            int t = label[i];
            int p = fromScores ? argMax(scores, i) : pred[i];
            Inputs.checkClass("label", t, i, k);
            Inputs.checkClass("predictedLabel", p, i, k);
            cm[t * k + p] += w == null ? 1.0 : w[i];
            trueRows[t]++;
            predRows[p]++;
        }
        rows += to - from;
    }

    private int argMax(double[][] scores, int i) {
        int best = 0;
        double max = scores[0][i];
        for (int c = 1; c < k; c++) {
            double s = scores[c][i];
            if (s > max) {
                max = s;
                best = c;
            }
        }
        if (Double.isNaN(max)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "column scores has NaN in batch row %d", i));
        }
        return best;
    }

    /**
     * @return the cell {@code t * K + p} of every row of {@code batch}, validated as {@link #accept} does
     */
    int[] cells(Columns batch) {
        int[] label = Inputs.labels(batch, k);
        int[] pred = fromScores ? null : Inputs.predictions(batch, k);
        double[][] scores = fromScores ? Inputs.scores(batch, k) : null;
        int[] cells = new int[batch.size()];
        for (int i = 0; i < cells.length; i++) {
            int t = label[i];
            int p = fromScores ? argMax(scores, i) : pred[i];
            Inputs.checkClass("label", t, i, k);
            Inputs.checkClass("predictedLabel", p, i, k);
            cells[i] = t * k + p;
        }
        return cells;
    }

    /** Replaces this (fresh) state's content by rows in {@code cells} with weights {@code w} (null = 1) x counts. */
    void fill(int[] cells, double[] w, int[] counts) {
        java.util.Arrays.fill(cm, 0.0);
        java.util.Arrays.fill(trueRows, 0);
        java.util.Arrays.fill(predRows, 0);
        rows = 0;
        for (int i = 0; i < cells.length; i++) {
            int c = counts[i];
            if (c != 0) {
                int cell = cells[i];
                cm[cell] += w == null ? c : c * w[i];
                trueRows[cell / k] += c;
                predRows[cell % k] += c;
                rows += c;
            }
        }
    }

    @Override
    public ConfusionState combine(ConfusionState other) {
        for (int j = 0; j < cm.length; j++) {
            cm[j] += other.cm[j];
        }
        for (int c = 0; c < k; c++) {
            trueRows[c] += other.trueRows[c];
            predRows[c] += other.predRows[c];
        }
        rows += other.rows;
        return this;
    }

    int classCount() {
        return k;
    }

    /** @return the weighted matrix, rows = true class (do not modify) */
    double[] matrix() {
        return cm;
    }

    long trueRows(int c) {
        return trueRows[c];
    }

    long predRows(int c) {
        return predRows[c];
    }

    long rows() {
        return rows;
    }

    /** @return per-class weighted true totals (row sums) */
    double[] trueSums() {
        double[] s = new double[k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                s[t] += cm[t * k + p];
            }
        }
        return s;
    }

    /** @return per-class weighted predicted totals (column sums) */
    double[] predSums() {
        double[] s = new double[k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                s[p] += cm[t * k + p];
            }
        }
        return s;
    }

    double trace() {
        double s = 0;
        for (int c = 0; c < k; c++) {
            s += cm[c * k + c];
        }
        return s;
    }

    double total() {
        double s = 0;
        for (double v : cm) {
            s += v;
        }
        return s;
    }
}
