package dev.verdict.core.generation;

import java.util.Arrays;

/** rouge-score's {@code _score_ngrams} (n = 1, 2) and {@code _score_lcs} on token ids, with reusable scratch space. */
final class RougeNgrams {
    private int[] counts = new int[0];
    private long[] a = new long[64];
    private long[] b = new long[64];
    private int[] row = new int[64];

    /** @param vocabulary number of distinct token ids */
    RougeNgrams(int vocabulary) {
        counts = new int[vocabulary];
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

    /** Clipped bigram overlap by sorting both bigram lists and merging (sum over bigrams of the smaller count). */
    private int bigrams(int[] tok, int ts, int tc, int ps, int pc) {
        if (a.length < tc) {
            a = new long[Math.max(tc, a.length * 2)];
        }
        if (b.length < pc) {
            b = new long[Math.max(pc, b.length * 2)];
        }
        for (int i = 0; i < tc; i++) {
            a[i] = ((long) tok[ts + i] << 32) | tok[ts + i + 1];
        }
        for (int i = 0; i < pc; i++) {
            b[i] = ((long) tok[ps + i] << 32) | tok[ps + i + 1];
        }
        Arrays.sort(a, 0, tc);
        Arrays.sort(b, 0, pc);
        int i = 0;
        int j = 0;
        int overlap = 0;
        while (i < tc && j < pc) {
            if (a[i] == b[j]) {
                overlap++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return overlap;
    }

    /** Writes rougeL (precision, recall, fmeasure): LCS of the whole token lists, 0 when either is empty. */
    void lcs(int[] tok, int ts, int te, int ps, int pe, double[] out) {
        int tl = te - ts;
        int pl = pe - ps;
        if (tl == 0 || pl == 0) {
            set(out, 0, 0);
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
