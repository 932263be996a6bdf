package dev.verdict.core.generation;

/**
 * sacreBLEU's {@code lib_ter.translation_edit_rate} (2.6.0) on interned word ids: repeated greedy block shifts
 * (Tercom heuristics) followed by a beam-restricted Levenshtein distance. Limits as sacreBLEU: shift blocks of at most
 * 10 words, at most 50 positions apart, beam width 25 around the length-ratio diagonal, and at most 1000 shift
 * candidates evaluated per sentence pair (once reached, the best shift of that round is NOT applied). Ties between
 * shifts: larger gain, then longer block, then earlier hypothesis start, then earlier target position. The edit
 * distance prefers match/substitution, then deletion, then insertion (on the hypothesis-by-reference matrix), which
 * fixes the alignment used to filter shifts. sacreBLEU's prefix cache only saves work (all shifted hypotheses have
 * the same length, so a cached row equals a recomputed one); it is not reproduced.
 */
final class TerEdits {
    private static final int MAX_SHIFT_SIZE = 10;
    private static final int MAX_SHIFT_DIST = 50;
    private static final int BEAM_WIDTH = 25;
    private static final int MAX_SHIFT_CANDIDATES = 1000;
    private static final long INF = 10_000_000_000_000_000L;
    private static final byte NOP = 0;
    private static final byte SUB = 1;
    private static final byte INS = 2;
    private static final byte DEL = 3;
    private static final byte UNDEF = 4;

    private final int[] ref;
    private final int nr;
    private long[] cost = new long[0];
    private byte[] ops = new byte[0];
    private byte[] trace = new byte[0];
    private int traceLen;

    private TerEdits(int[] ref) {
        this.ref = ref;
        this.nr = ref.length;
    }

    /** @return the number of edits (shifts + edit distance) to turn {@code hyp} into {@code ref} */
    static int edits(int[] hyp, int[] ref) {
        if (ref.length == 0) {
            return hyp.length;
        }
        return new TerEdits(ref).run(hyp);
    }

    private int run(int[] hyp) {
        int shifts = 0;
        int[] words = hyp;
        int[] checked = {0};
        while (true) {
            int[][] best = new int[1][];
            int delta = shift(words, checked, best);
            if (checked[0] >= MAX_SHIFT_CANDIDATES || delta <= 0) {
                break;
            }
            shifts++;
            words = best[0];
        }
        return shifts + (int) distance(words, false);
    }

    /** One round of {@code _shift}: returns the best gain and stores the shifted words in {@code best[0]}. */
    private int shift(int[] h, int[] checked, int[][] best) {
        int nh = h.length;
        int pre = (int) distance(h, true);
        int[] align = new int[nr];
        int[] hypErr = new int[nh];
        int[] refErr = new int[nr];
        alignment(align, hypErr, refErr);
        boolean found = false;
        int bScore = 0;
        int bLen = 0;
        int bStart = 0;
        int bIdx = 0;
        for (int sh = 0; sh < nh; sh++) {
            for (int sr = 0; sr < nr; sr++) {
                if (Math.abs(sr - sh) > MAX_SHIFT_DIST) {
                    continue;
                }
                int len = 0;
                while (len < MAX_SHIFT_SIZE && h[sh + len] == ref[sr + len]) {
                    len++;
                    if (!skip(sh, sr, len, align, hypErr, refErr)) {
                        int prevIdx = -1;
                        for (int off = -1; off < len; off++) {
                            int idx;
                            if (sr + off == -1) {
                                idx = 0;
                            } else if (sr + off < nr) {
                                idx = align[sr + off] + 1;
                            } else {
                                break;
                            }
                            if (idx == prevIdx) {
                                continue;
                            }
                            prevIdx = idx;
                            int[] shifted = perform(h, sh, len, idx);
                            int score = pre - (int) distance(shifted, false);
                            checked[0]++;
                            if (!found || better(score, len, sh, idx, bScore, bLen, bStart, bIdx)) {
                                found = true;
                                bScore = score;
                                bLen = len;
                                bStart = sh;
                                bIdx = idx;
                                best[0] = shifted;
                            }
                        }
                        if (checked[0] >= MAX_SHIFT_CANDIDATES) {
                            return found ? bScore : 0;
                        }
                    }
                    if (nh == sh + len || nr == sr + len) {
                        break;
                    }
                }
            }
        }
        return found ? bScore : 0;
    }

    private static boolean skip(int sh, int sr, int len, int[] align, int[] hypErr, int[] refErr) {
        int he = 0;
        int re = 0;
        for (int k = 0; k < len; k++) {
            he += hypErr[sh + k];
            re += refErr[sr + k];
        }
        return he == 0 || re == 0 || (sh <= align[sr] && align[sr] < sh + len);
    }

    /** Python tuple order (score, length, -start, -idx), larger first. */
    private static boolean better(int s, int l, int st, int idx, int bs, int bl, int bst, int bidx) {
        if (s != bs) {
            return s > bs;
        }
        if (l != bl) {
            return l > bl;
        }
        if (st != bst) {
            return st < bst;
        }
        return idx < bidx;
    }

    /** {@code _perform_shift} with Python's clipped slices. */
    static int[] perform(int[] w, int start, int len, int target) {
        int n = w.length;
        int[] out = new int[n];
        int p = 0;
        if (target < start) {
            p = copy(w, 0, target, out, p);
            p = copy(w, start, start + len, out, p);
            p = copy(w, target, start, out, p);
            copy(w, start + len, n, out, p);
        } else if (target > start + len) {
            p = copy(w, 0, start, out, p);
            p = copy(w, start + len, target, out, p);
            p = copy(w, start, start + len, out, p);
            copy(w, target, n, out, p);
        } else {
            p = copy(w, 0, start, out, p);
            p = copy(w, start + len, len + target, out, p);
            p = copy(w, start, start + len, out, p);
            copy(w, len + target, n, out, p);
        }
        return out;
    }

    private static int copy(int[] w, int from, int to, int[] out, int p) {
        int a = Math.max(0, Math.min(from, w.length));
        int b = Math.max(a, Math.min(to, w.length));
        System.arraycopy(w, a, out, p, b - a);
        return p + b - a;
    }

    /** {@code BeamEditDistance.__call__}: the beam edit distance; with {@code withTrace} also the operation trace. */
    private long distance(int[] h, boolean withTrace) {
        int nh = h.length;
        int w = nr + 1;
        int size = (nh + 1) * w;
        if (cost.length < size) {
            cost = new long[size];
            ops = new byte[size];
        }
        for (int j = 0; j <= nr; j++) {
            cost[j] = j;
            ops[j] = INS;
        }
        java.util.Arrays.fill(cost, w, size, INF);
        java.util.Arrays.fill(ops, w, size, UNDEF);
        double ratio = nh > 0 ? nr / (double) nh : 1.0;
        int beam = BEAM_WIDTH < ratio / 2 ? (int) Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
        for (int i = 1; i <= nh; i++) {
            int diag = (int) Math.floor(i * ratio);
            int minJ = Math.max(0, diag - beam);
            int maxJ = i == nh ? nr + 1 : Math.min(nr + 1, diag + beam);
            fillRow(h[i - 1], i * w, minJ, maxJ);
        }
        if (withTrace) {
            trace(nh);
        }
        return cost[size - 1];
    }

    private void fillRow(int word, int row, int minJ, int maxJ) {
        int up = row - nr - 1;
        for (int j = minJ; j < maxJ; j++) {
            if (j == 0) {
                cost[row] = cost[up] + 1;
                ops[row] = DEL;
                continue;
            }
            boolean eq = word == ref[j - 1];
            long c = cost[up + j - 1] + (eq ? 0 : 1);
            long cur = cost[row + j];
            byte op = ops[row + j];
            if (cur > c) {
                cur = c;
                op = eq ? NOP : SUB;
            }
            c = cost[up + j] + 1;
            if (cur > c) {
                cur = c;
                op = DEL;
            }
            c = cost[row + j - 1] + 1;
            if (cur > c) {
                cur = c;
                op = INS;
            }
            cost[row + j] = cur;
            ops[row + j] = op;
        }
    }

    /** Reads the operations back from the bottom-right corner (stored forward in {@code trace}). */
    private void trace(int nh) {
        int w = nr + 1;
        if (trace.length < nh + nr) {
            trace = new byte[nh + nr];
        }
        int i = nh;
        int j = nr;
        int k = trace.length;
        while (i > 0 || j > 0) {
            byte op = ops[i * w + j];
            trace[--k] = op;
            if (op == SUB || op == NOP) {
                i--;
                j--;
            } else if (op == INS) {
                j--;
            } else if (op == DEL) {
                i--;
            } else {
                throw new IllegalStateException("TER: undefined edit operation in the beam");
            }
        }
        System.arraycopy(trace, k, trace, 0, trace.length - k);
        traceLen = trace.length - k;
    }

    /** {@code trace_to_alignment(_flip_trace(trace))}: deletions and insertions swap roles. */
    private void alignment(int[] align, int[] hypErr, int[] refErr) {
        int posH = -1;
        int posR = -1;
        for (int k = 0; k < traceLen; k++) {
            byte op = trace[k];
            if (op == NOP || op == SUB) {
                posH++;
                posR++;
                align[posR] = posH;
                int e = op == SUB ? 1 : 0;
                hypErr[posH] = e;
                refErr[posR] = e;
            } else if (op == DEL) {
                posH++;
                hypErr[posH] = 1;
            } else {
                posR++;
                align[posR] = posH;
                refErr[posR] = 1;
            }
        }
    }
}
