package dev.verdict.stats;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the multinomial counts of recent bootstraps so that the next metric on the same rows reuses them instead of
 * drawing again ({@code verdict compare} runs every metric of a plan on the same slices with the same seed). The
 * counts of replicate b are a function of (seed, b, units) only, so reusing them changes no result: it only skips the
 * n random draws and scattered increments per replicate, which cost as much as a metric's weighted pass. Counts are
 * stored as bytes (a replicate with a count above 127 is not stored and is drawn again); at most {@link #MAX_BYTES}
 * in all, least recently used evicted first, behind soft references so memory pressure can drop them.
 */
final class CountsCache {
    /** Total bytes of counts kept. */
    static final long MAX_BYTES = 64L << 20;
    private static final Map<Key, SoftReference<byte[][]>> CACHE = new LinkedHashMap<>(16, 0.75f, true);
    private static long bytes;

    private CountsCache() {
    }

    /** The identity of a resampling: seed, number of replicates and the units (rows, strata, clusters). */
    record Key(long seed, int resamples, int rows, int[] unitOfRow, int[][] strata, int hash) {
        static Key of(Units u, long seed, int resamples) {
            int h = Objects.hash(seed, resamples, u.rows, Arrays.hashCode(u.unitOfRow), Arrays.deepHashCode(u.strata));
            return new Key(seed, resamples, u.rows, u.unitOfRow, u.strata, h);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.seed == seed && k.resamples == resamples
                    && k.rows == rows && Arrays.equals(k.unitOfRow, unitOfRow) && Arrays.deepEquals(k.strata, strata);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** @return whether counts of this size may be kept */
    static boolean fits(Units u, int resamples) {
        return (long) u.rows * resamples <= MAX_BYTES / 2;
    }

    /** @return the kept counts (slots may be null: draw those), or null */
    static synchronized byte[][] get(Key key) {
        SoftReference<byte[][]> ref = CACHE.get(key);
        return ref == null ? null : ref.get();
    }

    /** Keeps {@code counts}, evicting the least recently used entries beyond {@link #MAX_BYTES}. */
    static synchronized void put(Key key, byte[][] counts) {
        long size = (long) key.rows() * key.resamples();
        SoftReference<byte[][]> old = CACHE.put(key, new SoftReference<>(counts));
        if (old == null) {
            bytes += size;
        }
        Iterator<Map.Entry<Key, SoftReference<byte[][]>>> it = CACHE.entrySet().iterator();
        while (bytes > MAX_BYTES && it.hasNext()) {
            Map.Entry<Key, SoftReference<byte[][]>> e = it.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            bytes -= (long) e.getKey().rows() * e.getKey().resamples();
            it.remove();
        }
    }

    /** @return the counts as bytes, or null when one exceeds 127 */
    static byte[] pack(int[] counts) {
        byte[] b = new byte[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > Byte.MAX_VALUE) {
                return null;
            }
            b[i] = (byte) counts[i];
        }
        return b;
    }

    /** Copies packed counts into {@code out}. */
    static void unpack(byte[] packed, int[] out) {
        for (int i = 0; i < packed.length; i++) {
            out[i] = packed[i];
        }
    }
}
