package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Paired comparisons, candidate minus baseline: the public entry point for {@code verdict compare}. The caller joins
 * the two models' rows on id: row {@code i} of {@code baseline} and of {@code candidate} is the same example (same
 * truth columns, checked), only the predictions differ.
 *
 * <p>{@link PairedTest#AUTO}: delong for binary roc_auc, mcnemar for accuracy, paired_t for other means of per-row
 * values, else the paired bootstrap; with clustered resampling always the (clustered) paired bootstrap, since the
 * analytic tests assume independent rows. The difference interval comes from the test where the test has one
 * (delong, paired_t), else from the paired bootstrap (BCa, with {@code resampling}).
 */
public final class PairedComparisons {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private PairedComparisons() {
    }

    /**
     * @param metric a configured metric
     * @param baseline the baseline's rows
     * @param candidate the candidate's rows, aligned with {@code baseline}
     * @param test the test, or AUTO
     * @param level confidence level of the difference interval
     * @param resampling bootstrap / permutation settings
     * @return the test result with the difference and its interval
     * @throws InvalidInputException when the test does not fit the metric, the rows are not aligned, or too few
     */
    public static TestResult compare(Metric<?> metric, Columns baseline, Columns candidate, PairedTest test,
            double level, Resampling resampling) {
        ConfidenceIntervals.checkLevel(level);
        requireSameLabels(baseline, candidate);
        if (baseline.size() < 2) {
            throw new InvalidInputException("a paired comparison needs at least 2 rows, got " + baseline.size());
        }
        PairedTest t = test == PairedTest.AUTO ? auto(metric, baseline, resampling) : test;
        double base = Replicators.value(metric, baseline);
        double cand = Replicators.value(metric, candidate);
        double diff = cand - base;
        TestResult r = switch (t) {
            case DELONG -> {
                ConfidenceIntervals.requireRocAuc(metric, "test delong");
                yield DeLong.pairedTest(baseline, candidate, level);
            }
            case PAIRED_T -> MeanTests.pairedT(perRow(metric, "paired_t", candidate),
                    perRow(metric, "paired_t", baseline), level, diff);
            case WILCOXON -> wilcoxon(metric, baseline, candidate, level, resampling, diff);
            case MCNEMAR, MCNEMAR_EXACT -> {
                ProportionCounts p = ConfidenceIntervals.proportion(metric, "test " + t.id());
                TestResult m = McNemar.test(metric.name(), p.outcomes(baseline), p.outcomes(candidate),
                        t == PairedTest.MCNEMAR_EXACT);
                yield withDifference(m, diff, bootstrapDifference(metric, baseline, candidate, level, resampling,
                        diff));
            }
            case BOOTSTRAP -> bootstrapTest(metric, baseline, candidate, level, resampling, diff);
            case PERMUTATION -> Permutation.test(metric, baseline, candidate, resampling, diff,
                    bootstrapDifference(metric, baseline, candidate, level, resampling, diff));
            case AUTO -> throw new IllegalStateException();
        };
        Map<String, Object> d = new LinkedHashMap<>(r.detail());
        d.put("baseline", base);
        d.put("candidate", cand);
        return new TestResult(r.method(), r.statistic(), r.pValue(), r.difference(), r.interval(), d, r.warning());
    }

    /** @return the test AUTO resolves to */
    public static PairedTest auto(Metric<?> metric, Columns rows, Resampling r) {
        if ((r != null && r.clusters() != null) || ConfidenceIntervals.weighted(rows)) {
            return PairedTest.BOOTSTRAP;
        }
        if (ConfidenceIntervals.isRocAuc(metric)) {
            return PairedTest.DELONG;
        }
        if (metric.name().equals("accuracy") && metric instanceof ProportionCounts) {
            return PairedTest.MCNEMAR;
        }
        if (metric instanceof dev.verdict.core.PerRowValues) {
            return PairedTest.PAIRED_T;
        }
        return PairedTest.BOOTSTRAP;
    }

    private static double[] perRow(Metric<?> metric, String test, Columns rows) {
        return ConfidenceIntervals.perRow(metric, "test " + test).perRowValues(rows);
    }

    private static TestResult wilcoxon(Metric<?> metric, Columns baseline, Columns candidate, double level,
            Resampling r, double diff) {
        double[] w = MeanTests.wilcoxon(perRow(metric, "wilcoxon", candidate), perRow(metric, "wilcoxon", baseline));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", w[2] == 1 ? "exact" : "approx");
        Interval ci = bootstrapDifference(metric, baseline, candidate, level, r, diff);
        return new TestResult(PairedTest.WILCOXON, w[0], w[1], diff, ci, d,
                w[3] == 1 ? "per-row differences are all 0: statistic 0, p set to 1" : null);
    }

    private static TestResult withDifference(TestResult t, double diff, Interval ci) {
        return new TestResult(t.method(), t.statistic(), t.pValue(), diff, ci, t.detail(), t.warning());
    }

    /** The replicator of candidate minus baseline under the same counts. */
    private static Resamplable.Replicator difference(Resamplable.Replicator base, Resamplable.Replicator cand) {
        return new Resamplable.Replicator() {
            @Override
            public double value(int[] counts) {
                return cand.value(counts) - base.value(counts);
            }

            @Override
            public Resamplable.Replicator fork() {
                return difference(base.fork(), cand.fork());
            }
        };
    }

    static Interval bootstrapDifference(Metric<?> metric, Columns baseline, Columns candidate, double level,
            Resampling r, double diff) {
        Units units = Units.of(baseline, r);
        Resamplable.Replicator rep = difference(Replicators.of(metric, baseline, units),
                Replicators.of(metric, candidate, units));
        return Bootstrap.interval(diff, rep, units, r, IntervalMethod.BCA, level, Replicators.fast(metric));
    }

    /**
     * Paired bootstrap test: replicates d*_b of the difference under shared counts (Efron and Tibshirani 1993,
     * ch. 16). Two-sided p-value from the bootstrap standard error (normal approximation): z = d / se_boot, p =
     * 2 Phi(-|z|), se_boot the standard deviation of the B' defined replicates. Unlike the count of replicates beyond
     * |d| (the shifted-distribution p-value (1 + #{|d*_b - d| >= |d|}) / (B' + 1), reported as
     * {@code detail.monteCarloPValue}), it is not floored at 1 / (B' + 1), so a clear difference stays significant
     * after a multiple-testing correction over many comparisons. se_boot = 0: p = 1 when d = 0, else 0, with a
     * warning. The interval is the BCa interval of the same replicates.
     */
    private static TestResult bootstrapTest(Metric<?> metric, Columns baseline, Columns candidate, double level,
            Resampling r, double diff) {
        Units units = Units.of(baseline, r);
        Resamplable.Replicator rep = difference(Replicators.of(metric, baseline, units),
                Replicators.of(metric, candidate, units));
        double[] reps = Bootstrap.replicates(rep, units, r);
        double[] sorted = Bootstrap.finiteSorted(reps);
        Interval ci = Bootstrap.fromReplicates(diff, reps, rep, units, r, IntervalMethod.BCA, level,
                Replicators.fast(metric));
        double[] p = bootstrapPValue(diff, sorted);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("resamples", r.resamples());
        d.put("pValueMethod", "normal approximation: 2 Phi(-|d| / se_boot)");
        d.put("standardError", p[2]);
        d.put("z", p[1]);
        d.put("monteCarloPValue", p[3]);
        String warning = p[2] == 0 && diff != 0
                ? "every bootstrap replicate of the difference is equal (se_boot = 0): p set to 0" : null;
        return new TestResult(PairedTest.BOOTSTRAP, diff, p[0], diff, ci, d, Bootstrap.join(ci.warning(), warning));
    }

    /**
     * @param diff the observed difference
     * @param sorted the defined replicates of the difference
     * @return {p (normal approximation), z, se_boot, Monte-Carlo shifted p}; NaN when fewer than 2 defined replicates
     *     or the difference is undefined
     */
    static double[] bootstrapPValue(double diff, double[] sorted) {
        double se = Bootstrap.standardDeviation(sorted);
        if (Double.isNaN(diff) || Double.isNaN(se)) {
            return new double[] {Double.NaN, Double.NaN, se, Double.NaN};
        }
        int extreme = 0;
        for (double x : sorted) {
            extreme += Math.abs(x - diff) >= Math.abs(diff) ? 1 : 0;
        }
        double monteCarlo = (1.0 + extreme) / (sorted.length + 1.0);
        if (se == 0) {
            return new double[] {diff == 0 ? 1.0 : 0.0, diff == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY,
                    diff), se, monteCarlo};
        }
        double z = diff / se;
        return new double[] {2 * NORMAL.cumulativeProbability(-Math.abs(z)), z, se, monteCarlo};
    }

    /** Throws unless both batches have the same rows count and equal truth columns. */
    static void requireSameLabels(Columns a, Columns b) {
        if (a.size() != b.size()) {
            throw new InvalidInputException("paired rows differ in number: baseline " + a.size() + ", candidate "
                    + b.size() + " (join the rows on id first)");
        }
        int[] la = a.label();
        int[] lb = b.label();
        if (la != null && lb != null) {
            for (int i = 0; i < la.length; i++) {
                if (la[i] != lb[i]) {
                    throw new InvalidInputException("paired rows are not aligned: label differs at row " + i);
                }
            }
        }
        double[] ya = a.yTrue();
        double[] yb = b.yTrue();
        if (ya != null && yb != null) {
            for (int i = 0; i < ya.length; i++) {
                if (Double.compare(ya[i], yb[i]) != 0) {
                    throw new InvalidInputException("paired rows are not aligned: yTrue differs at row " + i);
                }
            }
        }
    }
}
