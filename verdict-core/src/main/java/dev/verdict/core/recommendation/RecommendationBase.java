package dev.verdict.core.recommendation;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;

/** Common plumbing of the recommendation metrics: definition, parameters, state spec, the empty-input rule. */
abstract class RecommendationBase extends AbstractMetric<ListRowsState> {
    private final StateSpec<ListRowsState> spec;

    RecommendationBase(MetricDefinition definition, Params params, ListRowsState.Extra extra) {
        super(definition, params);
        this.spec = ListRowsState.spec(definition.name(), extra);
    }

    @Override
    public final StateSpec<ListRowsState> stateSpec() {
        return spec;
    }

    @Override
    public final MetricValue compute(ListRowsState state) {
        if (state.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        return compute(state, state.lists(params().getInt("k")));
    }

    /** Computes the metric from non-empty lists. */
    abstract MetricValue compute(ListRowsState state, TopLists lists);
}
