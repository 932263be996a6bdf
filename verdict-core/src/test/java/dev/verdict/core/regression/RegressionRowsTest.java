package dev.verdict.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class RegressionRowsTest {
    @Test
    void negativeWeightIsRejectedNamingTheColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegressionRows.weight(
                RegressionData.xy(new double[] {1}, new double[] {1}, new double[] {-2}), 0));
        assertTrue(e.getMessage().contains("weight") && e.getMessage().contains("-2"), e.getMessage());
    }

    @Test
    void missingPredictionIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegressionRows.requireTargets(
                dev.verdict.core.Columns.builder(1).yTrue(new double[] {1}).build(), "metric mae"));
        assertTrue(e.getMessage().contains("yPred"), e.getMessage());
    }

    @Test
    void compensatedSumRecoversLostLowOrderBits() {
        double[] s = new double[1];
        double[] c = new double[1];
        RegressionRows.add(s, c, 0, 1e16);
        for (int i = 0; i < 1000; i++) {
            RegressionRows.add(s, c, 0, 1.0);
        }
        RegressionRows.add(s, c, 0, -1e16);
        assertEquals(1000.0, s[0] + c[0]);
    }
}
