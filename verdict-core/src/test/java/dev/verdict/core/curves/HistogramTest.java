package dev.verdict.core.curves;

import static dev.verdict.core.curves.CurvesFixture.assertClose;
import static dev.verdict.core.curves.CurvesFixture.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class HistogramTest {
    @Test
    void edgesAndCountsMatchNumpyHistogram() {
        for (JsonNode c : CurvesFixture.ROOT.get("histograms")) {
            double[] v = doubles(c.get("values"));
            int bins = c.get("bins").asInt();
            JsonNode range = c.get("range");
            Histogram h = range.isNull() ? Histogram.of(v, null, bins)
                    : Histogram.of(v, null, bins, range.get(0).asDouble(), range.get(1).asDouble());
            assertClose(doubles(c.get("edges")), h.edges(), c.get("name").asText() + " edges");
            assertClose(doubles(c.get("counts")), h.counts(), c.get("name").asText() + " counts");
        }
    }

    @Test
    void weightsAddUpPerBin() {
        Histogram h = Histogram.of(new double[] {0.0, 0.5, 1.0, 1.0}, new double[] {2, 3, 0.5, 1}, 2, 0, 1);
        assertEquals(2.0, h.counts()[0]);
        assertEquals(4.5, h.counts()[1]);
        assertEquals(6.5, h.total());
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(InvalidInputException.class, () -> Histogram.of(new double[] {1}, null, 0));
        assertThrows(InvalidInputException.class, () -> Histogram.of(new double[] {Double.NaN}, null, 3));
        assertThrows(InvalidInputException.class, () -> Histogram.of(new double[] {1}, null, 3, 2, 1));
        assertThrows(InvalidInputException.class, () -> Histogram.of(new double[] {1}, new double[] {1, 2}, 3));
    }
}
