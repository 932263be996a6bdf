package dev.verdict.core.fairness;

import dev.verdict.core.testing.Approx;
import org.junit.jupiter.api.Test;

final class NormalTest {
    /** {z, scipy.stats.norm.cdf(z), scipy.stats.norm.sf(z)} from scipy 1.10.1. */
    private static final double[][] SCIPY = {
        {-8.5, 9.47953482220325e-18, 1.0},
        {-3.1, 0.0009676032132183563, 0.9990323967867817},
        {-1.7, 0.04456546275854304, 0.955434537241457},
        {-0.2, 0.42074029056089696, 0.579259709439103},
        {0.0, 0.5, 0.5},
        {0.4, 0.6554217416103242, 0.3445782583896758},
        {1.4142, 0.9213484060057744, 0.07865159399422555},
        {1.96, 0.9750021048517795, 0.024997895148220435},
        {2.9, 0.998134186699616, 0.0018658133003840375},
        {5.0, 0.9999997133484281, 2.866515718791933e-07},
        {9.0, 1.0, 1.1285884059538324e-19},
        {20.0, 1.0, 2.7536241186061556e-89},
    };

    @Test
    void tailsMatchScipyIncludingFarTails() {
        for (double[] r : SCIPY) {
            Approx.assertClose(r[1], Normal.cdf(r[0]), 1e-13, "cdf(" + r[0] + ")");
            Approx.assertClose(r[2], Normal.sf(r[0]), 1e-13, "sf(" + r[0] + ")");
        }
    }

    @Test
    void nanPropagates() {
        org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(Normal.cdf(Double.NaN)));
    }
}
