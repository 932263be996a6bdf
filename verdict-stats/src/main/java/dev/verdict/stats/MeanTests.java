package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Tests and intervals on per-row values: the t-interval of a mean (scipy.stats.t.interval(level, n-1, mean, sem)),
 * the paired t-test (scipy.stats.ttest_rel, with its confidence_interval) and the Wilcoxon signed-rank test
 * (scipy.stats.wilcoxon with its defaults in scipy 1.10: zero_method='wilcox', correction=False, mode='auto').
 */
final class MeanTests {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private MeanTests() {
    }

    /** t-interval of the mean; needs at least 2 values. */
    static Interval tInterval(double[] v, double level) {
        if (v.length < 2) {
            throw new InvalidInputException("a t-interval needs at least 2 rows, got " + v.length);
        }
        double mean = mean(v);
        double sem = Math.sqrt(variance(v, mean) / v.length);
        double crit = TDistribution.of(v.length - 1).inverseSurvivalProbability((1 - level) / 2);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("standardError", sem);
        d.put("rows", v.length);
        return new Interval(mean, mean - crit * sem, mean + crit * sem, level, IntervalMethod.T, d,
                sem == 0 ? "per-row values have zero variance: zero-width interval" : null);
    }

    /** ttest_rel(candidate, baseline): statistic, two-sided p, and the t-interval of the mean difference. */
    static TestResult pairedT(double[] candidate, double[] baseline, double level, double metricDifference) {
        double[] d = differences(candidate, baseline);
        if (d.length < 2) {
            throw new InvalidInputException("paired_t needs at least 2 rows, got " + d.length);
        }
        double mean = mean(d);
        double sem = Math.sqrt(variance(d, mean) / d.length);
        int df = d.length - 1;
        TDistribution t = TDistribution.of(df);
        double stat = mean / sem;
        double p;
        String warning = null;
        if (sem == 0) {
            stat = mean == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, mean);
            p = mean == 0 ? 1.0 : 0.0;
            warning = mean == 0 ? "per-row differences are all 0: no difference, p set to 1"
                    : "per-row differences are constant (zero variance): infinite t, p = 0";
        } else {
            p = 2 * t.survivalProbability(Math.abs(stat));
        }
        double crit = t.inverseSurvivalProbability((1 - level) / 2);
        Map<String, Object> det = new LinkedHashMap<>();
        det.put("standardError", sem);
        det.put("df", df);
        Interval ci = new Interval(mean, mean - crit * sem, mean + crit * sem, level, IntervalMethod.T, det, null);
        Map<String, Object> td = new LinkedHashMap<>();
        td.put("meanDifference", mean);
        return new TestResult(PairedTest.PAIRED_T, stat, p, metricDifference, ci, td, warning);
    }

    /**
     * scipy.stats.wilcoxon(candidate, baseline): differences d; mode exact when n <= 50 and no zero difference,
     * else the normal approximation after dropping zeros with the tie correction of the variance. Exact mode uses the
     * integer part of R+ as scipy 1.10 does. All differences zero: statistic 0, p 1, with a warning (scipy raises).
     *
     * @return {statistic, pValue, exact ? 1 : 0}
     */
    static double[] wilcoxon(double[] candidate, double[] baseline) {
        double[] d = differences(candidate, baseline);
        if (d.length == 0) {
            throw new InvalidInputException("wilcoxon needs at least 1 row");
        }
        int zeros = 0;
        for (double x : d) {
            zeros += x == 0 ? 1 : 0;
        }
        if (zeros == d.length) {
            return new double[] {0.0, 1.0, 0, 1};
        }
        boolean exact = d.length <= 50 && zeros == 0;
        double[] nz = new double[d.length - zeros];
        int k = 0;
        for (double x : d) {
            if (x != 0) {
                nz[k++] = x;
            }
        }
        double[] abs = new double[nz.length];
        for (int i = 0; i < nz.length; i++) {
            abs[i] = Math.abs(nz[i]);
        }
        double[] rank = midranks(abs);
        double rPlus = 0;
        double rMinus = 0;
        for (int i = 0; i < nz.length; i++) {
            if (nz[i] > 0) {
                rPlus += rank[i];
            } else {
                rMinus += rank[i];
            }
        }
        double stat = Math.min(rPlus, rMinus);
        int n = nz.length;
        if (exact) {
            return new double[] {stat, exactP(n, (int) rPlus), 1, 0};
        }
        double mn = n * (n + 1.) * 0.25;
        double se = n * (n + 1.) * (2. * n + 1.);
        se -= 0.5 * tieTerm(abs);
        se = Math.sqrt(se / 24);
        double z = (stat - mn) / se;
        return new double[] {stat, 2. * NORMAL.survivalProbability(Math.abs(z)), 0, 0};
    }

    private static double exactP(int n, int rPlus) {
        double[] pmf = signedRankPmf(n);
        if (rPlus == (pmf.length - 1) / 2) {
            return 1.0;
        }
        double less = 0;
        for (int i = 0; i <= rPlus; i++) {
            less += pmf[i];
        }
        double greater = 0;
        for (int i = rPlus; i < pmf.length; i++) {
            greater += pmf[i];
        }
        return Math.min(1.0, Math.max(0.0, 2 * Math.min(greater, less)));
    }

    /** Distribution of R+ under H0 for n untied non-zero differences (subset-sum counts / 2^n). */
    static double[] signedRankPmf(int n) {
        int max = n * (n + 1) / 2;
        double[] c = new double[max + 1];
        c[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = k * (k + 1) / 2; s >= k; s--) {
                c[s] += c[s - k];
            }
        }
        double total = Math.pow(2, n);
        for (int s = 0; s <= max; s++) {
            c[s] /= total;
        }
        return c;
    }

    /** sum over tie groups of t (t^2 - 1). */
    private static double tieTerm(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j < s.length && s[j] == s[i]) {
                j++;
            }
            double t = j - i;
            if (t > 1) {
                sum += t * (t * t - 1);
            }
            i = j;
        }
        return sum;
    }

    /** @return 1-based average ranks (scipy rankdata 'average') */
    static double[] midranks(double[] v) {
        int n = v.length;
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = lowerBound(sorted, v[i]);
            int hi = lo;
            while (hi < n && sorted[hi] == v[i]) {
                hi++;
            }
            r[i] = (lo + 1 + hi) / 2.0;
        }
        return r;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static double[] differences(double[] candidate, double[] baseline) {
        if (candidate.length != baseline.length) {
            throw new InvalidInputException("paired rows differ in number: candidate " + candidate.length
                    + ", baseline " + baseline.length);
        }
        double[] d = new double[candidate.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = candidate[i] - baseline[i];
        }
        return d;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double variance(double[] v, double mean) {
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (v.length - 1);
    }
}
