package dev.verdict.core;

import java.util.List;
import java.util.Objects;

/**
 * What the plan says about the task, beyond a metric's own parameters.
 *
 * @param task the task
 * @param threshold binary decision threshold: a row is predicted positive when {@code score >= threshold}
 *     (used only when there is no prediction column)
 * @param classes class names in index order (binary: {@code [negative, positive]}; multiclass: the declared classes);
 *     multilabel: the label names; regression: empty
 * @param hasPredictedLabel whether a hard-prediction column is given
 * @param hasScores whether score columns are given
 */
public record TaskContext(Task task, double threshold, List<String> classes, boolean hasPredictedLabel,
        boolean hasScores) {
    /** Validates the components. */
    public TaskContext {
        Objects.requireNonNull(task, "task");
        classes = List.copyOf(classes);
    }

    /** @return number of classes (or labels) */
    public int classCount() {
        return classes.size();
    }
}
