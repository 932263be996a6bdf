package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.ProportionCounts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * McNemar's test on the paired per-row outcomes of a proportion metric, as statsmodels 0.13.5
 * {@code mcnemar(table, exact, correction=True)}: n01 = rows the baseline gets right and the candidate wrong, n10 the
 * reverse. Chi-square: (|n01 - n10| - 1)^2 / (n01 + n10), 1 df. Exact: min(n01, n10) with p = min(1, 2 Binom(n01 +
 * n10, 1/2).cdf(min)). Both models must have the same trials (accuracy: every row; recall: the actual positives);
 * proportions whose trials depend on the prediction (precision, npv) are rejected. No discordant pair: statistic 0,
 * p = 1 with a warning (the chi-square statistic is 0/0).
 */
final class McNemar {
    private McNemar() {
    }

    static TestResult test(String metric, byte[] baseline, byte[] candidate, boolean exact) {
        long n01 = 0;
        long n10 = 0;
        for (int i = 0; i < baseline.length; i++) {
            boolean bt = baseline[i] != ProportionCounts.NOT_A_TRIAL;
            boolean ct = candidate[i] != ProportionCounts.NOT_A_TRIAL;
            if (bt != ct) {
                throw new InvalidInputException("mcnemar does not fit metric " + metric + ": its trials differ "
                        + "between the two models (row " + i + "); use bootstrap or permutation");
            }
            if (bt && baseline[i] != candidate[i]) {
                if (baseline[i] == ProportionCounts.SUCCESS) {
                    n01++;
                } else {
                    n10++;
                }
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n01", n01);
        d.put("n10", n10);
        PairedTest method = exact ? PairedTest.MCNEMAR_EXACT : PairedTest.MCNEMAR;
        long disc = n01 + n10;
        if (disc == 0) {
            return new TestResult(method, 0.0, 1.0, Double.NaN, null, d,
                    "no discordant pairs: the models agree on every row; p set to 1");
        }
        double stat;
        double p;
        if (exact) {
            stat = Math.min(n01, n10);
            p = Math.min(1.0, BinomialDistribution.of((int) disc, 0.5).cumulativeProbability((int) stat) * 2);
        } else {
            double a = Math.abs((double) n01 - n10) - 1;
            stat = a * a / disc;
            p = ChiSquaredDistribution.of(1).survivalProbability(stat);
        }
        return new TestResult(method, stat, p, Double.NaN, null, d, null);
    }
}
