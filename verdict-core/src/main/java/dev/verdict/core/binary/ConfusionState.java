package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * The weighted 2x2 confusion matrix shared by every threshold metric at one operating point: the hard prediction is
 * the prediction column when {@code fromColumn}, else {@code score >= threshold}. O(1) memory; merging adds.
 */
final class ConfusionState implements MetricState<ConfusionState> {
    private final boolean fromColumn;
    private final double threshold;
    double tn;
    double fp;
    double fn;
    double tp;

    private ConfusionState(boolean fromColumn, double threshold) {
        this.fromColumn = fromColumn;
        this.threshold = threshold;
    }

    /** @return the spec of predictions taken from the prediction column */
    static StateSpec<ConfusionState> fromColumn() {
        return new StateSpec<>("binary.confusion@predictedLabel", () -> new ConfusionState(true, Double.NaN));
    }

    /** @return the spec of predictions {@code score >= threshold} */
    static StateSpec<ConfusionState> atThreshold(double threshold) {
        return new StateSpec<>("binary.confusion@score>=" + Double.toString(threshold + 0.0),
                () -> new ConfusionState(false, threshold));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] label = BinaryInputs.requireLabel(batch);
        int[] pred = fromColumn ? batch.predictedLabel() : null;
        double[] score = fromColumn ? null : BinaryInputs.requireScore(batch);
        if (fromColumn && pred == null) {
            throw new InvalidInputException("binary threshold metrics need a prediction column (data.predictedLabel)");
        }
        double[] weight = batch.weight();
        double n00 = 0;
        double n01 = 0;
        double n10 = 0;
        double n11 = 0;
        for (int i = from; i < to; i++) {
            int y = BinaryInputs.label(label, i);
            int p = fromColumn ? BinaryInputs.predicted(pred, i) : BinaryInputs.score(score, i) >= threshold ? 1 : 0;
            double w = BinaryInputs.weight(weight, i);
            if (y == 0) {
                if (p == 0) {
                    n00 += w;
                } else {
                    n01 += w;
                }
            } else if (p == 0) {
                n10 += w;
            } else {
                n11 += w;
            }
        }
        tn += n00;
        fp += n01;
        fn += n10;
        tp += n11;
    }

    /**
     * @return the cell of row {@code i}: 0 = tn, 1 = fp, 2 = fn, 3 = tp (validated as {@link #accept} does)
     */
    int cell(Columns batch, int i) {
        int y = BinaryInputs.label(BinaryInputs.requireLabel(batch), i);
        int p;
        if (fromColumn) {
            if (batch.predictedLabel() == null) {
                throw new InvalidInputException(
                        "binary threshold metrics need a prediction column (data.predictedLabel)");
            }
            p = BinaryInputs.predicted(batch.predictedLabel(), i);
        } else {
            p = BinaryInputs.score(BinaryInputs.requireScore(batch), i) >= threshold ? 1 : 0;
        }
        return 2 * y + p;
    }

    /** Sets the four cells (used by resampling replicators). */
    void set(double tn, double fp, double fn, double tp) {
        this.tn = tn;
        this.fp = fp;
        this.fn = fn;
        this.tp = tp;
    }

    @Override
    public ConfusionState combine(ConfusionState other) {
        tn += other.tn;
        fp += other.fp;
        fn += other.fn;
        tp += other.tp;
        return this;
    }

    /** @return total weight */
    double total() {
        return tn + fp + fn + tp;
    }
}
