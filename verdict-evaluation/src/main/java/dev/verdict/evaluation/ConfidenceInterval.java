package dev.verdict.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The confidence interval reported beside a metric value ({@code "ci"} in the JSON results).
 *
 * @param low lower bound (NaN when it could not be computed; then {@code warning} says why)
 * @param high upper bound
 * @param level confidence level, e.g. 0.95
 * @param method how it was computed, e.g. {@code delong}, {@code wilson}, {@code bootstrap_bca}
 * @param detail method specifics (resamples, seed, replicates that were NaN, ...); empty when none
 * @param warning why the interval is degenerate or missing, or null
 */
public record ConfidenceInterval(double low, double high, double level, String method, Map<String, Object> detail,
        String warning) {
    /** Copies the detail. */
    public ConfidenceInterval {
        Objects.requireNonNull(method, "method");
        detail = detail == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** @return whether {@code x} lies within [low, high] */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
