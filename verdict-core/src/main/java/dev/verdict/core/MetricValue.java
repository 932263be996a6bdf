package dev.verdict.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one metric on one set of rows.
 *
 * @param value the number; {@code NaN} when undefined (then {@code warning} says why)
 * @param detail extra structured output (confusion matrix, per-class values, curve points); JSON-friendly values only:
 *     Number, String, Boolean, primitive arrays, {@code List} and {@code Map<String, ?>} of those. Empty when none.
 * @param warning why the value is undefined or was replaced by a fallback, or {@code null}
 */
public record MetricValue(double value, Map<String, Object> detail, String warning) {
    /** Makes the detail map unmodifiable, keeping its order. */
    public MetricValue {
        detail = detail == null || detail.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** @param value the number @return a value with no detail and no warning */
    public static MetricValue of(double value) {
        return new MetricValue(value, Map.of(), null);
    }

    /**
     * @param value the number
     * @param warning why the value is undefined or a fallback
     * @return a value with a warning
     */
    public static MetricValue warn(double value, String warning) {
        return new MetricValue(value, Map.of(), warning);
    }

    /** @param detail the detail @return a copy with that detail */
    public MetricValue withDetail(Map<String, Object> detail) {
        return new MetricValue(value, detail, warning);
    }
}
