package dev.verdict.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A confidence interval of a metric (or of a difference of metrics).
 *
 * @param estimate the point estimate on the full data (the metric value, or candidate minus baseline)
 * @param low lower bound; NaN when undefined (then {@code warning} says why)
 * @param high upper bound; NaN when undefined
 * @param level confidence level in (0, 1), e.g. 0.95
 * @param method the method actually used (never {@link IntervalMethod#AUTO})
 * @param detail method facts, JSON-friendly: e.g. {@code resamples}, {@code seed}, {@code nanReplicates},
 *     {@code successes}/{@code trials}, {@code standardError}, {@code acceleration}, {@code biasCorrection}
 * @param warning a degenerate case (zero variance, NaN replicates, ...) or {@code null}
 */
public record Interval(double estimate, double low, double high, double level, IntervalMethod method,
        Map<String, Object> detail, String warning) {
    /** Copies the detail map (keeping its order) and makes it unmodifiable. */
    public Interval {
        detail = detail == null || detail.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }
}
