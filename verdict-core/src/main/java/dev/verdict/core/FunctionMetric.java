package dev.verdict.core;

import java.util.Objects;
import java.util.function.Function;

/**
 * A metric whose value is a function of a (possibly shared) state: the common shape of most metrics, so a family
 * defines its metrics as a state spec plus a function instead of a class each.
 *
 * @param <S> the state type
 */
public class FunctionMetric<S extends MetricState<S>> extends AbstractMetric<S> {
    private final StateSpec<S> spec;
    private final Function<S, MetricValue> compute;

    /**
     * @param definition what the metric is
     * @param params its resolved parameters
     * @param spec the state it reads
     * @param compute its value from that state
     */
    public FunctionMetric(MetricDefinition definition, Params params, StateSpec<S> spec,
            Function<S, MetricValue> compute) {
        super(definition, params);
        this.spec = Objects.requireNonNull(spec, "spec");
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public final StateSpec<S> stateSpec() {
        return spec;
    }

    @Override
    public final MetricValue compute(S state) {
        return compute.apply(state);
    }

    /** @return the function computing the value from the state */
    protected final Function<S, MetricValue> computer() {
        return compute;
    }
}
