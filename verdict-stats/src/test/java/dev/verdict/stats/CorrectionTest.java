package dev.verdict.stats;

import static dev.verdict.stats.ConfidenceIntervalsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Multiple-testing corrections: order kept, NaN left out, monotone, invalid input (golden: StatsGoldenTest). */
final class CorrectionTest {
    @Test
    void keepsTheInputOrderAndSkipsNaN() {
        double[] p = {0.04, Double.NaN, 0.01, 0.03};
        double[] holm = Correction.HOLM.adjust(p);
        assertTrue(Double.isNaN(holm[1]));
        assertEquals(0.03, holm[2], 1e-15, "smallest of m = 3: 3 p");
        assertEquals(0.06, holm[3], 1e-15);
        assertEquals(0.06, holm[0], 1e-15, "running max");
        assertArrayEquals(new double[] {0.04, Double.NaN, 0.01, 0.03}, Correction.NONE.adjust(p), 0);
        double[] bh = Correction.BH.adjust(p);
        double[] by = Correction.BY.adjust(p);
        for (int i : new int[] {0, 2, 3}) {
            assertTrue(bh[i] >= p[i] && by[i] >= bh[i] && Correction.BONFERRONI.adjust(p)[i] >= holm[i]);
        }
    }

    @Test
    void rejectsValuesOutsideTheUnitIntervalAndUnknownNames() {
        assertMessage("p-values must be in [0, 1]", () -> Correction.BH.adjust(new double[] {0.2, 1.5}));
        assertMessage("unknown correction", () -> Correction.parse("fdr"));
        assertEquals(Correction.BY, Correction.parse("by"));
    }
}
