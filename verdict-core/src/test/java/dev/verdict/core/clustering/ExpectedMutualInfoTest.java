package dev.verdict.core.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class ExpectedMutualInfoTest {

    @Test
    void lnGammaMatchesLogFactorials() {
        double logFactorial = 0.0;
        for (int n = 1; n <= 3000; n++) {
            assertEquals(logFactorial, ExpectedMutualInfo.lnGamma(n), 1e-13 * Math.max(1.0, logFactorial), "n=" + n);
            logFactorial += Math.log(n);
        }
        assertEquals(0.5 * Math.log(Math.PI), ExpectedMutualInfo.lnGamma(0.5 + 1.0) - Math.log(0.5), 1e-14);
    }

    @Test
    void singleGroupHasZeroExpectation() {
        assertEquals(0.0, ExpectedMutualInfo.of(new long[] {5}, new long[] {2, 3}, 5));
    }

    @Test
    void matchesBruteForceOverAllAssignments() {
        // labels true = {0,0,1,1}, clusters sizes {2,2}: average MI over all 4!/(2!2!) = 6 distinct cluster layouts.
        long[] a = {2, 2};
        long[] b = {2, 2};
        int[][] layouts = {{0, 0, 1, 1}, {0, 1, 0, 1}, {0, 1, 1, 0}, {1, 0, 0, 1}, {1, 0, 1, 0}, {1, 1, 0, 0}};
        double sum = 0.0;
        for (int[] k : layouts) {
            sum += mutualInformation(new int[] {0, 0, 1, 1}, k);
        }
        assertEquals(sum / layouts.length, ExpectedMutualInfo.of(a, b, 4), 1e-14);
    }

    private static double mutualInformation(int[] t, int[] c) {
        double[][] p = new double[2][2];
        for (int i = 0; i < t.length; i++) {
            p[t[i]][c[i]] += 1.0 / t.length;
        }
        double mi = 0.0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (p[i][j] > 0) {
                    mi += p[i][j] * Math.log(p[i][j] / ((p[i][0] + p[i][1]) * (p[0][j] + p[1][j])));
                }
            }
        }
        return mi;
    }
}
