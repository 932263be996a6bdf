package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Intervals of a proportion successes / trials, as statsmodels 0.13.5 {@code proportion_confint}:
 * <ul>
 *   <li>wilson: centre (q + z^2/2n) / (1 + z^2/n), half-width z sqrt(q(1-q)/n + z^2/4n^2) / (1 + z^2/n);</li>
 *   <li>clopper_pearson ({@code method='beta'}): [Beta.ppf(alpha/2, x, n-x+1), Beta.isf(alpha/2, x+1, n-x)], the
 *   lower bound 0 when x = 0 and the upper bound 1 when x = n.</li>
 * </ul>
 * Zero trials: NaN bounds with a warning.
 */
final class Proportions {
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Proportions() {
    }

    static Interval interval(long successes, long trials, double level, IntervalMethod method, double estimate) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("successes", successes);
        d.put("trials", trials);
        if (trials == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN, level, method, d,
                    "no trials (0/0): interval undefined");
        }
        double[] b = switch (method) {
            case WILSON -> wilson(successes, trials, level);
            case CLOPPER_PEARSON -> clopperPearson(successes, trials, level);
            default -> throw new InvalidInputException("not a proportion interval: " + method.id());
        };
        return new Interval(estimate, b[0], b[1], level, method, d, null);
    }

    static double[] wilson(long x, long n, double level) {
        double alpha = 1 - level;
        double q = (double) x / n;
        double crit = NORMAL.inverseSurvivalProbability(alpha / 2.);
        double crit2 = crit * crit;
        double denom = 1 + crit2 / n;
        double center = (q + crit2 / (2 * n)) / denom;
        double dist = crit * Math.sqrt(q * (1. - q) / n + crit2 / (4. * n * (double) n));
        dist /= denom;
        return new double[] {center - dist, center + dist};
    }

    static double[] clopperPearson(long x, long n, double level) {
        double alpha2 = (1 - level) / 2;
        double low = x == 0 ? 0.0 : BetaDistribution.of(x, n - x + 1).inverseCumulativeProbability(alpha2);
        double high = x == n ? 1.0 : BetaDistribution.of(x + 1, n - x).inverseSurvivalProbability(alpha2);
        return new double[] {low, high};
    }
}
