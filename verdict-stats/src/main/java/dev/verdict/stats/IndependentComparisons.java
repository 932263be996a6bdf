package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * One-sided test that a metric is worse on one set of rows (a slice) than on another, disjoint set (the rest of the
 * rows): the public entry point of the slice-gap tests of {@code verdict evaluate}. The two parts are independent
 * samples, so unlike {@link PairedComparisons} nothing is paired. "Worse" follows the metric's direction: smaller when
 * larger is better, larger otherwise.
 *
 * <p>The test is chosen from the metric and the rows ({@link Method}); the analytic tests need independent,
 * unweighted rows, so with a cluster column or weights other than 1 every metric gets the bootstrap test:
 * <ul>
 *   <li>proportions ({@link ProportionCounts}: accuracy, precision, recall, ...): the pooled two-proportion z-test,
 *       {@code statsmodels.stats.proportion.proportions_ztest([s1, s2], [n1, n2], alternative=...)};
 *   <li>binary roc_auc: DeLong's test for two independent ROC curves, D = (AUC1 - AUC2) / sqrt(V1 + V2) with each
 *       V the DeLong variance of its own sample, p from Student's t with pROC's degrees of freedom, as R pROC
 *       {@code roc.test(roc1, roc2, method="delong", paired=FALSE)};
 *   <li>other means of per-row values ({@link PerRowValues}: mae, mse, log_loss, brier, ...): Welch's t-test,
 *       {@code scipy.stats.ttest_ind(x1, x2, equal_var=False, alternative=...)};
 *   <li>every other metric with a fast resampling path ({@link Resamplable}): the bootstrap z-test, se_k the
 *       standard deviation (ddof 1) of B bootstrap replicates of the metric on part k, drawn independently in each
 *       part with that part's {@link Resampling} (stratified or clustered as it says), z = (m1 - m2) / sqrt(se1^2 +
 *       se2^2), p from the standard normal (Efron and Tibshirani 1993, ch. 6 and 16: the bootstrap estimate of a
 *       standard error; B = 200 is their figure for standard errors).
 * </ul>
 *
 * <p>No test (p-value NaN, {@link Result#reason()} says why) when the metric is undefined on a part, a part has too
 * few rows or trials, the variance is 0, more than {@link #MAX_UNDEFINED_SHARE} of a part's replicates are undefined,
 * or the metric has no fast resampling path (recomputing it on every resample of every slice and rest is too slow to
 * run on every evaluation).
 */
public final class IndependentComparisons {
    /** A part may have at most this share of undefined (NaN) bootstrap replicates. */
    public static final double MAX_UNDEFINED_SHARE = 0.1;
    /** Replicates of the pilot that sizes the bootstrap of the larger part (Efron: 25 is often informative). */
    public static final int PILOT = 25;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private IndependentComparisons() {
    }

    /** The test used. */
    public enum Method {
        /** Pooled two-proportion z-test. */
        TWO_PROPORTION_Z("two_proportion_z"),
        /** DeLong's test for two independent ROC AUCs. */
        DELONG("delong"),
        /** Welch's unequal-variance t-test on per-row values. */
        WELCH_T("welch_t"),
        /** z-test with bootstrap standard errors of each part. */
        BOOTSTRAP_Z("bootstrap_z");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        /** @return the name in outputs, e.g. {@code welch_t} */
        public String id() {
            return id;
        }
    }

    /**
     * The test of the first part against the second.
     *
     * @param method the test used; for an untested pair, the test that was tried, or null when none applies
     * @param first the metric on the first part (the slice)
     * @param second the metric on the second part (the rest)
     * @param difference {@code first - second}
     * @param standardError the standard error of the difference (pooled for two_proportion_z); NaN when not tested
     * @param statistic z, or Welch's t; NaN when not tested
     * @param pValue one-sided p-value that the first part is worse; NaN when not tested
     * @param detail method facts (per-part standard errors, counts, degrees of freedom, resamples, seed, ...)
     * @param reason why there is no test, or null
     */
    public record Result(Method method, double first, double second, double difference, double standardError,
            double statistic, double pValue, Map<String, Object> detail, String reason) {
        /** Copies the detail. */
        public Result {
            detail = detail == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
        }

        /** @return whether a p-value was computed */
        public boolean tested() {
            return reason == null;
        }
    }

    /**
     * @param metric a configured metric
     * @param first the rows of the first part (the slice)
     * @param firstResampling how to resample the first part (its own cluster codes when clustered)
     * @param second the rows of the second part (the rest), disjoint from the first
     * @param secondResampling how to resample the second part
     * @param largerIsBetter the metric's direction
     * @return the one-sided test, or an untested result with the reason
     */
    public static Result worse(Metric<?> metric, Columns first, Resampling firstResampling, Columns second,
            Resampling secondResampling, boolean largerIsBetter) {
        double a = first.size() == 0 ? Double.NaN : Replicators.value(metric, first);
        double b = second.size() == 0 ? Double.NaN : Replicators.value(metric, second);
        return worse(metric, first, a, firstResampling, second, b, secondResampling, largerIsBetter);
    }

    /**
     * Like {@link #worse(Metric, Columns, Resampling, Columns, Resampling, boolean)}, with the metric's values on the
     * two parts already computed (e.g. by a {@code MetricSuite} that shares states between metrics).
     *
     * @param firstValue the metric on {@code first}
     * @param secondValue the metric on {@code second}
     */
    public static Result worse(Metric<?> metric, Columns first, double firstValue, Resampling firstResampling,
            Columns second, double secondValue, Resampling secondResampling, boolean largerIsBetter) {
        Objects.requireNonNull(firstResampling, "firstResampling");
        Objects.requireNonNull(secondResampling, "secondResampling");
        double a = firstValue;
        double b = secondValue;
        Method method = method(metric, first, firstResampling, second, secondResampling);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return untested(method, a, b, "the metric is undefined (NaN) on the " + (Double.isNaN(a) ? "slice"
                    : "rest of the rows"));
        }
        if (method == Method.WELCH_T) {
            double[][] values = perRowValues((PerRowValues) metric, first, second);
            if (values != null) {
                return TwoSampleTests.welch(values[0], values[1], a, b, largerIsBetter);
            }
            method = metric instanceof Resamplable ? Method.BOOTSTRAP_Z : null;
        }
        if (method == null) {
            return untested(null, a, b, noFastPath(metric));
        }
        return switch (method) {
            case TWO_PROPORTION_Z -> proportions(metric, first, second, a, b, largerIsBetter);
            case DELONG -> TwoSampleTests.delong(first, second, a, b, largerIsBetter);
            case WELCH_T -> throw new IllegalStateException();
            case BOOTSTRAP_Z -> bootstrap(metric, first, firstResampling, second, secondResampling, a, b,
                    largerIsBetter);
        };
    }

    /** @return the per-row values of both parts, or null when the metric is not their mean (e.g. rmse, r2) */
    private static double[][] perRowValues(PerRowValues metric, Columns first, Columns second) {
        try {
            return new double[][] {metric.perRowValues(first), metric.perRowValues(second)};
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** @return the test for this metric and these rows, or null when none applies */
    static Method method(Metric<?> metric, Columns first, Resampling r1, Columns second, Resampling r2) {
        boolean analytic = r1.clusters() == null && r2.clusters() == null && !ConfidenceIntervals.weighted(first)
                && !ConfidenceIntervals.weighted(second);
        if (analytic && metric instanceof ProportionCounts) {
            return Method.TWO_PROPORTION_Z;
        }
        if (analytic && ConfidenceIntervals.isRocAuc(metric)) {
            return Method.DELONG;
        }
        if (analytic && metric instanceof PerRowValues) {
            return Method.WELCH_T;
        }
        return metric instanceof Resamplable ? Method.BOOTSTRAP_Z : null;
    }

    private static String noFastPath(Metric<?> metric) {
        return "no fast resampling path for " + metric.name() + " (dev.verdict.core.Resamplable): no test against "
                + "the rest (recomputing the metric on every resample of every slice and rest is too slow)";
    }

    static Result untested(Method method, double a, double b, String reason) {
        return new Result(method, a, b, a - b, Double.NaN, Double.NaN, Double.NaN, Map.of(), reason);
    }

    /** @return the one-sided p-value of z in the "first is worse" direction */
    static double worseP(double z, boolean largerIsBetter) {
        return largerIsBetter ? NORMAL.cumulativeProbability(z) : NORMAL.survivalProbability(z);
    }

    private static Result proportions(Metric<?> metric, Columns first, Columns second, double a, double b,
            boolean largerIsBetter) {
        ProportionCounts p = (ProportionCounts) metric;
        long[] c1 = ProportionCounts.count(p.outcomes(first));
        long[] c2 = ProportionCounts.count(p.outcomes(second));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("successes", c1[0]);
        d.put("trials", c1[1]);
        d.put("restSuccesses", c2[0]);
        d.put("restTrials", c2[1]);
        double pooled = (double) (c1[0] + c2[0]) / (c1[1] + c2[1]);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / c1[1] + 1.0 / c2[1]));
        if (!(se > 0)) {
            return untested(Method.TWO_PROPORTION_Z, a, b, c1[1] == 0 || c2[1] == 0
                    ? "the slice or the rest of the rows has no trials" : "no variation (pooled proportion is 0 or 1)");
        }
        double z = ((double) c1[0] / c1[1] - (double) c2[0] / c2[1]) / se;
        return new Result(Method.TWO_PROPORTION_Z, a, b, a - b, se, z, worseP(z, largerIsBetter), d, null);
    }

    /**
     * The bootstrap z-test. The part with fewer rows gets {@code resamples} replicates; the larger part, whose
     * standard error is usually the smaller term of sqrt(se1^2 + se2^2), first gets a pilot of {@link #PILOT}
     * replicates and then only as many as make its variance estimate as precise, relative to the total, as the smaller
     * part's: the sample variance of B replicates has variance about 2 v^2 / B, so 2 v_L^2 / B_L <= 2 v_S^2 / B gives
     * B_L = B (v_L / v_S)^2, clamped to [PILOT, B] and rounded up to PILOT x 2^k (or B). A slice whose point
     * estimate is not worse than the rest's has a one-sided p-value of at least 0.5 whatever the standard error, so it
     * can never be flagged: both of its parts get only the pilot's replicates (a coarser standard error; the p-value
     * stays a valid approximation).
     */
    private static Result bootstrap(Metric<?> metric, Columns first, Resampling r1, Columns second, Resampling r2,
            double a, double b, boolean largerIsBetter) {
        if (r1.resamples() < 2) {
            return untested(Method.BOOTSTRAP_Z, a, b, "a bootstrap standard error needs at least 2 resamples");
        }
        boolean notWorse = largerIsBetter ? a >= b : a <= b;
        int resamples = notWorse ? Math.min(PILOT, r1.resamples()) : r1.resamples();
        boolean firstSmaller = first.size() <= second.size();
        double[] small = firstSmaller ? standardError(metric, first, r1.withResamples(resamples))
                : standardError(metric, second, r2.withResamples(resamples));
        double[] large = small == null ? null : largerPart(metric, firstSmaller ? second : first,
                firstSmaller ? r2 : r1, small[0], resamples);
        if (small == null || large == null) {
            return untested(null, a, b, noFastPath(metric));
        }
        double[] s1 = firstSmaller ? small : large;
        double[] s2 = firstSmaller ? large : small;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("resamples", r1.resamples());
        d.put("sliceResamples", (int) s1[2]);
        d.put("restResamples", (int) s2[2]);
        d.put("seed", r1.seed());
        d.put("resampling", r1.clusters() != null ? "cluster" : r1.stratify() ? "stratified" : "row");
        d.put("sliceStandardError", s1[0]);
        d.put("restStandardError", s2[0]);
        d.put("nanReplicates", (long) (s1[1] + s2[1]));
        if (s1[1] > MAX_UNDEFINED_SHARE * s1[2] || s2[1] > MAX_UNDEFINED_SHARE * s2[2]) {
            boolean slice = s1[1] > MAX_UNDEFINED_SHARE * s1[2];
            double[] bad = slice ? s1 : s2;
            return new Result(Method.BOOTSTRAP_Z, a, b, a - b, Double.NaN, Double.NaN, Double.NaN, d,
                    (long) bad[1] + " of " + (long) bad[2] + " bootstrap replicates of the " + (slice ? "slice"
                    : "rest of the rows") + " are undefined (NaN): no test");
        }
        double[] z = zTest(a, b, s1[0], s2[0], largerIsBetter);
        if (Double.isNaN(z[2])) {
            return new Result(Method.BOOTSTRAP_Z, a, b, a - b, z[0], Double.NaN, Double.NaN, d,
                    "the bootstrap standard errors are 0 (the metric does not vary under resampling): no test");
        }
        return new Result(Method.BOOTSTRAP_Z, a, b, a - b, z[0], z[1], z[2], d, null);
    }

    /** @return the larger part's {standard error, undefined replicates, replicates}, or null without a fast path */
    private static double[] largerPart(Metric<?> metric, Columns rows, Resampling r, double smallSe, int resamples) {
        int pilot = Math.min(PILOT, resamples);
        double[] s = standardError(metric, rows, r.withResamples(pilot));
        if (s == null || pilot == resamples) {
            return s;
        }
        double ratio = (s[0] * s[0]) / (smallSe * smallSe);
        double wanted = resamples * ratio * ratio;
        if (wanted > pilot) {
            // pilot x 2^k replicates, so that other metrics on the same rows reuse the drawn counts (CountsCache)
            int b = pilot;
            while (b < wanted && b < resamples) {
                b *= 2;
            }
            s = standardError(metric, rows, r.withResamples(Math.min(b, resamples)));
        }
        return s;
    }

    /**
     * @return {se = sqrt(se1^2 + se2^2), z = (m1 - m2) / se, one-sided p that m1 is worse}; NaN z and p when se is 0
     */
    static double[] zTest(double m1, double m2, double se1, double se2, boolean largerIsBetter) {
        double se = Math.sqrt(se1 * se1 + se2 * se2);
        if (!(se > 0)) {
            return new double[] {se, Double.NaN, Double.NaN};
        }
        double z = (m1 - m2) / se;
        return new double[] {se, z, worseP(z, largerIsBetter)};
    }

    /**
     * @return {standard error of the defined replicates, undefined replicates, replicates}, or null without a fast
     *     path
     */
    static double[] standardError(Metric<?> metric, Columns rows, Resampling r) {
        Resamplable.Replicator rep = ((Resamplable) metric).replicator(rows);
        if (rep == null) {
            return null;
        }
        double[] reps = Bootstrap.replicates(rep, Units.of(rows, r), r);
        double[] defined = Bootstrap.finiteSorted(reps);
        return new double[] {Bootstrap.standardDeviation(defined), reps.length - defined.length, reps.length};
    }
}
