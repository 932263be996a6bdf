package dev.verdict.core.generation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact n-gram interning for one segment and its references: tokens get dense ids, and the n-gram
 * {@code (g, t)} (an (n-1)-gram id followed by a token id) gets a dense id through an open-addressing long-to-int table,
 * so counting n-grams needs no string keys. Ids of different orders never collide. Reused across rows.
 */
final class NgramIds {
    private final Map<String, Integer> tokenIds = new HashMap<>();
    private long[] keys = new long[256];
    private int[] vals = new int[256];
    private int used;
    private int next;

    NgramIds() {
        Arrays.fill(keys, -1L);
    }

    /** Forgets every id (start of a new row). */
    void clear() {
        tokenIds.clear();
        if (used > 0) {
            Arrays.fill(keys, -1L);
        }
        used = 0;
        next = 0;
    }

    /** @return number of ids handed out so far (an exclusive upper bound) */
    int size() {
        return next;
    }

    /** @return the ids of {@code tokens} */
    int[] tokens(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = tokenIds.get(tokens.get(i));
            if (id == null) {
                id = next++;
                tokenIds.put(tokens.get(i), id);
            }
            out[i] = id;
        }
        return out;
    }

    /** @return ids of the code points of {@code s} (through the pair table with a first half of -1, never an n-gram key) */
    int[] codePoints(String s) {
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            cps[i] = pair(-1, cps[i]);
        }
        return cps;
    }

    /**
     * Extends n-grams by one token: {@code prev[i]} is the id of the n-gram starting at {@code i}; returns the ids of
     * the (n+1)-grams starting at {@code i} (one fewer).
     */
    int[] extend(int[] prev, int[] tokens, int n) {
        int count = Math.max(prev.length - 1, 0);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = pair(prev[i], tokens[i + n]);
        }
        return out;
    }

    private int pair(int a, int b) {
        long key = ((long) a << 32) | (b & 0xFFFFFFFFL);
        int mask = keys.length - 1;
        int h = (int) (mix(key) & mask);
        while (true) {
            long k = keys[h];
            if (k == -1L) {
                keys[h] = key;
                vals[h] = next;
                if (++used * 2 > keys.length) {
                    grow();
                }
                return next++;
            }
            if (k == key) {
                return vals[h];
            }
            h = (h + 1) & mask;
        }
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != -1L) {
                int h = (int) (mix(ok[i]) & mask);
                while (keys[h] != -1L) {
                    h = (h + 1) & mask;
                }
                keys[h] = ok[i];
                vals[h] = ov[i];
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
