package dev.verdict.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a paired comparison, candidate minus baseline.
 *
 * @param method the test actually used (never {@link PairedTest#AUTO})
 * @param statistic the test statistic (z for delong, chi-square for mcnemar, min(n01, n10) for mcnemar_exact,
 *     t for paired_t, min(R+, R-) for wilcoxon, the observed difference for bootstrap and permutation)
 * @param pValue two-sided p-value
 * @param difference metric(candidate) - metric(baseline)
 * @param interval confidence interval of the difference: from the test where it has one (delong, paired_t),
 *     else from the paired bootstrap
 * @param detail test facts (e.g. {@code n01}, {@code n10}, {@code baseline}, {@code candidate}, {@code mode})
 * @param warning a degenerate case (no discordant pairs, zero variance, ...) or {@code null}
 */
public record TestResult(PairedTest method, double statistic, double pValue, double difference, Interval interval,
        Map<String, Object> detail, String warning) {
    /** Copies the detail map (keeping its order) and makes it unmodifiable. */
    public TestResult {
        detail = detail == null || detail.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }
}
