package dev.verdict.core.fairness;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * Total weight and weight predicted positive of binary rows under one {@link PredictionRule}. Needs no label column.
 * O(1); merging adds.
 */
final class PositiveRateState implements MetricState<PositiveRateState> {
    private final PredictionRule rule;
    double weight;
    double positive;

    private PositiveRateState(PredictionRule rule) {
        this.rule = rule;
    }

    /** @return the spec; equal for equal rules */
    static StateSpec<PositiveRateState> spec(PredictionRule rule) {
        return new StateSpec<>("fairness.positive@" + rule.key(), () -> new PositiveRateState(rule));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        Object pred = rule.column(batch);
        double[] w = batch.weight();
        double sw = 0;
        double sp = 0;
        for (int i = from; i < to; i++) {
            double wi = PredictionRule.weight(w, i);
            sw += wi;
            if (rule.predict(pred, i) == 1) {
                sp += wi;
            }
        }
        weight += sw;
        positive += sp;
    }

    @Override
    public PositiveRateState combine(PositiveRateState other) {
        weight += other.weight;
        positive += other.positive;
        return this;
    }
}
