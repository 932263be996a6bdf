package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.stats.IndependentComparisons.Method;
import dev.verdict.stats.IndependentComparisons.Result;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The analytic two-sample tests of {@link IndependentComparisons}: Welch's t-test on per-row values and DeLong's test
 * of two independent ROC AUCs. Both one-sided, "the first sample is worse".
 */
final class TwoSampleTests {
    private TwoSampleTests() {
    }

    /**
     * Welch's t-test, as {@code scipy.stats.ttest_ind(x1, x2, equal_var=False, alternative="less")} when larger is
     * better ({@code "greater"} otherwise), scipy 1.10: t = (mean1 - mean2) / sqrt(v1/n1 + v2/n2) with sample
     * variances (ddof 1), Welch-Satterthwaite degrees of freedom df = (v1/n1 + v2/n2)^2 / ((v1/n1)^2/(n1 - 1) +
     * (v2/n2)^2/(n2 - 1)), p from Student's t with df.
     *
     * @param x1 per-row values of the first sample
     * @param x2 per-row values of the second sample
     * @param value1 the metric on the first sample (the mean of {@code x1})
     * @param value2 the metric on the second sample
     */
    static Result welch(double[] x1, double[] x2, double value1, double value2, boolean largerIsBetter) {
        if (x1.length < 2 || x2.length < 2) {
            return IndependentComparisons.untested(Method.WELCH_T, value1, value2, "Welch's t-test needs at least 2 "
                    + "rows in the slice and in the rest, got " + x1.length + " and " + x2.length);
        }
        double m1 = MeanTests.mean(x1);
        double m2 = MeanTests.mean(x2);
        double q1 = MeanTests.variance(x1, m1) / x1.length;
        double q2 = MeanTests.variance(x2, m2) / x2.length;
        double se = Math.sqrt(q1 + q2);
        if (!(se > 0)) {
            return IndependentComparisons.untested(Method.WELCH_T, value1, value2,
                    "per-row values have zero variance in the slice and in the rest: no test");
        }
        double df = (q1 + q2) * (q1 + q2) / (q1 * q1 / (x1.length - 1) + q2 * q2 / (x2.length - 1));
        double t = (m1 - m2) / se;
        TDistribution dist = TDistribution.of(df);
        double p = largerIsBetter ? dist.cumulativeProbability(t) : dist.survivalProbability(t);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("df", df);
        d.put("sliceStandardError", Math.sqrt(q1));
        d.put("restStandardError", Math.sqrt(q2));
        return new Result(Method.WELCH_T, value1, value2, value1 - value2, se, t, p, d, null);
    }

    /**
     * DeLong's test of two independent ROC curves, as R pROC 1.18 {@code roc.test(roc1, roc2, method="delong",
     * paired=FALSE, alternative="less")} ({@code "greater"} when smaller is better): each AUC's DeLong variance
     * V = var(V10)/m + var(V01)/n from its own placements ({@link DeLong#placements}), D = (AUC1 - AUC2) / sqrt(V1 +
     * V2), and, as pROC, the p-value from Student's t with df = (V1 + V2)^2 / (V1^2/(N1 - 1) + V2^2/(N2 - 1)), N the
     * rows of each sample (for samples of hundreds of rows this is the standard normal). Needs at least 2 positives
     * and 2 negatives in each sample, unweighted rows.
     *
     * @param value1 the metric on the first sample
     * @param value2 the metric on the second sample
     */
    static Result delong(Columns first, Columns second, double value1, double value2, boolean largerIsBetter) {
        DeLong.Placements p1;
        DeLong.Placements p2;
        try {
            p1 = DeLong.placements(first);
            p2 = DeLong.placements(second);
        } catch (InvalidInputException e) {
            return IndependentComparisons.untested(Method.DELONG, value1, value2, e.getMessage());
        }
        double v1 = DeLong.variance(p1);
        double v2 = DeLong.variance(p2);
        double se = Math.sqrt(v1 + v2);
        if (!(se > 0)) {
            return IndependentComparisons.untested(Method.DELONG, value1, value2,
                    "the DeLong variances are 0 (perfectly separated or constant scores in both parts): no test");
        }
        double d = (p1.theta() - p2.theta()) / se;
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (first.size() - 1) + v2 * v2 / (second.size() - 1));
        TDistribution t = TDistribution.of(df);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("df", df);
        detail.put("sliceStandardError", Math.sqrt(v1));
        detail.put("restStandardError", Math.sqrt(v2));
        return new Result(Method.DELONG, value1, value2, value1 - value2, se, d,
                largerIsBetter ? t.cumulativeProbability(d) : t.survivalProbability(d), detail, null);
    }
}
