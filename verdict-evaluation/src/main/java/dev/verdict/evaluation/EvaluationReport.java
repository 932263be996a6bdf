package dev.verdict.evaluation;

import java.util.List;

/**
 * The outcome of an {@link Evaluation}: what was evaluated and every metric value, metric by metric in plan order, each
 * first on {@code all} and then on every slice.
 *
 * @param verdictVersion the Verdict version that computed it
 * @param planPath the plan file as given
 * @param planSha256 hex SHA-256 of the plan file's bytes
 * @param dataPath the data file read
 * @param rows rows evaluated (after dropping)
 * @param dropped rows dropped under {@code missing: drop}
 * @param warnings warnings about the data as a whole (e.g. the positive label never occurs), empty when none
 * @param results the values
 */
public record EvaluationReport(String verdictVersion, String planPath, String planSha256, String dataPath, long rows,
        long dropped, List<String> warnings, List<ResultRow> results) {
    /** Copies the lists. */
    public EvaluationReport {
        warnings = List.copyOf(warnings);
        results = List.copyOf(results);
    }
}
