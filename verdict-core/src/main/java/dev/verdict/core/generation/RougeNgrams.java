package dev.verdict.core.generation;

import java.util.HashMap;
import java.util.Map;

/** rouge-score's {@code _score_ngrams} on token ids. */
final class RougeNgrams {
    private RougeNgrams() {
    }

    /** Writes (precision, recall, fmeasure) of rougeN to {@code out}. */
    static void score(int[] target, int[] pred, int n, double[] out) {
        int tc = Math.max(target.length - n + 1, 0);
        int pc = Math.max(pred.length - n + 1, 0);
        int overlap = 0;
        if (tc > 0 && pc > 0) {
            if (n == 1) {
                overlap = unigramOverlap(target, pred);
            } else {
                Map<Long, int[]> counts = new HashMap<>();
                for (int i = 0; i < tc; i++) {
                    counts.computeIfAbsent(key(target, i, n), k -> new int[1])[0]++;
                }
                for (int i = 0; i < pc; i++) {
                    int[] c = counts.get(key(pred, i, n));
                    if (c != null && c[0] > 0) {
                        c[0]--;
                        overlap++;
                    }
                }
            }
        }
        double p = overlap / (double) Math.max(pc, 1);
        double r = overlap / (double) Math.max(tc, 1);
        out[0] = p;
        out[1] = r;
        out[2] = fmeasure(p, r);
    }

    private static int unigramOverlap(int[] target, int[] pred) {
        int max = 0;
        for (int t : target) {
            max = Math.max(max, t + 1);
        }
        int[] counts = new int[max];
        for (int t : target) {
            counts[t]++;
        }
        int overlap = 0;
        for (int t : pred) {
            if (t < max && counts[t] > 0) {
                counts[t]--;
                overlap++;
            }
        }
        return overlap;
    }

    /** Exact key for n <= 3 (row-local ids stay below 2^21); the metrics expose n = 1 and 2 only. */
    private static long key(int[] t, int i, int n) {
        long k = 0;
        for (int j = 0; j < n; j++) {
            k = k * 2097152L + t[i + j];
        }
        return k;
    }

    /** @return rouge-score's {@code scoring.fmeasure} */
    static double fmeasure(double p, double r) {
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
