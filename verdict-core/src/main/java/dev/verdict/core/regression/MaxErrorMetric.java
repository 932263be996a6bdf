package dev.verdict.core.regression;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;

/**
 * Maximum residual error {@code max |y - yhat|}, matching {@code sklearn.metrics.max_error} (scikit-learn 1.2.1).
 * Unweighted only: a weight column is an {@link dev.verdict.core.InvalidInputException}. Empty input: NaN with a
 * warning (sklearn raises).
 */
final class MaxErrorMetric extends AbstractMetric<MaxErrorState> {

    MaxErrorMetric(MetricDefinition definition, Params params) {
        super(definition, params);
    }

    @Override
    public StateSpec<MaxErrorState> stateSpec() {
        return MaxErrorState.SPEC;
    }

    @Override
    public MetricValue compute(MaxErrorState s) {
        return s.rows() == 0 ? MetricValue.warn(Double.NaN, "no rows") : MetricValue.of(s.max());
    }
}
