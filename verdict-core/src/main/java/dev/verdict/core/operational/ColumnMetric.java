package dev.verdict.core.operational;

import dev.verdict.core.FunctionMetric;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.Task;
import java.util.List;
import java.util.function.Function;

/**
 * A configured operational metric: its definition, parameters, the (shared) state it reads and the function computing
 * the value from that state.
 *
 * @param <S> the state type
 */
final class ColumnMetric<S extends MetricState<S>> extends FunctionMetric<S> {
    ColumnMetric(MetricDefinition definition, Params params, StateSpec<S> spec, Function<S, MetricValue> compute) {
        super(definition, params, spec, compute);
    }

    /** Configures a metric of a definition; receives the definition itself so the metric can report it. */
    interface Builder {
        Metric<?> build(MetricDefinition self, Params params);
    }

    /** @return one definition of {@code name} for {@code task} */
    static MetricDefinition define(Task task, String name, String summary, String reference, List<ParamSpec> params,
            boolean largerIsBetter, Builder builder) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), task, summary, reference, params, false, largerIsBetter,
                (p, c) -> builder.build(self[0], p));
        return self[0];
    }

    /** @return NaN with the empty-input warning */
    static MetricValue empty() {
        return MetricValue.warn(Double.NaN, "no rows (or zero total weight)");
    }
}
