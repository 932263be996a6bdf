package dev.verdict.core.regression;

import static dev.verdict.core.regression.RegressionData.metric;
import static dev.verdict.core.regression.RegressionData.value;
import static dev.verdict.core.regression.RegressionData.xy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class MaxErrorMetricTest {

    @Test
    void isTheLargestAbsoluteResidual() {
        assertEquals(5.5, value(metric("max_error"), xy(new double[] {3, 2, -7, 1}, new double[] {4, 2, -1.5, 1},
                null)).value());
    }

    @Test
    void rejectsAWeightColumnLikeSklearn() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value(metric("max_error"),
                xy(new double[] {1}, new double[] {2}, new double[] {1})));
        assertTrue(e.getMessage().contains("max_error") && e.getMessage().contains("weight"), e.getMessage());
    }

    @Test
    void rejectsNonFiniteValues() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value(metric("max_error"),
                xy(new double[] {1, Double.NaN}, new double[] {2, 2}, null)));
        assertTrue(e.getMessage().contains("yTrue"), e.getMessage());
    }
}
