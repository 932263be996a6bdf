package dev.verdict.core;

/**
 * A metric that can be recomputed quickly when every input row is counted an integer number of times, as the
 * bootstrap does. The metric prepares once over all rows of a slice (sorting once and keeping the permutation), then
 * each resample is one weighted O(n) pass over the prepared data.
 *
 * <p>Contract, for every {@code counts} with {@code counts.length == rows.size()} and {@code counts[i] >= 0}:
 * {@code replicator(rows).value(counts)} equals (up to floating-point summation order) the metric computed on a fresh
 * state fed with the rows of {@code rows}, row {@code i} repeated {@code counts[i]} times (equivalently, its weight
 * multiplied by {@code counts[i]}). With all counts 1 it is the metric's value on {@code rows}. Undefined values
 * (e.g. a resample with one class for roc_auc) are {@code NaN}; warnings are not reported per resample.
 *
 * <p>A metric that is a mean over units (ranking metrics: a mean over queries) resamples units by giving all rows of
 * a unit the same count; its replicator then weighs each unit's value by that count.
 */
public interface Resamplable {
    /**
     * Prepares fast resampling over all rows of {@code rows} (row order = input order).
     *
     * @param rows every row of the slice
     * @return a replicator, or {@code null} when this configuration has no fast path (callers then recompute)
     * @throws InvalidInputException when a row is malformed, as {@link MetricState#accept} would
     */
    Replicator replicator(Columns rows);

    /** Computes a metric under per-row counts. Not thread-safe: use {@link #fork()} for another thread. */
    interface Replicator {
        /**
         * @param counts how many times each input row is counted (its weight is multiplied by it)
         * @return the metric value, NaN when undefined
         */
        double value(int[] counts);

        /** @return a replicator sharing the prepared, immutable data with its own scratch space */
        Replicator fork();

        /**
         * Optional fast lane for plain (unstratified, unclustered) resampling: when this returns {@code true},
         * {@link #valueInOrder} accepts counts indexed by the replicator's internal (e.g. sorted) position instead of
         * by input row. Since the multinomial draw is exchangeable, an engine may then draw positions directly and
         * skip the gather from row order: the result is a valid bootstrap replicate, but not the same replicate as
         * {@link #value} for the same random stream.
         *
         * @return whether {@link #valueInOrder} is supported
         */
        default boolean hasOrder() {
            return false;
        }

        /**
         * @param countsByPosition counts indexed by internal position ({@code countsByPosition[k]} = count of the row
         *     at position k)
         * @return the metric value
         * @throws UnsupportedOperationException unless {@link #hasOrder()}
         */
        default double valueInOrder(int[] countsByPosition) {
            throw new UnsupportedOperationException("no internal order");
        }
    }
}
