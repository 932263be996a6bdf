package dev.verdict.plan;

import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated evaluation plan, loaded by {@link PlanLoader}.
 *
 * @param path the plan file
 * @param sha256 hex SHA-256 of the plan file's bytes
 * @param task the task
 * @param data the data section
 * @param threshold binary/multilabel decision threshold ({@code score >= threshold} is positive), default 0.5
 * @param missing the missing-value policy
 * @param slices columns whose every value becomes a slice {@code column=value}
 * @param metrics the metrics, in plan order
 * @param statistics confidence intervals and paired comparisons ({@code confidence:}, {@code comparison:}, each
 *     metric's {@code ci:} and {@code test:}); {@link StatisticsSpec#none()} when the plan has none of them
 * @param design the metric design (owner, purpose, slice crosses, guardrails, scorecard, decision policy);
 *     {@link DesignSpec#EMPTY} when the plan has none
 */
public record Plan(Path path, String sha256, Task task, DataSpec data, double threshold, MissingValues missing,
        List<String> slices, List<MetricSpec> metrics, StatisticsSpec statistics, DesignSpec design) {
    /** The decision threshold when the plan gives none. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Validates and copies. */
    public Plan {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(missing, "missing");
        slices = List.copyOf(slices);
        metrics = List.copyOf(metrics);
        statistics = statistics == null ? StatisticsSpec.none() : statistics;
        design = design == null ? DesignSpec.EMPTY : design;
    }

    /** A plan without statistics settings or metric design. */
    public Plan(Path path, String sha256, Task task, DataSpec data, double threshold, MissingValues missing,
            List<String> slices, List<MetricSpec> metrics) {
        this(path, sha256, task, data, threshold, missing, slices, metrics, StatisticsSpec.none(), DesignSpec.EMPTY);
    }

    /** A plan with statistics settings and no metric design. */
    public Plan(Path path, String sha256, Task task, DataSpec data, double threshold, MissingValues missing,
            List<String> slices, List<MetricSpec> metrics, StatisticsSpec statistics) {
        this(path, sha256, task, data, threshold, missing, slices, metrics, statistics, DesignSpec.EMPTY);
    }

    /** A plan with a metric design and no statistics settings. */
    public Plan(Path path, String sha256, Task task, DataSpec data, double threshold, MissingValues missing,
            List<String> slices, List<MetricSpec> metrics, DesignSpec design) {
        this(path, sha256, task, data, threshold, missing, slices, metrics, StatisticsSpec.none(), design);
    }

    /**
     * The task context the plan implies, with the given class names (binary: {@code [negative, positive]} as found in
     * the data; other tasks: the declared classes or labels).
     *
     * @param classes class or label names in index order
     * @return the context
     */
    public TaskContext context(List<String> classes) {
        boolean hasScores = data.score() != null || !data.scores().isEmpty();
        return new TaskContext(task, threshold, classes, data.prediction() != null, hasScores);
    }
}
