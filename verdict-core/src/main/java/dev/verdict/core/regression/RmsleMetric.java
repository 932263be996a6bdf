package dev.verdict.core.regression;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;

/**
 * Root mean squared logarithmic error: {@code sqrt(sum w (log1p(y) - log1p(yhat))^2 / sum w)}, matching
 * {@code sklearn.metrics.mean_squared_log_error(y, yhat, sample_weight=w, squared=False)} (scikit-learn 1.2.1).
 * A negative y or yhat is an {@link dev.verdict.core.InvalidInputException} (sklearn: ValueError). Empty input or
 * zero total weight: NaN with a warning.
 */
final class RmsleMetric extends AbstractMetric<LogErrorState> {

    RmsleMetric(MetricDefinition definition, Params params) {
        super(definition, params);
    }

    @Override
    public StateSpec<LogErrorState> stateSpec() {
        return LogErrorState.SPEC;
    }

    @Override
    public MetricValue compute(LogErrorState s) {
        if (s.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        if (s.weight() == 0.0) {
            return MetricValue.warn(Double.NaN, "total weight is 0");
        }
        return MetricValue.of(Math.sqrt(s.squaredLogError() / s.weight()));
    }
}
