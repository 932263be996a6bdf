package dev.verdict.core.regression;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;

/**
 * Prediction-interval metrics (no sklearn function; numpy formulas in the golden script):
 * <ul>
 *   <li>interval_coverage = sum w [lower <= y <= upper] / sum w, closed interval
 *   ({@code np.average((lo <= y) & (y <= hi), weights=w)});</li>
 *   <li>interval_width = sum w (upper - lower) / sum w ({@code np.average(hi - lo, weights=w)}).</li>
 * </ul>
 * Empty input or zero total weight: NaN with a warning.
 */
final class IntervalMetric extends AbstractMetric<IntervalState> {
    /** The closed set of interval metrics. */
    enum Kind { COVERAGE, WIDTH }

    private final Kind kind;

    IntervalMetric(MetricDefinition definition, Params params, Kind kind) {
        super(definition, params);
        this.kind = kind;
    }

    @Override
    public StateSpec<IntervalState> stateSpec() {
        return IntervalState.SPEC;
    }

    @Override
    public MetricValue compute(IntervalState s) {
        if (s.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        if (s.weight() == 0.0) {
            return MetricValue.warn(Double.NaN, "total weight is 0");
        }
        return MetricValue.of((kind == Kind.COVERAGE ? s.covered() : s.width()) / s.weight());
    }
}
