package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * Every absolute residual {@code |y - yhat|} with its weight, for median_absolute_error. It also remembers whether
 * any batch carried a weight column: scikit-learn uses a different estimator (the lower weighted percentile) as soon
 * as {@code sample_weight} is given, even when all weights are 1.
 */
final class AbsoluteErrorsState implements MetricState<AbsoluteErrorsState> {
    /** The state key. */
    static final StateSpec<AbsoluteErrorsState> SPEC =
            new StateSpec<>("regression.absolute_errors", AbsoluteErrorsState::new);

    private int size;
    private double[] error = new double[0];
    private double[] weight = new double[0];
    private boolean weighted;

    @Override
    public void accept(Columns batch, int from, int to) {
        RegressionRows.requireTargets(batch, "metric median_absolute_error");
        double[] yt = batch.yTrue();
        double[] yp = batch.yPred();
        weighted |= batch.weight() != null;
        ensure(size + (to - from));
        for (int i = from; i < to; i++) {
            double y = RegressionRows.finite(yt[i], "yTrue", i);
            double p = RegressionRows.finite(yp[i], "yPred", i);
            weight[size] = RegressionRows.weight(batch, i);
            error[size++] = Math.abs(p - y);
        }
    }

    private void ensure(int need) {
        error = RegressionRows.grow(error, need);
        weight = RegressionRows.grow(weight, need);
    }

    @Override
    public AbsoluteErrorsState combine(AbsoluteErrorsState o) {
        ensure(size + o.size);
        System.arraycopy(o.error, 0, error, size, o.size);
        System.arraycopy(o.weight, 0, weight, size, o.size);
        size += o.size;
        weighted |= o.weighted;
        return this;
    }

    /** @return rows seen */
    int size() {
        return size;
    }

    /** @return whether a weight column was given */
    boolean weighted() {
        return weighted;
    }

    /** @return the absolute residuals (first {@link #size()} elements are valid; do not modify) */
    double[] errors() {
        return error;
    }

    /** @return the weights (first {@link #size()} elements are valid; do not modify) */
    double[] weights() {
        return weight;
    }
}
