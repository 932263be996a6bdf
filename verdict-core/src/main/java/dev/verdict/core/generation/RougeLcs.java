package dev.verdict.core.generation;

import java.util.HashMap;
import java.util.Map;

/** rouge-score's LCS scores: {@code _score_lcs} (rougeL) and {@code _summary_level_lcs} (rougeLsum), on token ids. */
final class RougeLcs {
    private RougeLcs() {
    }

    /** Writes rougeL (precision, recall, fmeasure) of the whole token lists to {@code out}. */
    static void whole(int[] target, int[] pred, double[] out) {
        if (target.length == 0 || pred.length == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            return;
        }
        int lcs = lcsLength(target, pred);
        double p = lcs / (double) pred.length;
        double r = lcs / (double) target.length;
        out[0] = p;
        out[1] = r;
        out[2] = RougeNgrams.fmeasure(p, r);
    }

    /** Two-row dynamic programme for the LCS length. */
    static int lcsLength(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                if (ai == b[j - 1]) {
                    cur[j] = prev[j - 1] + 1;
                } else {
                    cur[j] = Math.max(prev[j], cur[j - 1]);
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** Writes rougeLsum (summary-level union LCS) to {@code out}. */
    static void summaryLevel(int[][] ref, int[][] can, double[] out) {
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        if (ref.length == 0 || can.length == 0) {
            return;
        }
        int m = 0;
        int n = 0;
        Map<Integer, int[]> cntR = new HashMap<>();
        Map<Integer, int[]> cntC = new HashMap<>();
        for (int[] s : ref) {
            m += s.length;
            for (int t : s) {
                cntR.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        for (int[] s : can) {
            n += s.length;
            for (int t : s) {
                cntC.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        if (n == 0 || m == 0) {
            return;
        }
        int hits = 0;
        for (int[] r : ref) {
            boolean[] union = new boolean[r.length];
            for (int[] c : can) {
                markLcs(r, c, union);
            }
            for (int i = 0; i < r.length; i++) {
                if (union[i]) {
                    int[] cc = cntC.get(r[i]);
                    int[] cr = cntR.get(r[i]);
                    if (cc != null && cc[0] > 0 && cr[0] > 0) {
                        hits++;
                        cc[0]--;
                        cr[0]--;
                    }
                }
            }
        }
        double recall = hits / (double) m;
        double precision = hits / (double) n;
        out[0] = precision;
        out[1] = recall;
        out[2] = RougeNgrams.fmeasure(precision, recall);
    }

    /** Marks the reference indices of one LCS, read out as rouge-score's {@code _backtrack_norec}. */
    private static void markLcs(int[] ref, int[] can, boolean[] union) {
        int rows = ref.length;
        int cols = can.length;
        if (rows == 0 || cols == 0) {
            return;
        }
        int w = cols + 1;
        int[] t = new int[(rows + 1) * w];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                if (ref[i - 1] == can[j - 1]) {
                    t[i * w + j] = t[(i - 1) * w + j - 1] + 1;
                } else {
                    t[i * w + j] = Math.max(t[(i - 1) * w + j], t[i * w + j - 1]);
                }
            }
        }
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == can[j - 1]) {
                union[i - 1] = true;
                i--;
                j--;
            } else if (t[i * w + j - 1] > t[(i - 1) * w + j]) {
                j--;
            } else {
                i--;
            }
        }
    }
}
