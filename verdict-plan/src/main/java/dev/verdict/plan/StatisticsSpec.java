package dev.verdict.plan;

import dev.verdict.stats.Correction;
import dev.verdict.stats.IntervalMethod;
import dev.verdict.stats.PairedTest;
import java.util.Map;

/**
 * The plan's statistics settings: confidence intervals ({@code confidence:} and per-metric {@code ci:}) and paired
 * comparisons ({@code comparison:} and per-metric {@code test:}). Format: {@code docs/plan.md}, section "Confidence intervals and comparisons".
 *
 * @param confidence the plan-wide interval settings; {@link Confidence#declared()} tells whether the plan wrote
 *     {@code confidence:} (then every metric gets an interval in {@code verdict evaluate})
 * @param comparison the settings of {@code verdict compare}
 * @param metrics per-metric choices by metric id (only metrics with {@code ci:} or {@code test:})
 */
public record StatisticsSpec(Confidence confidence, Comparison comparison, Map<String, MetricStatistics> metrics) {
    /** Default confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;
    /** Default number of bootstrap resamples (and permutations). */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 0;
    /** Default significance threshold on adjusted p-values. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Copies the map. */
    public StatisticsSpec {
        metrics = Map.copyOf(metrics);
    }

    /** @return the settings of a plan without any statistics key */
    public static StatisticsSpec none() {
        return new StatisticsSpec(new Confidence(false, DEFAULT_LEVEL, IntervalMethod.AUTO, DEFAULT_RESAMPLES,
                DEFAULT_SEED, null, true, 0), new Comparison(Correction.HOLM, DEFAULT_ALPHA, 0), Map.of());
    }

    /** @return whether {@code verdict evaluate} computes an interval for the metric with this id */
    public boolean wantsInterval(String metricId) {
        MetricStatistics m = metrics.get(metricId);
        return confidence.declared() || (m != null && m.ci() != null);
    }

    /** @return the interval method for a metric: its {@code ci:}, else the plan-wide method */
    public IntervalMethod intervalMethod(String metricId) {
        MetricStatistics m = metrics.get(metricId);
        return m != null && m.ci() != null ? m.ci() : confidence.method();
    }

    /** @return the paired test for a metric: its {@code test:}, else AUTO */
    public PairedTest test(String metricId) {
        MetricStatistics m = metrics.get(metricId);
        return m != null && m.test() != null ? m.test() : PairedTest.AUTO;
    }

    /** @return the 1-based plan line of the metric's statistics choice, or 0 */
    public int line(String metricId) {
        MetricStatistics m = metrics.get(metricId);
        return m == null ? 0 : m.line();
    }

    /**
     * {@code confidence: {level, method, resamples, seed, cluster, stratify}}.
     *
     * @param declared whether the plan has the key
     * @param level confidence level in (0, 1), default 0.95
     * @param method the default interval method, default {@code auto}
     * @param resamples bootstrap resamples (and permutations), default 2000
     * @param seed the seed of every resampling, default 0
     * @param cluster a column whose values are resampled as whole clusters (user, query, session), or null
     * @param stratify resample within label strata for binary and multiclass plans (ignored with a cluster), default
     *     true
     * @param line 1-based line of the key, 0 when absent
     */
    public record Confidence(boolean declared, double level, IntervalMethod method, int resamples, long seed,
            String cluster, boolean stratify, int line) {
    }

    /**
     * {@code comparison: {correction, alpha}}.
     *
     * @param correction the multiple-testing correction across all comparisons of a run, default holm
     * @param alpha a comparison is significant when its adjusted p-value is below alpha, default 0.05
     * @param line 1-based line of the key, 0 when absent
     */
    public record Comparison(Correction correction, double alpha, int line) {
    }

    /**
     * A metric's {@code ci:} and {@code test:}.
     *
     * @param ci the interval method, or null for the plan-wide one
     * @param test the paired test, or null for auto
     * @param line 1-based line of the metric entry
     */
    public record MetricStatistics(IntervalMethod ci, PairedTest test, int line) {
    }
}
