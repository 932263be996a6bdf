package dev.verdict.evaluation.decision;

import dev.verdict.evaluation.ConfidenceInterval;
import java.util.Objects;

/**
 * One metric on one slice, candidate against baseline: the input of the baseline guardrails ({@code max_drop},
 * {@code min_gain}, {@code vs: baseline}). Produced by a {@link BaselineComparator}; the paired comparison engine
 * ({@link PairedComparator}, as {@code verdict compare}) fills {@code ci} and the p-values.
 *
 * @param metricId the plan's metric id
 * @param slice {@code all} or the slice name
 * @param baseline the baseline's value
 * @param candidate the candidate's value
 * @param difference {@code candidate - baseline}
 * @param ci the interval of the difference, or null
 * @param pValue the test's p-value, NaN when none
 * @param pAdjusted the multiplicity-adjusted p-value, NaN when none
 */
public record Comparison(String metricId, String slice, double baseline, double candidate, double difference,
        ConfidenceInterval ci, double pValue, double pAdjusted) {
    /** Validates. */
    public Comparison {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(slice, "slice");
    }

    /** @return a comparison of two point values, without interval or test */
    public static Comparison ofPoints(String metricId, String slice, double baseline, double candidate) {
        return new Comparison(metricId, slice, baseline, candidate, candidate - baseline, null, Double.NaN,
                Double.NaN);
    }
}
