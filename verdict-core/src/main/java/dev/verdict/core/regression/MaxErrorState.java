package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * The largest absolute residual, for max_error. scikit-learn's {@code max_error} takes no sample weights, so a batch
 * with a weight column is rejected rather than silently ignoring the weights.
 */
final class MaxErrorState implements MetricState<MaxErrorState> {
    /** The state key. */
    static final StateSpec<MaxErrorState> SPEC = new StateSpec<>("regression.max_error", MaxErrorState::new);

    private long rows;
    private double max;

    @Override
    public void accept(Columns batch, int from, int to) {
        RegressionRows.requireTargets(batch, "metric max_error");
        if (batch.weight() != null) {
            throw new InvalidInputException("metric max_error does not support sample weights (as "
                    + "sklearn.metrics.max_error); remove the weight column or drop max_error from the plan");
        }
        double[] yt = batch.yTrue();
        double[] yp = batch.yPred();
        for (int i = from; i < to; i++) {
            double e = Math.abs(RegressionRows.finite(yt[i], "yTrue", i) - RegressionRows.finite(yp[i], "yPred", i));
            if (e > max) {
                max = e;
            }
        }
        rows += to - from;
    }

    @Override
    public MaxErrorState combine(MaxErrorState o) {
        rows += o.rows;
        max = Math.max(max, o.max);
        return this;
    }

    /** @return rows seen */
    long rows() {
        return rows;
    }

    /** @return the largest |y - yhat| (0 when empty) */
    double max() {
        return max;
    }
}
