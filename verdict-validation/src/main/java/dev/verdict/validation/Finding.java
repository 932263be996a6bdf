package dev.verdict.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of a leakage check.
 *
 * @param check the check's id: duplicate_rows, shared_groups, temporal_overlap, univariate_leakage,
 *     feature_after_prediction_time
 * @param severity error, warning or info
 * @param message one human sentence: what was found and why it matters
 * @param count how many rows (or groups, features) are affected; 0 when none
 * @param examples up to a few affected rows or values, each a map of JSON-friendly values
 */
public record Finding(String check, Severity severity, String message, long count, List<Map<String, Object>> examples) {
    /** Validates and copies. */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        examples = List.copyOf(examples);
    }

    /** @return a finding without examples */
    public static Finding of(String check, Severity severity, String message, long count) {
        return new Finding(check, severity, message, count, List.of());
    }
}
