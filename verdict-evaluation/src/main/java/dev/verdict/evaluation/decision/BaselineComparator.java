package dev.verdict.evaluation.decision;

import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.plan.Plan;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the candidate's results with a baseline's predictions for the baseline guardrails. The decision layer
 * only consumes the {@link Comparison}s; {@code verdict evaluate --baseline} uses {@link PairedComparator}, the paired
 * comparison engine of {@code verdict compare} (difference, its interval and p-value).
 */
@FunctionalInterface
public interface BaselineComparator {
    /**
     * @param plan the plan
     * @param candidate the candidate's evaluation
     * @param baselineData the baseline's predictions file (same columns as the candidate's)
     * @return one comparison per metric and slice present in both
     */
    List<Comparison> compare(Plan plan, EvaluationReport candidate, Path baselineData);
}
