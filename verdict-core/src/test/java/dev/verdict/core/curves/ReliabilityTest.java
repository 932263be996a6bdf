package dev.verdict.core.curves;

import static dev.verdict.core.curves.CurvesFixture.assertClose;
import static dev.verdict.core.curves.CurvesFixture.doubles;
import static dev.verdict.core.curves.CurvesFixture.ints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class ReliabilityTest {
    @Test
    void unweightedPointsMatchSklearnCalibrationCurve() {
        int checked = 0;
        for (JsonNode c : CurvesFixture.ROOT.get("binary")) {
            JsonNode e = c.get("reliability");
            if (e == null || c.has("weight")) {
                continue;
            }
            Reliability r = Reliability.of(ints(c.get("label")), doubles(c.get("score")), null, e.get("bins").asInt());
            assertClose(doubles(e.get("prob_true")), r.observedRate(), c.get("name").asText() + " prob_true");
            assertClose(doubles(e.get("prob_pred")), r.meanScore(), c.get("name").asText() + " prob_pred");
            checked++;
        }
        assertTrue(checked >= 3, "fixture has reliability cases: " + checked);
    }

    @Test
    void integerWeightsEqualDuplicatedRows() {
        Reliability w = Reliability.of(new int[] {0, 1, 1}, new double[] {0.1, 0.15, 0.9}, new double[] {2, 1, 3}, 5);
        Reliability d = Reliability.of(new int[] {0, 0, 1, 1, 1, 1}, new double[] {0.1, 0.1, 0.15, 0.9, 0.9, 0.9},
                null, 5);
        assertArrayEquals(d.meanScore(), w.meanScore(), 1e-15);
        assertArrayEquals(d.observedRate(), w.observedRate(), 1e-15);
        assertArrayEquals(d.count(), w.count(), 1e-15);
    }

    @Test
    void scoresOutsideTheUnitIntervalAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Reliability.of(new int[] {0, 1}, new double[] {0.5, 1.5}, null, 10));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }
}
