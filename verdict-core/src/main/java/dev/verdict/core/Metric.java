package dev.verdict.core;

/**
 * A configured metric: a definition plus validated parameters. It names the state it needs and computes its value from
 * that state. Computing must not modify the state in a way that changes later results (caching a sort is fine).
 *
 * @param <S> the state type
 */
public interface Metric<S extends MetricState<S>> {
    /** @return what this metric is */
    MetricDefinition definition();

    /** @return the resolved parameters (defaults filled in) */
    Params params();

    /** @return the state this metric is computed from */
    StateSpec<S> stateSpec();

    /**
     * Computes the metric. Mathematically undefined results are {@code NaN} (or sklearn's documented fallback) with
     * a warning, never an exception.
     *
     * @param state the accumulated state
     * @return the value, optional detail and warning
     */
    MetricValue compute(S state);

    /** @return the metric name, e.g. {@code roc_auc} */
    default String name() {
        return definition().name();
    }
}
