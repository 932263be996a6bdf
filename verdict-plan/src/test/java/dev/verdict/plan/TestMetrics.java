package dev.verdict.plan;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import java.util.List;

/** Tiny test-only metric definitions, so plan tests do not depend on the metric families. */
final class TestMetrics {
    private TestMetrics() {
    }

    static final MetricDefinition MEAN_SCORE = new MetricDefinition("mean_score", List.of("avg_score"), Task.BINARY,
            "mean of the score", "numpy.mean", List.of(ParamSpec.ofDouble("beta", 1.0, "a factor"),
                    ParamSpec.ofChoice("mode", "plain", "a choice", "plain", "fancy")),
            false, true, TestMetrics::meanScore);

    static final MetricDefinition REG_COUNT = new MetricDefinition("count", List.of(), Task.REGRESSION,
            "row count", "len", List.of(), false, true, (p, c) -> new Count(p));

    static final MetricLookup LOOKUP = MetricLookup.of(List.of(MEAN_SCORE, REG_COUNT));

    private static Metric<?> meanScore(Params p, TaskContext c) {
        if (!c.hasScores()) {
            throw new InvalidInputException("mean_score needs a score column (data.score)");
        }
        return new Count(p);
    }

    private static final class Count implements Metric<CountState> {
        private final Params params;

        Count(Params params) {
            this.params = params;
        }

        @Override
        public MetricDefinition definition() {
            return MEAN_SCORE;
        }

        @Override
        public Params params() {
            return params;
        }

        @Override
        public StateSpec<CountState> stateSpec() {
            return new StateSpec<>("count", CountState::new);
        }

        @Override
        public MetricValue compute(CountState state) {
            return MetricValue.of(state.n);
        }
    }

    private static final class CountState implements MetricState<CountState> {
        long n;

        @Override
        public void accept(Columns batch, int from, int to) {
            n += to - from;
        }

        @Override
        public CountState combine(CountState other) {
            n += other.n;
            return this;
        }
    }
}
