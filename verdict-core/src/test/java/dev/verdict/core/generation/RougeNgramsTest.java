package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the fast paths (bit-parallel LCS, hashed bigrams) against textbook implementations on random sequences. */
final class RougeNgramsTest {
    private static final long SEED = 20240611L;

    private static int lcsTable(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }

    private static int bigramOverlap(int[] a, int[] b) {
        Map<Long, Integer> c = new HashMap<>();
        for (int i = 0; i + 1 < a.length; i++) {
            c.merge(((long) a[i] << 32) | a[i + 1], 1, Integer::sum);
        }
        int o = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            long k = ((long) b[i] << 32) | b[i + 1];
            Integer v = c.get(k);
            if (v != null && v > 0) {
                c.put(k, v - 1);
                o++;
            }
        }
        return o;
    }

    @Test
    void lcsAndBigramsMatchTextbookVersionsOnRandomSequences() {
        Random rnd = new Random(SEED);
        RougeNgrams r = new RougeNgrams(12);
        double[] out = new double[3];
        for (int trial = 0; trial < 3000; trial++) {
            int[] t = random(rnd, rnd.nextInt(trial % 10 == 0 ? 150 : 66));
            int[] p = random(rnd, rnd.nextInt(80));
            int[] tok = new int[t.length + p.length];
            System.arraycopy(t, 0, tok, 0, t.length);
            System.arraycopy(p, 0, tok, t.length, p.length);
            r.lcs(tok, 0, t.length, t.length, tok.length, out);
            int lcs = lcsTable(t, p);
            double want = t.length == 0 || p.length == 0 ? 0 : lcs / (double) t.length;
            assertEquals(want, out[1], 0.0, "LCS recall, seed " + SEED + " trial " + trial);
            r.ngrams(tok, 0, t.length, t.length, tok.length, 2, out);
            assertEquals(bigramOverlap(t, p) / (double) Math.max(t.length - 1, 1), out[1], 0.0,
                    "bigram recall, trial " + trial);
        }
    }

    private static int[] random(Random rnd, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextInt(12);
        }
        return a;
    }
}
