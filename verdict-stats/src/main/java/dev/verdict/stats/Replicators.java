package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricState;
import dev.verdict.core.Resamplable;

/**
 * Obtains a {@link Resamplable.Replicator} for any metric: the metric's own fast replicator when it implements
 * {@link Resamplable}, else {@link Recompute}, which materialises each resample (row {@code i} repeated
 * {@code counts[i]} times, via {@link Columns#select}) and computes the metric on a fresh state: correct for every
 * metric, including corpus-level ones (BLEU) and metrics that take no weights, but O(cost of the metric) per
 * resample.
 */
final class Replicators {
    private Replicators() {
    }

    /**
     * @param metric the metric
     * @param rows all rows of the slice
     * @param units the resampling units; when clustered and the rows carry a group column (query, user), the k-th
     *     copy of a drawn cluster gets group codes shifted by k (max group + 1), so copies stay distinct groups
     * @return a replicator and whether it is the metric's fast one
     */
    static Resamplable.Replicator of(Metric<?> metric, Columns rows, Units units) {
        if (metric instanceof Resamplable r) {
            Resamplable.Replicator fast = r.replicator(rows);
            if (fast != null) {
                return fast;
            }
        }
        return new Recompute<>(metric, rows, units != null && units.unitOfRow != null);
    }

    /** @return whether {@link #of} would give the metric's own fast replicator (without preparing it) */
    static boolean fast(Metric<?> metric) {
        return metric instanceof Resamplable;
    }

    /** @return the metric's value on {@code rows} (a fresh state, one accept) */
    static <S extends MetricState<S>> double value(Metric<S> metric, Columns rows) {
        S s = metric.stateSpec().newState();
        s.accept(rows);
        return metric.compute(s).value();
    }

    /** The generic replicator: recompute on the materialised resample. */
    static final class Recompute<S extends MetricState<S>> implements Resamplable.Replicator {
        private final Metric<S> metric;
        private final Columns rows;
        private final boolean relabelGroups;
        private final int groupStride;

        @SuppressWarnings("unchecked")
        Recompute(Metric<?> metric, Columns rows, boolean relabelGroups) {
            this.metric = (Metric<S>) metric;
            this.rows = rows;
            this.relabelGroups = relabelGroups && rows.group() != null;
            int max = 0;
            if (this.relabelGroups) {
                for (int g : rows.group()) {
                    max = Math.max(max, g);
                }
            }
            this.groupStride = max + 1;
        }

        @Override
        public double value(int[] counts) {
            int total = 0;
            for (int c : counts) {
                total += c;
            }
            int[] idx = new int[total];
            int[] copy = relabelGroups ? new int[total] : null;
            int k = 0;
            for (int i = 0; i < counts.length; i++) {
                for (int c = 0; c < counts[i]; c++) {
                    if (copy != null) {
                        copy[k] = c;
                    }
                    idx[k++] = i;
                }
            }
            Columns sample = rows.select(idx, total);
            if (copy != null) {
                int[] g = sample.group();
                for (int j = 0; j < total; j++) {
                    g[j] += copy[j] * groupStride;
                }
            }
            return Replicators.value(metric, sample);
        }

        @Override
        public Resamplable.Replicator fork() {
            return this;
        }
    }
}
