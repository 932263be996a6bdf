package dev.verdict.core.regression;

import static dev.verdict.core.regression.RegressionData.metric;
import static dev.verdict.core.regression.RegressionData.value;
import static dev.verdict.core.regression.RegressionData.xy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricValue;
import dev.verdict.core.testing.Approx;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class MomentMetricTest {

    @Test
    void basicValuesMatchHandComputation() {
        // sklearn docs example: y = [3, -0.5, 2, 7], yhat = [2.5, 0, 2, 8]
        Columns c = xy(new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0.0, 2, 8}, null);
        assertEquals(0.5, value(metric("mae"), c).value(), 1e-15);
        assertEquals(0.375, value(metric("mse"), c).value(), 1e-15);
        assertEquals(Math.sqrt(0.375), value(metric("rmse"), c).value(), 1e-15);
        assertEquals(0.9486081370449679, value(metric("r2"), c).value(), 1e-12);
        assertEquals(0.9571734475374732, value(metric("explained_variance"), c).value(), 1e-12);
        // pinball alpha 0.9: e = [0.5, -0.5, 0, -1] -> (0.45 + 0.05 + 0 + 0.1) / 4
        assertEquals(0.15, value(metric("pinball", Map.of("alpha", 0.9)), c).value(), 1e-15);
    }

    @Test
    void smapeCountsBothZeroAsZeroAndMapeUsesEpsilon() {
        Columns c = xy(new double[] {0, 0, 2}, new double[] {0, 1, 1}, null);
        // smape: 0 (0/0 rule), 2*1/1 = 2, 2*1/3
        assertEquals((0 + 2 + 2.0 / 3) / 3, value(metric("smape"), c).value(), 1e-15);
        double eps = Math.ulp(1.0);
        Approx.assertClose((0 + 1 / eps + 0.5) / 3, value(metric("mape"), c).value(), 1e-15, "mape");
    }

    @Test
    void weightsAreNormalisedByTheirSum() {
        Columns c = xy(new double[] {1, 2, 3}, new double[] {2, 2, 5}, new double[] {0.5, 2, 1.5});
        assertEquals((0.5 * 1 + 1.5 * 2) / 4.0, value(metric("mae"), c).value(), 1e-15);
        assertEquals((0.5 * 1 + 1.5 * 4) / 4.0, value(metric("mse"), c).value(), 1e-15);
    }

    @Test
    void r2WithOneRowIsNanWithWarning() {
        MetricValue v = value(metric("r2"), xy(new double[] {1}, new double[] {2}, null));
        assertTrue(Double.isNaN(v.value()));
        assertNotNull(v.warning());
    }

    @Test
    void constantTargetFollowsForceFinite() {
        double[] y = {4, 4, 4, 4};
        MetricValue imperfect = value(metric("r2"), xy(y, new double[] {4, 5, 4, 3}, null));
        assertEquals(0.0, imperfect.value());
        assertNotNull(imperfect.warning());
        MetricValue perfect = value(metric("explained_variance"), xy(y, y.clone(), null));
        assertEquals(1.0, perfect.value());
        assertNotNull(perfect.warning());
        // constant bias: the residual has zero variance, so explained variance is exactly 1 without a warning
        MetricValue bias = value(metric("explained_variance"), xy(new double[] {1, 2, 3}, new double[] {2, 3, 4},
                null));
        assertEquals(1.0, bias.value());
        assertNull(bias.warning());
    }

    @Test
    void zeroTotalWeightIsNanWithWarning() {
        MetricValue v = value(metric("mae"), xy(new double[] {1, 2}, new double[] {2, 2}, new double[] {0, 0}));
        assertTrue(Double.isNaN(v.value()));
        assertNotNull(v.warning());
    }

    @Test
    void r2AndExplainedVarianceStayAccurateWithLargeOffsets() {
        long seed = 77;
        Random rnd = new Random(seed);
        int n = 5000;
        double[] y = new double[n];
        double[] p = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1e8 + rnd.nextGaussian() * 5;
            p[i] = y[i] + rnd.nextGaussian() * 2 + 0.3;
            w[i] = 0.1 + rnd.nextDouble();
        }
        Columns c = xy(y, p, w);
        Approx.assertClose(exactR2(y, p, w), value(metric("r2"), c).value(), 1e-11, "r2 seed " + seed);
        Approx.assertClose(exactEv(y, p, w), value(metric("explained_variance"), c).value(), 1e-11, "ev");
    }

    private static BigDecimal[] weightedSpread(double[] x, double[] w) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal sw = BigDecimal.ZERO;
        BigDecimal swx = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            sw = sw.add(new BigDecimal(w[i]));
            swx = swx.add(new BigDecimal(w[i]).multiply(new BigDecimal(x[i])));
        }
        BigDecimal mean = swx.divide(sw, mc);
        BigDecimal ss = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal d = new BigDecimal(x[i]).subtract(mean);
            ss = ss.add(new BigDecimal(w[i]).multiply(d).multiply(d), mc);
        }
        return new BigDecimal[] {sw, ss};
    }

    private static double exactR2(double[] y, double[] p, double[] w) {
        BigDecimal sse = BigDecimal.ZERO;
        for (int i = 0; i < y.length; i++) {
            BigDecimal e = new BigDecimal(y[i]).subtract(new BigDecimal(p[i]));
            sse = sse.add(new BigDecimal(w[i]).multiply(e).multiply(e));
        }
        BigDecimal sst = weightedSpread(y, w)[1];
        return BigDecimal.ONE.subtract(sse.divide(sst, MathContext.DECIMAL128)).doubleValue();
    }

    private static double exactEv(double[] y, double[] p, double[] w) {
        double[] e = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            e[i] = y[i] - p[i];
        }
        BigDecimal num = weightedSpread(e, w)[1];
        BigDecimal den = weightedSpread(y, w)[1];
        return BigDecimal.ONE.subtract(num.divide(den, MathContext.DECIMAL128)).doubleValue();
    }
}
