package dev.verdict.core.regression;

import static dev.verdict.core.regression.RegressionData.metric;
import static dev.verdict.core.regression.RegressionData.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MaseMetricTest {
    // in time order: y = 1, 3, 2, 6, 4; given out of order
    private static final double[] TIME = {30, 10, 50, 20, 40};
    private static final double[] Y = {2, 1, 4, 3, 6};
    private static final double[] P = {2.5, 1, 3, 4, 6};

    private static Columns series(double[] w) {
        return Columns.builder(5).time(TIME).yTrue(Y).yPred(P).weight(w).build();
    }

    @Test
    void dividesMaeByTheNaiveMaeOfTheTimeOrderedSeries() {
        // naive lag 1: |3-1| + |2-3| + |6-2| + |4-6| = 9 over 4; mae = (0 + 1 + 0.5 + 0 + 1) / 5
        MetricValue v = value(metric("mase"), series(null));
        assertEquals((2.5 / 5) / (9.0 / 4), v.value(), 1e-15);
        assertNull(v.warning());
    }

    @Test
    void seasonalPeriodLagsByM() {
        // lag 2: |2-1| + |6-3| + |4-2| = 6 over 3
        assertEquals((2.5 / 5) / 2.0, value(metric("mase", Map.of("period", 2)), series(null)).value(), 1e-15);
    }

    @Test
    void weightsApplyToTheNumeratorOnlyAsInYardstick() {
        // weights by row (given order): numerator sum w|e| / sum w; denominator unchanged
        double[] w = {2, 1, 1, 3, 1};
        double num = (2 * 0.5 + 1 * 0 + 1 * 1 + 3 * 1 + 1 * 0) / 8.0;
        assertEquals(num / (9.0 / 4), value(metric("mase"), series(w)).value(), 1e-15);
    }

    @Test
    void withoutTimeColumnItIsRejected() {
        Columns c = Columns.builder(2).yTrue(new double[] {1, 2}).yPred(new double[] {1, 2}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value(metric("mase"), c));
        assertTrue(e.getMessage().contains("data.time"), e.getMessage());
    }

    @Test
    void tooShortSeriesIsNanWithWarning() {
        MetricValue v = value(metric("mase", Map.of("period", 5)), series(null));
        assertTrue(Double.isNaN(v.value()));
        assertNotNull(v.warning());
    }

    @Test
    void constantSeriesGivesInfinityWithWarning() {
        Columns c = Columns.builder(3).time(new double[] {1, 2, 3}).yTrue(new double[] {5, 5, 5})
                .yPred(new double[] {5, 6, 5}).build();
        MetricValue v = value(metric("mase"), c);
        assertEquals(Double.POSITIVE_INFINITY, v.value());
        assertNotNull(v.warning());
    }

    @Test
    void duplicateTimesWarn() {
        Columns c = Columns.builder(3).time(new double[] {1, 1, 2}).yTrue(new double[] {5, 6, 8})
                .yPred(new double[] {5, 6, 5}).build();
        assertNotNull(value(metric("mase"), c).warning());
    }
}
