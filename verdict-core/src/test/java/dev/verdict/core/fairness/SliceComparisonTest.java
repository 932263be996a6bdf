package dev.verdict.core.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonParser;
import dev.verdict.core.testing.Approx;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SliceComparisonTest {

    /** Every case of the statsmodels fixture written by tools/golden/fairness.py. */
    @Test
    void pValuesHolmAdjustmentAndFlagsMatchStatsmodels() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/fairness/slice_tests.json")) {
            root = json.readTree(in);
        }
        int cases = 0;
        for (JsonNode c : root.get("cases")) {
            List<SliceComparison.Slice> slices = new ArrayList<>();
            for (JsonNode s : c.get("slices")) {
                slices.add(SliceComparison.Slice.proportion(s.get("name").asText(), s.get("successes").asDouble(),
                        s.get("trials").asDouble()));
            }
            SliceComparison.Result r = SliceComparison.compare(slices, c.get("largerIsBetter").asBoolean(),
                    c.get("alpha").asDouble());
            String what = "case " + cases + " [" + c.get("source").asText() + "]";
            for (int k = 0; k < slices.size(); k++) {
                SliceComparison.SliceTest t = r.tests().get(k);
                Approx.assertClose(c.get("pValues").get(k).asDouble(), t.pValue(), 1e-9, what + " p " + k);
                Approx.assertClose(c.get("adjusted").get(k).asDouble(), t.adjustedPValue(), 1e-9, what + " adj " + k);
                assertEquals(c.get("flagged").get(k).asBoolean(), t.flagged(), what + " flag " + k);
                assertEquals(Double.isNaN(t.pValue()), t.reason() != null, what + " reason " + k);
            }
            cases++;
        }
        assertTrue(cases >= 5);
    }

    @Test
    void bestWorstGapAndRatioFollowTheMetricDirection() {
        List<SliceComparison.Slice> s = List.of(SliceComparison.Slice.of("a", 0.8, 100),
                SliceComparison.Slice.of("b", 0.6, 50), SliceComparison.Slice.of("c", Double.NaN, 3),
                SliceComparison.Slice.of("d", 0.9, 70));
        SliceComparison.Result up = SliceComparison.compare(s, true, 0.05);
        assertEquals("d", up.best());
        assertEquals("b", up.worst());
        assertEquals(0.3, up.gap(), 1e-15);
        assertEquals(0.6 / 0.9, up.ratio(), 1e-15);
        SliceComparison.Result down = SliceComparison.compare(s, false, 0.05);
        assertEquals("b", down.best());
        assertEquals("d", down.worst());
        assertEquals(0.6 / 0.9, down.ratio(), 1e-15);
        for (SliceComparison.SliceTest t : up.tests()) {
            assertFalse(t.flagged());
            assertNotNull(t.reason(), "non-proportion slices are not tested");
        }
    }

    @Test
    void noSlicesGiveNoBestAndNaNGap() {
        SliceComparison.Result r = SliceComparison.compare(List.of(), true, 0.05);
        assertNull(r.best());
        assertTrue(Double.isNaN(r.gap()));
        assertTrue(r.tests().isEmpty());
    }

    @Test
    void aClearlyWorseSliceIsFlaggedOnlyInTheWorseDirection() {
        List<SliceComparison.Slice> s = List.of(SliceComparison.Slice.proportion("ok", 900, 1000),
                SliceComparison.Slice.proportion("ok2", 905, 1000), SliceComparison.Slice.proportion("bad", 600, 1000));
        List<SliceComparison.SliceTest> up = SliceComparison.compare(s, true, 0.05).tests();
        assertTrue(up.get(2).flagged());
        assertFalse(up.get(0).flagged());
        List<SliceComparison.SliceTest> down = SliceComparison.compare(s, false, 0.05).tests();
        assertFalse(down.get(2).flagged(), "a lower rate is better when smaller is better");
    }

    @Test
    void holmSkipsNaNAndIsMonotone() {
        double[] adj = SliceComparison.holm(new double[] {0.01, Double.NaN, 0.04, 0.03});
        assertTrue(Double.isNaN(adj[1]));
        assertEquals(0.03, adj[0], 1e-15);
        assertEquals(0.06, adj[3], 1e-15);
        assertEquals(0.06, adj[2], 1e-15);
    }

    @Test
    void pValuesOfTestsMadeElsewhereShareTheHolmCorrection() {
        // statsmodels 0.13.5: multipletests([0.004, 0.02, 0.5], method="holm")[1] = [0.012, 0.04, 0.5]
        List<SliceComparison.Slice> s = List.of(SliceComparison.Slice.tested("a", 3.1, 400, "welch_t", 0.004),
                SliceComparison.Slice.tested("b", 2.9, 300, "welch_t", 0.02),
                SliceComparison.Slice.untested("c", 1.0, 250, "no fast resampling path"),
                SliceComparison.Slice.tested("d", 2.0, 500, "welch_t", 0.5));
        List<SliceComparison.SliceTest> t = SliceComparison.compare(s, false, 0.05).tests();
        assertEquals(0.012, t.get(0).adjustedPValue(), 1e-15);
        assertEquals(0.04, t.get(1).adjustedPValue(), 1e-15);
        assertEquals(0.5, t.get(3).adjustedPValue(), 1e-15);
        assertTrue(t.get(0).flagged() && t.get(1).flagged() && !t.get(3).flagged());
        assertEquals("welch_t", t.get(0).method());
        assertTrue(Double.isNaN(t.get(2).pValue()));
        assertNull(t.get(2).method());
        assertEquals("no fast resampling path", t.get(2).reason());
        assertThrows(IllegalArgumentException.class, () -> SliceComparison.Slice.tested("x", 1, 1, "t", 1.5));
    }

    @Test
    void slicesThatOnlyCountBelongToTheRestOfAProportionTest() {
        // statsmodels 0.13.5: proportions_ztest([60, 190 + 90], [100, 200 + 100], alternative="smaller")[1]
        List<SliceComparison.Slice> judged = List.of(SliceComparison.Slice.proportion("bad", 60, 100),
                SliceComparison.Slice.proportion("ok", 190, 200));
        List<SliceComparison.Slice> small = List.of(SliceComparison.Slice.proportion("tiny", 90, 100));
        SliceComparison.Result r = SliceComparison.compare(judged, small, true, 0.05);
        assertEquals(2, r.tests().size());
        assertEquals(SliceComparison.zTestPValue(60, 100, 280, 300, SliceComparison.Alternative.SMALLER),
                r.tests().get(0).pValue(), 0.0);
        assertEquals(3.120453892713245e-16, r.tests().get(0).pValue(), 3.120453892713245e-16 * 1e-9, "statsmodels");
        assertEquals(SliceComparison.TWO_PROPORTION_Z, r.tests().get(0).method());
        assertEquals("ok", r.best());
    }
}
