package dev.verdict.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.verdict.core.Columns;
import dev.verdict.core.Resamplable;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reusing drawn counts changes no replicate: counts are a function of (seed, b, units) only. */
final class CountsCacheTest {
    private static final long SEED = 777;

    /** A replicator exposing its counts: the hash of the counts vector. */
    private static Resamplable.Replicator fingerprint() {
        return new Resamplable.Replicator() {
            @Override
            public double value(int[] counts) {
                return java.util.Arrays.hashCode(counts);
            }

            @Override
            public Resamplable.Replicator fork() {
                return this;
            }
        };
    }

    @Test
    void keptCountsEqualFreshDraws() {
        Columns rows = Fixtures.binormal(new Random(SEED), 500, 0.3, 1.0);
        for (Resampling r : new Resampling[] {Resampling.of(SEED).withResamples(40).stratified(),
                Resampling.of(SEED + 1).withResamples(40)}) {
            Units units = Units.of(rows, r);
            double[] expected = new double[r.resamples()];
            int[] scratch = new int[units.units];
            int[] counts = new int[units.rows];
            for (int b = 0; b < expected.length; b++) {
                units.draw(Units.stream(r.seed(), b), scratch, counts);
                expected[b] = java.util.Arrays.hashCode(counts);
            }
            double[] first = Bootstrap.replicates(fingerprint(), Units.of(rows, r), r);
            assertNotNull(CountsCache.get(CountsCache.Key.of(units, r.seed(), r.resamples())), "kept");
            double[] second = Bootstrap.replicates(fingerprint(), Units.of(rows, r), r.withThreads(3));
            assertArrayEquals(expected, first, 0.0);
            assertArrayEquals(expected, second, 0.0, "from the kept counts");
        }
    }

    @Test
    void keysDistinguishSeedsStrataAndSizes() {
        Columns rows = Fixtures.binormal(new Random(SEED + 1), 100, 0.3, 1.0);
        Resampling r = Resampling.of(1).withResamples(10);
        Units plain = Units.of(rows, r);
        Units strata = Units.of(rows, r.stratified());
        assertEquals(CountsCache.Key.of(plain, 1, 10), CountsCache.Key.of(Units.of(rows, r), 1, 10));
        assertFalse(CountsCache.Key.of(plain, 1, 10).equals(CountsCache.Key.of(strata, 1, 10)));
        assertFalse(CountsCache.Key.of(plain, 1, 10).equals(CountsCache.Key.of(plain, 2, 10)));
        assertFalse(CountsCache.Key.of(plain, 1, 10).equals(CountsCache.Key.of(plain, 1, 11)));
    }

    @Test
    void countsAbove127AreNotPacked() {
        assertNull(CountsCache.pack(new int[] {1, 128}));
        int[] out = new int[3];
        CountsCache.unpack(CountsCache.pack(new int[] {0, 127, 5}), out);
        assertArrayEquals(new int[] {0, 127, 5}, out);
    }
}
