package dev.verdict.evaluation;

import java.util.List;

/**
 * The outcome of {@code verdict compare}.
 *
 * @param verdictVersion the Verdict version
 * @param planPath the plan file as given
 * @param planSha256 hex SHA-256 of the plan file
 * @param baselinePath the baseline predictions
 * @param candidatePath the candidate predictions
 * @param joinedOn what rows were paired by, e.g. {@code data.id (txn_id)} or {@code query}
 * @param rows paired rows (queries for ranking)
 * @param correction the multiple-testing correction
 * @param alpha the significance threshold on adjusted p-values
 * @param level the confidence level of the difference intervals
 * @param warnings warnings about the data, empty when none
 * @param comparisons every metric on every slice, metric by metric in plan order
 */
public record ComparisonReport(String verdictVersion, String planPath, String planSha256, String baselinePath,
        String candidatePath, String joinedOn, long rows, String correction, double alpha, double level,
        List<String> warnings, List<ComparisonRow> comparisons) {
    /** Copies the lists. */
    public ComparisonReport {
        warnings = List.copyOf(warnings);
        comparisons = List.copyOf(comparisons);
    }
}
