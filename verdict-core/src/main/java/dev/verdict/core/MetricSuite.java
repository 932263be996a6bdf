package dev.verdict.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of metrics evaluated together. Metrics that need the same state share it (one sort serves every rank-based
 * metric). A suite is immutable; its {@link Accumulator}s hold the data.
 *
 * <pre>{@code
 * MetricSuite suite = MetricSuite.of(List.of(auc, logLoss));
 * MetricSuite.Accumulator a = suite.newAccumulator(), b = suite.newAccumulator();
 * a.accept(firstHalf);
 * b.accept(secondHalf);
 * List<MetricValue> values = a.combine(b).results();
 * }</pre>
 */
public final class MetricSuite {
    private final List<Metric<?>> metrics;
    private final List<StateSpec<?>> specs;
    private final int[] stateOfMetric;

    private MetricSuite(List<Metric<?>> metrics) {
        this.metrics = List.copyOf(metrics);
        Map<StateSpec<?>, Integer> index = new LinkedHashMap<>();
        this.stateOfMetric = new int[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            StateSpec<?> spec = metrics.get(m).stateSpec();
            Integer at = index.get(spec);
            if (at == null) {
                at = index.size();
                index.put(spec, at);
            }
            stateOfMetric[m] = at;
        }
        this.specs = List.copyOf(index.keySet());
    }

    /** @param metrics the metrics, in output order @return the suite */
    public static MetricSuite of(List<Metric<?>> metrics) {
        return new MetricSuite(metrics);
    }

    /** @return the metrics, in output order */
    public List<Metric<?>> metrics() {
        return metrics;
    }

    /** @return how many distinct states the suite keeps (metrics sharing a state count once) */
    public int stateCount() {
        return specs.size();
    }

    /** @return an empty accumulator */
    public Accumulator newAccumulator() {
        return new Accumulator();
    }

    /** The states of every metric of the suite over some rows. Not thread-safe; combine per-thread accumulators. */
    public final class Accumulator {
        private final List<MetricState<?>> states = new ArrayList<>();

        private Accumulator() {
            for (StateSpec<?> s : specs) {
                states.add(s.newState());
            }
        }

        /** Folds rows {@code [from, to)} of a batch. @return this */
        public Accumulator accept(Columns batch, int from, int to) {
            for (MetricState<?> s : states) {
                s.accept(batch, from, to);
            }
            return this;
        }

        /** Folds a whole batch. @return this */
        public Accumulator accept(Columns batch) {
            return accept(batch, 0, batch.size());
        }

        /**
         * Folds another accumulator of the same suite into this one.
         *
         * @param other an accumulator of this suite; not modified
         * @return this
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Accumulator combine(Accumulator other) {
            if (other.owner() != MetricSuite.this) {
                throw new IllegalArgumentException("accumulators of different suites cannot be combined");
            }
            for (int i = 0; i < states.size(); i++) {
                ((MetricState) states.get(i)).combine((MetricState) other.states.get(i));
            }
            return this;
        }

        /** @return the value of each metric, in suite order */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public List<MetricValue> results() {
            List<MetricValue> out = new ArrayList<>(metrics.size());
            for (int m = 0; m < metrics.size(); m++) {
                Metric metric = metrics.get(m);
                out.add(metric.compute(states.get(stateOfMetric[m])));
            }
            return out;
        }

        private MetricSuite owner() {
            return MetricSuite.this;
        }
    }
}
