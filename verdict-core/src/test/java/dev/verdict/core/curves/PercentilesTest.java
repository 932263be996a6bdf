package dev.verdict.core.curves;

import static dev.verdict.core.curves.CurvesFixture.assertClose;
import static dev.verdict.core.curves.CurvesFixture.doubles;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class PercentilesTest {
    @Test
    void matchNumpyPercentileLinear() {
        for (JsonNode c : CurvesFixture.ROOT.get("histograms")) {
            double[] got = Percentiles.of(doubles(c.get("values")), doubles(c.get("q")));
            assertClose(doubles(c.get("percentiles")), got, c.get("name").asText());
        }
    }

    @Test
    void emptyInputGivesNaN() {
        assertTrue(Double.isNaN(Percentiles.of(new double[0], 50)[0]));
    }

    @Test
    void percentileOutsideZeroToHundredIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Percentiles.of(new double[] {1, 2}, 101));
        assertTrue(e.getMessage().contains("101"), e.getMessage());
    }
}
