package dev.verdict.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a metric is: its name, task, parameters, definition, the reference it matches, and how to configure it.
 *
 * @param name the plan spelling, e.g. {@code roc_auc}
 * @param aliases other accepted spellings, e.g. {@code pr_auc} for {@code average_precision}
 * @param task the task it applies to
 * @param summary one-line definition for {@code --help}
 * @param reference the reference implementation matched, e.g. {@code sklearn.metrics.roc_auc_score}
 * @param params the accepted parameters
 * @param requiresProbability whether scores must lie in [0, 1] (log_loss, brier, calibration)
 * @param largerIsBetter direction of improvement
 * @param factory builds a configured metric
 */
public record MetricDefinition(String name, List<String> aliases, Task task, String summary, String reference,
        List<ParamSpec> params, boolean requiresProbability, boolean largerIsBetter, Factory factory) {

    /** Builds a configured metric from validated parameters and the task context. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param params validated parameters
         * @param context the task context
         * @return the metric
         * @throws InvalidInputException when the plan lacks an input the metric needs (e.g. no score column)
         */
        Metric<?> create(Params params, TaskContext context);
    }

    /** Validates the components. */
    public MetricDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
        params = List.copyOf(params);
    }

    /**
     * Parses {@code rawParams} and builds the metric.
     *
     * @param rawParams the plan's parameter values
     * @param context the task context
     * @return the configured metric
     * @throws InvalidInputException for bad parameters or missing inputs
     */
    public Metric<?> create(Map<String, ?> rawParams, TaskContext context) {
        return factory.create(Params.parse(name, params, rawParams), context);
    }
}
