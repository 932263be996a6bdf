package dev.verdict.core.binary;

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
 * A configured binary metric: a definition, its parameters, the (shared) state it reads and the function computing
 * the value from that state.
 *
 * @param <S> the state type
 */
class BinaryMetric<S extends MetricState<S>> extends FunctionMetric<S> {
    BinaryMetric(MetricDefinition definition, Params params, StateSpec<S> spec, Function<S, MetricValue> compute) {
        super(definition, params, spec, compute);
    }

    /** Configures a metric of a definition whose factory is given separately. */
    interface Builder {
        Metric<?> build(MetricDefinition self, Params params, dev.verdict.core.TaskContext context);
    }

    /**
     * Makes a binary definition; the factory receives the definition itself so built metrics can report it.
     *
     * @return the definition
     */
    static MetricDefinition define(String name, List<String> aliases, String summary, String reference,
            List<ParamSpec> params, boolean requiresProbability, boolean largerIsBetter, Builder builder) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, aliases, Task.BINARY, summary, reference, params, requiresProbability,
                largerIsBetter, (p, c) -> builder.build(self[0], p, c));
        return self[0];
    }

    /** @return NaN with the empty-input warning */
    static MetricValue empty() {
        return MetricValue.warn(Double.NaN, "no rows (or zero total weight)");
    }
}
