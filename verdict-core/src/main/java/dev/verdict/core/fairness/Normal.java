package dev.verdict.core.fairness;

/**
 * The standard normal distribution's tails, to about 1e-14 relative: {@code erfc} by the positive-term series
 * {@code erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1 3 5 ... (2n+1))} below 2, and by its continued fraction
 * (modified Lentz) from 2 on, where the series would lose digits to cancellation.
 */
final class Normal {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    private Normal() {
    }

    /** @return P(Z <= z), as scipy.stats.norm.cdf */
    static double cdf(double z) {
        return 0.5 * erfc(-z / SQRT2);
    }

    /** @return P(Z > z), as scipy.stats.norm.sf */
    static double sf(double z) {
        return 0.5 * erfc(z / SQRT2);
    }

    /** @return the complementary error function */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2.0 - erfc(-x);
        }
        if (x < 2.0) {
            return 1.0 - erfSeries(x);
        }
        return erfcFraction(x);
    }

    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2.0 / SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))). */
    private static double erfcFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / SQRT_PI / f;
    }
}
