package dev.verdict.core;

/**
 * The mergeable sufficient statistics of one or more metrics. Implementations follow one contract:
 * <ul>
 *   <li>{@link #accept} folds rows {@code [from, to)} of a batch into the state (it must copy what it keeps);</li>
 *   <li>{@link #combine} folds another state of the same kind into this one and returns {@code this};</li>
 *   <li>splitting the data into chunks, accepting each into a fresh state and combining the states gives the same
 *   metric values as one pass (property-tested for every metric).</li>
 * </ul>
 * States are not thread-safe: use one state per thread and combine them.
 *
 * @param <S> the concrete state type
 */
public interface MetricState<S extends MetricState<S>> {
    /**
     * Folds rows {@code [from, to)} of {@code batch} into this state.
     *
     * @param batch the columns
     * @param from first row, inclusive
     * @param to last row, exclusive
     */
    void accept(Columns batch, int from, int to);

    /**
     * Folds {@code other} into this state.
     *
     * @param other a state of the same kind and configuration; it is not modified
     * @return this
     */
    S combine(S other);

    /** Folds a whole batch. @param batch the columns */
    default void accept(Columns batch) {
        accept(batch, 0, batch.size());
    }
}
