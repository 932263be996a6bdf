package dev.verdict.core.regression;

import static dev.verdict.core.regression.RegressionData.metric;
import static dev.verdict.core.regression.RegressionData.value;
import static dev.verdict.core.regression.RegressionData.xy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class RmsleMetricTest {

    @Test
    void isRootMeanSquaredLog1pDifference() {
        double d1 = Math.log1p(3) - Math.log1p(1);
        double d2 = Math.log1p(0) - Math.log1p(2);
        double expected = Math.sqrt((2 * d1 * d1 + d2 * d2) / 3);
        assertEquals(expected, value(metric("rmsle"), xy(new double[] {3, 0}, new double[] {1, 2},
                new double[] {2, 1})).value(), 1e-15);
    }

    @Test
    void negativePredictionIsRejectedNamingTheColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value(metric("rmsle"),
                xy(new double[] {1, 2}, new double[] {1, -0.5}, null)));
        assertTrue(e.getMessage().contains("yPred") && e.getMessage().contains("-0.5"), e.getMessage());
    }

    @Test
    void negativeTargetIsRejected() {
        assertThrows(InvalidInputException.class, () -> value(metric("rmsle"),
                xy(new double[] {-1}, new double[] {1}, null)));
    }

    @Test
    void negativeValuesDoNotAffectOtherMetrics() {
        assertEquals(1.5, value(metric("mae"), xy(new double[] {-1}, new double[] {0.5}, null)).value());
    }
}
