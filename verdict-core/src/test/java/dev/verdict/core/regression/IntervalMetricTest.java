package dev.verdict.core.regression;

import static dev.verdict.core.regression.RegressionData.metric;
import static dev.verdict.core.regression.RegressionData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class IntervalMetricTest {
    private static Columns intervals(double[] w) {
        return Columns.builder(4).yTrue(new double[] {1, 2, 3, 4}).yPred(new double[] {1, 2, 3, 4})
                .lower(new double[] {1, 0, 3.5, 2}).upper(new double[] {2, 2, 4, 3}).weight(w).build();
    }

    @Test
    void coverageCountsBothBoundariesAsInside() {
        // rows: 1 in [1,2] yes (lower edge), 2 in [0,2] yes (upper edge), 3 in [3.5,4] no, 4 in [2,3] no
        assertEquals(0.5, value(metric("interval_coverage"), intervals(null)).value());
        assertEquals(3.0 / 7.0, value(metric("interval_coverage"), intervals(new double[] {1, 2, 3, 1})).value(),
                1e-15);
    }

    @Test
    void widthIsTheWeightedMeanWidth() {
        assertEquals((1 + 2 + 0.5 + 1) / 4.0, value(metric("interval_width"), intervals(null)).value(), 1e-15);
        assertEquals((1 + 4 + 1.5 + 1) / 7.0, value(metric("interval_width"), intervals(new double[] {1, 2, 3, 1}))
                .value(), 1e-15);
    }

    @Test
    void missingIntervalColumnsAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value(metric("interval_width"),
                RegressionData.xy(new double[] {1}, new double[] {1}, null)));
        assertTrue(e.getMessage().contains("lower"), e.getMessage());
    }

    @Test
    void lowerAboveUpperIsRejected() {
        Columns c = Columns.builder(1).yTrue(new double[] {1}).lower(new double[] {2}).upper(new double[] {1})
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> value(metric("interval_coverage"), c));
        assertTrue(e.getMessage().contains("lower=2.0"), e.getMessage());
    }
}
