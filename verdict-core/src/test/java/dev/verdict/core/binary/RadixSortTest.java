package dev.verdict.core.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class RadixSortTest {
    private static double[] values(Random rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = rnd.nextInt(3) == 0 ? Math.round(rnd.nextGaussian() * 10) : rnd.nextGaussian() * 1e3;
            x[i] = v + 0.0;
        }
        return x;
    }

    @Test
    void keysOnlySortMatchesArraysSortWithNegativesAndTies() {
        Random rnd = new Random(7);
        double[] x = values(rnd, 20000);
        double[] expected = x.clone();
        Arrays.sort(expected);
        RadixSort.sort(x, x.length);
        assertArrayEquals(expected, x);
    }

    @Test
    void carriedValuesFollowTheirKeys() {
        Random rnd = new Random(8);
        double[] x = values(rnd, 20000);
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i] * 3 + 1;
        }
        double[] expected = x.clone();
        Arrays.sort(expected);
        RadixSort.sort(x, v, x.length);
        assertArrayEquals(expected, x);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i] * 3 + 1, v[i]);
        }
    }
}
