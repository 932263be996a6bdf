package dev.verdict.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Names a kind of {@link MetricState} and how to make an empty one. Metrics whose specs have equal keys share a
 * single state in a {@link MetricSuite}: every rank-based binary metric, for example, uses one sorted score state, so
 * the data is sorted once. The key must encode every configuration that changes the state (e.g. the threshold).
 *
 * @param key identity of the state kind and its configuration, e.g. {@code "binary.confusion@0.5"}
 * @param factory makes an empty state
 * @param <S> the state type
 */
public record StateSpec<S extends MetricState<S>>(String key, Supplier<S> factory) {
    /** Validates the components. */
    public StateSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(factory, "factory");
    }

    /** @return a new empty state */
    public S newState() {
        return factory.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateSpec<?> s && s.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
