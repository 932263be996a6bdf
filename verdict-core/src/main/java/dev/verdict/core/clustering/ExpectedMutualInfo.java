package dev.verdict.core.clustering;

/**
 * Expected mutual information of two labellings under the permutation (hypergeometric) model, as scikit-learn
 * 1.2.1's {@code sklearn.metrics.cluster._expected_mutual_info_fast.expected_mutual_information}:
 * <pre>
 * EMI = sum_i sum_j sum_{nij = max(1, a_i + b_j - N)}^{min(a_i, b_j)}
 *         nij/N * log(N nij / (a_i b_j))
 *         * a_i! b_j! (N - a_i)! (N - b_j)! / (N! nij! (a_i - nij)! (b_j - nij)! (N - a_i - b_j + nij)!)
 * </pre>
 * with the factorial ratio evaluated as {@code exp} of a sum of log-gamma values (same loop order and term grouping
 * as the reference). 0 when either labelling has a single group.
 */
final class ExpectedMutualInfo {
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

    private ExpectedMutualInfo() {
    }

    /**
     * @param a rows per true class
     * @param b rows per cluster
     * @param n total rows
     * @return the expected mutual information (natural log)
     */
    static double of(long[] a, long[] b, long n) {
        if (a.length == 1 || b.length == 1) {
            return 0.0;
        }
        double bigN = n;
        int maxNij = (int) Math.max(max(a), max(b));
        double[] logNnij = new double[maxNij + 1];
        double[] glnNij = new double[maxNij + 1];
        for (int k = 1; k <= maxNij; k++) {
            logNnij[k] = Math.log(bigN) + Math.log(k);
            glnNij[k] = lnGamma(k + 1.0);
        }
        double glnN = lnGamma(bigN + 1.0);
        double emi = 0.0;
        for (long ai : a) {
            double logA = Math.log(ai);
            double glnA = lnGamma(ai + 1.0);
            double glnNa = lnGamma(bigN - ai + 1.0);
            for (long bj : b) {
                double logB = Math.log(bj);
                double fixed = glnA + lnGamma(bj + 1.0) + glnNa + lnGamma(bigN - bj + 1.0);
                long start = Math.max(1L, ai - n + bj);
                long end = Math.min(ai, bj);
                for (long nij = start; nij <= end; nij++) {
                    int k = (int) nij;
                    double term2 = logNnij[k] - logA - logB;
                    double gln = fixed - glnN - glnNij[k] - lnGamma(ai - nij + 1.0) - lnGamma(bj - nij + 1.0)
                            - lnGamma(bigN - ai - bj + nij + 1.0);
                    emi += (nij / bigN) * term2 * Math.exp(gln);
                }
            }
        }
        return emi;
    }

    /**
     * Natural log of the gamma function for {@code x >= 1}, accurate to a few ulp: shifted to {@code x >= 16} by the
     * recurrence, then Stirling's series to the {@code x^-9} term.
     */
    static double lnGamma(double x) {
        double shift = 0.0;
        double prod = 1.0;
        while (x < 16.0) {
            prod *= x;
            x += 1.0;
        }
        if (prod != 1.0) {
            shift = Math.log(prod);
        }
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
    }

    private static long max(long[] v) {
        long m = 0;
        for (long x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
