package dev.verdict.core;

import java.util.Objects;

/**
 * The part every configured metric shares: its definition and validated parameters. Subclasses name their state
 * ({@link #stateSpec()}) and compute their value.
 *
 * @param <S> the state type
 */
public abstract class AbstractMetric<S extends MetricState<S>> implements Metric<S> {
    private final MetricDefinition definition;
    private final Params params;

    /**
     * @param definition what the metric is
     * @param params its resolved parameters
     */
    protected AbstractMetric(MetricDefinition definition, Params params) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.params = Objects.requireNonNull(params, "params");
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
    public String toString() {
        return definition.name() + params;
    }
}
