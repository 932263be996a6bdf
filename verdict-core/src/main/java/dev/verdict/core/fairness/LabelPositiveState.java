package dev.verdict.core.fairness;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Locale;

/**
 * Multilabel: total row weight and, per label, the weight of rows whose score is {@code >= threshold} (the multilabel
 * family's prediction rule). O(labels); merging adds.
 */
final class LabelPositiveState implements MetricState<LabelPositiveState> {
    private final double threshold;
    double weight;
    double[] positive;

    private LabelPositiveState(double threshold) {
        this.threshold = threshold;
    }

    /** @return the spec at one threshold */
    static StateSpec<LabelPositiveState> spec(double threshold) {
        return new StateSpec<>("fairness.positive.multilabel@" + Double.toString(threshold + 0.0),
                () -> new LabelPositiveState(threshold));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        double[][] s = batch.scores();
        if (s == null) {
            throw new InvalidInputException("multilabel positive_rate needs score columns (data.scores)");
        }
        ensure(s.length);
        double[] w = batch.weight();
        for (int i = from; i < to; i++) {
            double wi = PredictionRule.weight(w, i);
            weight += wi;
            for (int l = 0; l < s.length; l++) {
                double v = s[l][i];
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "column scores[%d] must be finite, got %s at row %d", l, v, i));
                }
                if (v >= threshold) {
                    positive[l] += wi;
                }
            }
        }
    }

    private void ensure(int labels) {
        if (positive == null) {
            positive = new double[labels];
        } else if (positive.length != labels) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "multilabel batches disagree on the number of labels: %d vs %d", positive.length, labels));
        }
    }

    @Override
    public LabelPositiveState combine(LabelPositiveState other) {
        weight += other.weight;
        if (other.positive != null) {
            ensure(other.positive.length);
            for (int l = 0; l < positive.length; l++) {
                positive[l] += other.positive[l];
            }
        }
        return this;
    }
}
