package dev.verdict.core.generation;

import java.util.Arrays;

/**
 * rouge-score's {@code _score_ngrams} (n = 1, 2) and {@code _score_lcs} on token ids, with reusable scratch space
 * sized by the vocabulary. The LCS length uses a bit-parallel algorithm for targets of at most 64 tokens and the
 * rolling-row dynamic programme otherwise (same length either way).
 */
final class RougeNgrams {
    private int[] counts = new int[0];
    private long[] keys = new long[0];
    private int[] cnt = new int[0];
    private int[] stamp = new int[0];
    private int generation;
    private long[] masks = new long[0];
    private int[] row = new int[64];

    /** @param vocabulary number of distinct token ids */
    RougeNgrams(int vocabulary) {
        counts = new int[vocabulary];
        masks = new long[vocabulary];
    }

    /** Writes (precision, recall, fmeasure) of rougeN (n = 1 or 2) of {@code pred} against {@code target}. */
    void ngrams(int[] tok, int ts, int te, int ps, int pe, int n, double[] out) {
        int tc = Math.max(te - ts - n + 1, 0);
        int pc = Math.max(pe - ps - n + 1, 0);
        int overlap = 0;
        if (tc > 0 && pc > 0) {
            overlap = n == 1 ? unigrams(tok, ts, te, ps, pe) : bigrams(tok, ts, tc, ps, pc);
        }
        set(out, overlap / (double) Math.max(pc, 1), overlap / (double) Math.max(tc, 1));
    }

    private int unigrams(int[] tok, int ts, int te, int ps, int pe) {
        for (int i = ts; i < te; i++) {
            counts[tok[i]]++;
        }
        int overlap = 0;
        for (int i = ps; i < pe; i++) {
            int t = tok[i];
            if (counts[t] > 0) {
                counts[t]--;
                overlap++;
            }
        }
        for (int i = ts; i < te; i++) {
            counts[tok[i]] = 0;
        }
        return overlap;
    }

    /**
     * Clipped bigram overlap: the target's bigrams are counted in an open-addressing table (cleared lazily by a
     * generation stamp), then each prediction bigram takes one count when available.
     */
    private int bigrams(int[] tok, int ts, int tc, int ps, int pc) {
        int cap = Integer.highestOneBit(Math.max(tc, 8) * 4 - 1) << 1;
        if (keys.length < cap) {
            keys = new long[cap];
            cnt = new int[cap];
            stamp = new int[cap];
        }
        int mask = cap - 1;
        int gen = ++generation;
        for (int i = 0; i < tc; i++) {
            long k = ((long) tok[ts + i] << 32) | tok[ts + i + 1];
            int slot = slot(k, mask);
            while (stamp[slot] == gen && keys[slot] != k) {
                slot = (slot + 1) & mask;
            }
            if (stamp[slot] != gen) {
                stamp[slot] = gen;
                keys[slot] = k;
                cnt[slot] = 0;
            }
            cnt[slot]++;
        }
        int overlap = 0;
        for (int i = 0; i < pc; i++) {
            long k = ((long) tok[ps + i] << 32) | tok[ps + i + 1];
            int slot = slot(k, mask);
            while (stamp[slot] == gen) {
                if (keys[slot] == k) {
                    if (cnt[slot] > 0) {
                        cnt[slot]--;
                        overlap++;
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return overlap;
    }

    private static int slot(long k, int mask) {
        long x = k * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 40) & mask;
    }

    /** Writes rougeL (precision, recall, fmeasure): LCS of the whole token lists, 0 when either is empty. */
    void lcs(int[] tok, int ts, int te, int ps, int pe, double[] out) {
        int tl = te - ts;
        int pl = pe - ps;
        if (tl == 0 || pl == 0) {
            set(out, 0, 0);
            return;
        }
        if (tl <= 64) {
            int len = bitParallelLcs(tok, ts, te, ps, pe);
            set(out, len / (double) pl, len / (double) tl);
            return;
        }
        if (row.length <= pl) {
            row = new int[Math.max(pl + 1, row.length * 2)];
        }
        Arrays.fill(row, 0, pl + 1, 0);
        for (int i = ts; i < te; i++) {
            int t = tok[i];
            int diag = 0;
            for (int j = 1; j <= pl; j++) {
                int up = row[j];
                int v;
                if (t == tok[ps + j - 1]) {
                    v = diag + 1;
                } else {
                    v = Math.max(up, row[j - 1]);
                }
                diag = up;
                row[j] = v;
            }
        }
        int len = row[pl];
        set(out, len / (double) pl, len / (double) tl);
    }

    /**
     * LCS length for a target of at most 64 tokens (Crochemore et al. 2001 / Hyyro bit-vector algorithm): with M the
     * positions of the prediction token in the target, V' = (V + (V & M)) | (V & ~M); the LCS length is the number
     * of zero bits of V among the target's positions.
     */
    private int bitParallelLcs(int[] tok, int ts, int te, int ps, int pe) {
        int tl = te - ts;
        for (int i = 0; i < tl; i++) {
            masks[tok[ts + i]] |= 1L << i;
        }
        long v = -1L;
        for (int j = ps; j < pe; j++) {
            long m = masks[tok[j]];
            long u = v & m;
            v = (v + u) | (v & ~m);
        }
        for (int i = 0; i < tl; i++) {
            masks[tok[ts + i]] = 0;
        }
        long used = tl == 64 ? -1L : (1L << tl) - 1;
        return tl - Long.bitCount(v & used);
    }

    private static void set(double[] out, double p, double r) {
        out[0] = p;
        out[1] = r;
        out[2] = fmeasure(p, r);
    }

    /** @return rouge-score's {@code scoring.fmeasure} */
    static double fmeasure(double p, double r) {
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
