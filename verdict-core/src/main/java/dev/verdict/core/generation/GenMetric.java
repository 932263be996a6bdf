package dev.verdict.core.generation;

import dev.verdict.core.FunctionMetric;
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
final class GenMetric<S extends MetricState<S>> extends FunctionMetric<S> {
    GenMetric(MetricDefinition definition, Params params, StateSpec<S> spec, Function<S, MetricValue> compute) {
        super(definition, params, spec, compute);
    }
}
