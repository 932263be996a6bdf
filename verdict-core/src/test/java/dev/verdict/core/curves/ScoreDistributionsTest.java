package dev.verdict.core.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class ScoreDistributionsTest {
    @Test
    void probabilitiesShareUnitBinsPerClass() {
        ScoreDistributions d = ScoreDistributions.of(new int[] {0, 0, 1, 1, 1}, new double[] {0.1, 0.3, 0.6, 0.9, 1.0},
                null, 2);
        assertArrayEquals(new double[] {0, 0.5, 1}, d.negative().edges());
        assertArrayEquals(d.negative().edges(), d.positive().edges());
        assertArrayEquals(new double[] {2, 0}, d.negative().counts());
        assertArrayEquals(new double[] {0, 3}, d.positive().counts());
    }

    @Test
    void unboundedScoresUseTheirRangeAndWeights() {
        ScoreDistributions d = ScoreDistributions.of(new int[] {0, 1, 1}, new double[] {-2, 0, 2},
                new double[] {1, 2, 3}, 2);
        assertArrayEquals(new double[] {-2, 0, 2}, d.positive().edges());
        assertEquals(1.0, d.negative().total());
        assertArrayEquals(new double[] {0, 5}, d.positive().counts());
    }
}
