package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * The whole series {@code (time, y_true, y_pred, weight)}, for mase: the seasonal-naive denominator needs the rows in
 * time order, which only exists once every chunk has been combined. Without a time column the batch is rejected.
 */
final class SeriesState implements MetricState<SeriesState> {
    /** The state key (the period is applied at compute time, so every mase shares this state). */
    static final StateSpec<SeriesState> SPEC = new StateSpec<>("regression.series", SeriesState::new);

    private int size;
    private double[] time = new double[0];
    private double[] truth = new double[0];
    private double[] pred = new double[0];
    private double[] weight = new double[0];

    @Override
    public void accept(Columns batch, int from, int to) {
        RegressionRows.requireTargets(batch, "metric mase");
        if (batch.time() == null) {
            throw new InvalidInputException("metric mase needs a time column (data.time) to order the series for "
                    + "its seasonal-naive denominator; none was given");
        }
        ensure(size + (to - from));
        for (int i = from; i < to; i++) {
            time[size] = RegressionRows.finite(batch.time()[i], "time", i);
            truth[size] = RegressionRows.finite(batch.yTrue()[i], "yTrue", i);
            pred[size] = RegressionRows.finite(batch.yPred()[i], "yPred", i);
            weight[size++] = RegressionRows.weight(batch, i);
        }
    }

    private void ensure(int need) {
        time = RegressionRows.grow(time, need);
        truth = RegressionRows.grow(truth, need);
        pred = RegressionRows.grow(pred, need);
        weight = RegressionRows.grow(weight, need);
    }

    @Override
    public SeriesState combine(SeriesState o) {
        ensure(size + o.size);
        System.arraycopy(o.time, 0, time, size, o.size);
        System.arraycopy(o.truth, 0, truth, size, o.size);
        System.arraycopy(o.pred, 0, pred, size, o.size);
        System.arraycopy(o.weight, 0, weight, size, o.size);
        size += o.size;
        return this;
    }

    /** @return rows seen */
    int size() {
        return size;
    }

    /** @return the row order by time (ties by y_true, y_pred, weight) */
    int[] timeOrder() {
        return IndexSort.order(size, time, truth, pred, weight);
    }

    /** @return time values (first {@link #size()} valid; do not modify) */
    double[] time() {
        return time;
    }

    /** @return targets (first {@link #size()} valid; do not modify) */
    double[] truth() {
        return truth;
    }

    /** @return predictions (first {@link #size()} valid; do not modify) */
    double[] pred() {
        return pred;
    }

    /** @return weights (first {@link #size()} valid; do not modify) */
    double[] weight() {
        return weight;
    }
}
