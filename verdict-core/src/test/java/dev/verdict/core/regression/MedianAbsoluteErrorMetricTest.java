package dev.verdict.core.regression;

import static dev.verdict.core.regression.RegressionData.metric;
import static dev.verdict.core.regression.RegressionData.value;
import static dev.verdict.core.regression.RegressionData.xy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.MetricValue;
import org.junit.jupiter.api.Test;

final class MedianAbsoluteErrorMetricTest {
    private static final double[] Y = {0, 0, 0, 0};
    private static final double[] P = {1, 4, 2, 3};

    @Test
    void withoutWeightsAnEvenCountAveragesTheTwoMiddleErrors() {
        assertEquals(2.5, value(metric("median_absolute_error"), xy(Y, P, null)).value());
    }

    @Test
    void aUnitWeightColumnSwitchesToTheLowerWeightedMedianAsSklearnDoes() {
        // _weighted_percentile: cdf [1, 2, 3, 4], target 2 -> first cdf >= 2 is the 2nd sorted error
        assertEquals(2.0, value(metric("median_absolute_error"), xy(Y, P, new double[] {1, 1, 1, 1})).value());
    }

    @Test
    void weightedMedianTakesFirstErrorWhoseCumulativeWeightReachesHalf() {
        // sorted errors 1, 2, 3, 4 with weights 0.5, 0.2, 3, 0.3: total 4, target 2 -> cdf 0.5, 0.7, 3.7 -> 3
        MetricValue v = value(metric("median_absolute_error"), xy(Y, P, new double[] {0.5, 0.3, 0.2, 3}));
        assertEquals(3.0, v.value());
    }

    @Test
    void leadingZeroWeightsAreSkipped() {
        assertEquals(3.0, value(metric("median_absolute_error"), xy(Y, P, new double[] {0, 0, 0, 1})).value());
    }

    @Test
    void integerWeightsDifferFromDuplicationWhenTheTotalIsEven() {
        // documented sklearn behaviour: weights {1, 1} pick the lower error, duplication averages both
        double[] y = {0, 0};
        double[] p = {1, 2};
        assertEquals(1.0, value(metric("median_absolute_error"), xy(y, p, new double[] {1, 1})).value());
        assertEquals(1.5, value(metric("median_absolute_error"), xy(y, p, null)).value());
    }

    @Test
    void zeroTotalWeightIsNanWithWarning() {
        MetricValue v = value(metric("median_absolute_error"), xy(Y, P, new double[4]));
        assertTrue(Double.isNaN(v.value()));
        assertNotNull(v.warning());
    }
}
