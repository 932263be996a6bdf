package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * DeLong's variance of the ROC AUC, by structural components (placements) computed from sorted scores with binary
 * searches (O(n log n), the midrank formulation of Sun and Xu 2014): the placement of a positive is the share of
 * negatives scored below it plus half the share tied with it; the placement of a negative is the share of positives
 * scored above it plus half the tied share. AUC = mean positive placement. Matches R pROC 1.18
 * ({@code ci.auc(method="delong")}, {@code roc.test(method="delong", paired=TRUE)}) with {@code direction="<"}
 * (higher score = positive). Unweighted only; needs at least 2 positives and 2 negatives.
 */
final class DeLong {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** Placements of one model. */
    record Placements(double theta, double[] x, double[] y) {
    }

    private DeLong() {
    }

    /** @return the placements of positives ({@code x}) and negatives ({@code y}) of the binary rows */
    static Placements placements(Columns rows) {
        int[] label = rows.label();
        double[] score = rows.score();
        if (label == null || score == null) {
            throw new InvalidInputException("delong needs a binary label column (data.label) and a score column "
                    + "(data.score)");
        }
        checkUnweighted(rows);
        int m = 0;
        for (int i = 0; i < label.length; i++) {
            if (label[i] != 0 && label[i] != 1) {
                throw new InvalidInputException("delong needs binary labels 0/1, got " + label[i] + " at row " + i);
            }
            if (!Double.isFinite(score[i])) {
                throw new InvalidInputException("column score must be finite, got " + score[i] + " at row " + i);
            }
            m += label[i];
        }
        int n = label.length - m;
        if (m < 2 || n < 2) {
            throw new InvalidInputException("delong needs at least 2 positive and 2 negative rows, got " + m
                    + " positive and " + n + " negative");
        }
        double[] pos = new double[m];
        double[] neg = new double[n];
        int p = 0;
        int q = 0;
        for (int i = 0; i < label.length; i++) {
            if (label[i] == 1) {
                pos[p++] = score[i] + 0.0;
            } else {
                neg[q++] = score[i] + 0.0;
            }
        }
        double[] sortedPos = pos.clone();
        double[] sortedNeg = neg.clone();
        Arrays.sort(sortedPos);
        Arrays.sort(sortedNeg);
        double[] x = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            x[i] = halfRank(sortedNeg, pos[i]) / n;
            sum += x[i];
        }
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            y[j] = 1.0 - halfRank(sortedPos, neg[j]) / m;
        }
        return new Placements(sum / m, x, y);
    }

    /** @return count of values below v plus half the count equal to v */
    private static double halfRank(double[] sorted, double v) {
        int lo = lowerBound(sorted, v);
        int hi = lo;
        while (hi < sorted.length && sorted[hi] == v) {
            hi++;
        }
        return (lo + hi) / 2.0;
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

    private static void checkUnweighted(Columns rows) {
        if (rows.weight() != null) {
            for (double w : rows.weight()) {
                if (w != 1.0) {
                    throw new InvalidInputException("delong does not take sample weights (got weight " + w
                            + "); use a bootstrap method");
                }
            }
        }
    }

    /** @return DeLong's variance of one AUC, var(V10)/m + var(V01)/n (pROC {@code var(roc, method="delong")}) */
    static double variance(Placements v) {
        return cov(v.x, v.theta, v.x, v.theta) / v.x.length + cov(v.y, v.theta, v.y, v.theta) / v.y.length;
    }

    /** pROC ci.auc(method="delong"): theta +- z sd, clipped to [0, 1]. */
    static Interval interval(Columns rows, double level) {
        Placements v = placements(rows);
        double sd = Math.sqrt(variance(v));
        double z = NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("standardError", sd);
        d.put("positives", v.x.length);
        d.put("negatives", v.y.length);
        double low = Math.max(0, Math.min(1, v.theta - z * sd));
        double high = Math.max(0, Math.min(1, v.theta + z * sd));
        return new Interval(v.theta, low, high, level, IntervalMethod.DELONG, d,
                sd == 0 ? "DeLong variance is 0 (perfectly separated or constant scores): zero-width interval" : null);
    }

    private static double cov(double[] a, double ma, double[] b, double mb) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }

    /** pROC roc.test(candidate, baseline, method="delong", paired=TRUE): z, p and the CI of the difference. */
    static TestResult pairedTest(Columns baseline, Columns candidate, double level) {
        Placements r = placements(candidate);
        Placements s = placements(baseline);
        PairedComparisons.requireSameLabels(baseline, candidate);
        int m = r.x.length;
        int n = r.y.length;
        double sx = cov(r.x, r.theta, r.x, r.theta) + cov(s.x, s.theta, s.x, s.theta)
                - 2 * cov(r.x, r.theta, s.x, s.theta);
        double sy = cov(r.y, r.theta, r.y, r.theta) + cov(s.y, s.theta, s.y, s.theta)
                - 2 * cov(r.y, r.theta, s.y, s.theta);
        double sig = Math.sqrt(sx / m + sy / n);
        double diff = r.theta - s.theta;
        double zs = diff / sig;
        String warning = null;
        if (Double.isNaN(zs) && diff == 0 && sig == 0) {
            zs = 0;
            warning = "DeLong variance of the difference is 0 and the AUCs are equal: z set to 0";
        } else if (sig == 0) {
            warning = "DeLong variance of the difference is 0: infinite z";
        }
        double p = 2 * NORMAL.cumulativeProbability(-Math.abs(zs));
        double crit = NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("standardError", sig);
        Interval ci = new Interval(diff, diff - crit * sig, diff + crit * sig, level, IntervalMethod.DELONG, d, null);
        Map<String, Object> td = new LinkedHashMap<>();
        td.put("baseline", s.theta);
        td.put("candidate", r.theta);
        return new TestResult(PairedTest.DELONG, zs, p, diff, ci, td, warning);
    }
}
