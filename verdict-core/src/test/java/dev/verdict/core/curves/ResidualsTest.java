package dev.verdict.core.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ResidualsTest {
    @Test
    void smallInputKeepsEveryRowSortedByPrediction() {
        Residuals r = Residuals.of(new double[] {3, 1, 2}, new double[] {2.5, 1.5, 2}, 10, 4);
        assertArrayEquals(new double[] {1.5, 2, 2.5}, r.prediction());
        assertArrayEquals(new double[] {-0.5, 0, 0.5}, r.residual());
        assertArrayEquals(new double[] {1, 2, 3}, r.actual());
        assertFalse(r.sampled());
        assertEquals(3.0, r.histogram().total());
    }

    @Test
    void largeInputIsSampledEvenlyAndDeterministically() {
        long seed = 11;
        Random rnd = new Random(seed);
        int n = 10_007;
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = rnd.nextGaussian() * 10;
            y[i] = p[i] + rnd.nextGaussian();
        }
        Residuals a = Residuals.of(y, p, 2000, 30);
        Residuals b = Residuals.of(y, p, 2000, 30);
        assertEquals(2000, a.prediction().length, "seed " + seed);
        assertTrue(a.sampled());
        assertArrayEquals(a.prediction(), b.prediction());
        assertArrayEquals(a.residual(), b.residual());
        for (int j = 1; j < 2000; j++) {
            assertTrue(a.prediction()[j - 1] <= a.prediction()[j], "ascending at " + j);
        }
        assertEquals(n, a.histogram().total(), 0.0, "histogram counts every row");
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        assertEquals(sorted[(int) Math.floor(0.5 * n / 2000)], a.prediction()[0]);
        assertEquals(sorted[(int) Math.floor(1999.5 * n / 2000)], a.prediction()[1999]);
    }

    @Test
    void percentilesUseEveryResidual() {
        Residuals r = Residuals.of(new double[] {0, 0, 0, 0, 0}, new double[] {1, 2, 3, 4, 5}, 2, 3);
        assertArrayEquals(Percentiles.of(new double[] {-1, -2, -3, -4, -5}, Residuals.PERCENTILES), r.percentiles());
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(InvalidInputException.class, () -> Residuals.of(new double[] {1}, new double[] {1, 2}, 5, 5));
        assertThrows(InvalidInputException.class, () -> Residuals.of(new double[] {1}, new double[] {1}, 0, 5));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Residuals.of(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 1}, 5, 5));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }
}
