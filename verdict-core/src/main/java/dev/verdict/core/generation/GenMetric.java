package dev.verdict.core.generation;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import java.util.function.Function;

/**
 * A configured generation metric: its state spec and a pure function from the state to the value.
 *
 * @param <S> the state type
 */
final class GenMetric<S extends MetricState<S>> extends AbstractMetric<S> {
    private final StateSpec<S> spec;
    private final Function<S, MetricValue> compute;

    GenMetric(MetricDefinition definition, Params params, StateSpec<S> spec, Function<S, MetricValue> compute) {
        super(definition, params);
        this.spec = spec;
        this.compute = compute;
    }

    @Override
    public StateSpec<S> stateSpec() {
        return spec;
    }

    @Override
    public MetricValue compute(S state) {
        return compute.apply(state);
    }
}
