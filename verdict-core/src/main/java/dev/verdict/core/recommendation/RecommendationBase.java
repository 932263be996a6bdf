package dev.verdict.core.recommendation;

import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;

/** Common plumbing of the recommendation metrics: definition, parameters, state spec, the empty-input rule. */
abstract class RecommendationBase implements Metric<ListRowsState> {
    private final MetricDefinition definition;
    private final Params params;
    private final StateSpec<ListRowsState> spec;

    RecommendationBase(MetricDefinition definition, Params params, ListRowsState.Extra extra) {
        this.definition = definition;
        this.params = params;
        this.spec = ListRowsState.spec(definition.name(), extra);
    }

    @Override
    public final MetricDefinition definition() {
        return definition;
    }

    @Override
    public final Params params() {
        return params;
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
        return compute(state, state.lists(params.getInt("k")));
    }

    /** Computes the metric from non-empty lists. */
    abstract MetricValue compute(ListRowsState state, TopLists lists);
}
