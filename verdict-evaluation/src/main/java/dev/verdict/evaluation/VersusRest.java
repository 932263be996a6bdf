package dev.verdict.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-sided test that a metric is worse on a slice than on the rest of the rows (every row outside the slice), as
 * computed on the rows by {@code verdict evaluate} for the slice gaps ({@code docs/decision.md}, "Slice gaps"). The
 * p-value is not corrected here: the slice gaps correct it with Holm over the slices of the family.
 *
 * @param method {@code two_proportion_z}, {@code delong}, {@code welch_t} or {@code bootstrap_z}; null when no test
 *     applies (then {@code reason} says why)
 * @param restN rows in the rest
 * @param restValue the metric on the rest (NaN when not computed or undefined)
 * @param standardError the standard error of the difference slice minus rest, NaN when not tested
 * @param statistic z (Welch: t, DeLong: pROC's D), NaN when not tested
 * @param pValue the one-sided p-value that the slice is worse, NaN when not tested
 * @param detail method facts: per-part standard errors, degrees of freedom, counts, resamples, seed, ...
 * @param reason why there is no test, or null
 */
public record VersusRest(String method, long restN, double restValue, double standardError, double statistic,
        double pValue, Map<String, Object> detail, String reason) {
    /** Copies the detail. */
    public VersusRest {
        detail = detail == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** @return a result without a test, with the reason */
    public static VersusRest untested(String method, long restN, String reason) {
        return new VersusRest(method, restN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.of(), reason);
    }

    /** @return whether a p-value was computed */
    public boolean tested() {
        return reason == null && !Double.isNaN(pValue);
    }
}
