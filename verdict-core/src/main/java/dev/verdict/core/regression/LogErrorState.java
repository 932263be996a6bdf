package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Locale;

/**
 * O(1) mergeable sums of the squared log residual {@code (log1p(y) - log1p(yhat))^2}, for rmsle. Negative targets or
 * predictions are rejected here (scikit-learn's {@code mean_squared_log_error} raises ValueError), so the other
 * regression metrics are not affected unless rmsle is requested.
 */
final class LogErrorState implements MetricState<LogErrorState> {
    /** The state key. */
    static final StateSpec<LogErrorState> SPEC = new StateSpec<>("regression.log_error", LogErrorState::new);

    private long rows;
    private final double[] sum = new double[2];
    private final double[] comp = new double[2];

    @Override
    public void accept(Columns batch, int from, int to) {
        RegressionRows.requireTargets(batch, "metric rmsle");
        double[] yt = batch.yTrue();
        double[] yp = batch.yPred();
        for (int i = from; i < to; i++) {
            double y = nonNegative(RegressionRows.finite(yt[i], "yTrue", i), "yTrue", i);
            double p = nonNegative(RegressionRows.finite(yp[i], "yPred", i), "yPred", i);
            double w = RegressionRows.weight(batch, i);
            double d = Math.log1p(y) - Math.log1p(p);
            rows++;
            RegressionRows.add(sum, comp, 0, w);
            RegressionRows.add(sum, comp, 1, w * (d * d));
        }
    }

    private static double nonNegative(double v, String column, int row) {
        if (v < 0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric rmsle cannot be used when %s contains negative values; row %d of the batch is %s",
                    column, row, v));
        }
        return v;
    }

    @Override
    public LogErrorState combine(LogErrorState o) {
        rows += o.rows;
        RegressionRows.addAll(sum, comp, o.sum, o.comp);
        return this;
    }

    /** @return rows seen */
    long rows() {
        return rows;
    }

    /** @return total weight */
    double weight() {
        return sum[0] + comp[0];
    }

    /** @return weighted sum of squared log residuals */
    double squaredLogError() {
        return sum[1] + comp[1];
    }
}
