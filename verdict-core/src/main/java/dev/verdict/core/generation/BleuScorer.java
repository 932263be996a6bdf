package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import java.util.List;

/**
 * sacreBLEU's BLEU segment statistics ({@code BLEU._compute_segment_statistics}): per row
 * {@code [nrefs, hyp_len, closest ref_len, correct_1..N, total_1..N]}. Reference n-gram counts are the maximum over
 * the references; the reference length is the closest to the hypothesis length (the shorter on a tie).
 */
final class BleuScorer implements RowStatsState.RowScorer {
    static final int NREFS = 0;
    static final int SYS_LEN = 1;
    static final int REF_LEN = 2;
    static final int CORRECT = 3;

    private final BleuTokenizer tokenizer;
    private final boolean lowercase;
    private final int order;
    private final NgramIds ids = new NgramIds();
    private int[] refMax = new int[64];
    private int[] refCount = new int[64];
    private int[] hypCount = new int[64];

    BleuScorer(BleuTokenizer tokenizer, boolean lowercase, int order) {
        this.tokenizer = tokenizer;
        this.lowercase = lowercase;
        this.order = order;
    }

    @Override
    public int width() {
        return 3 + 2 * order;
    }

    private List<String> preprocess(String s) {
        return tokenizer.tokens(PyText.rstrip(lowercase ? PyText.lower(s) : s));
    }

    @Override
    public void score(Columns batch, int row, double[] out, int off) {
        String hyp = Inputs.hypothesis(batch, row);
        List<String> refs = Inputs.references(batch, row);
        ids.clear();
        int[][] refTokens = new int[refs.size()][];
        int[][][] refGrams = new int[refs.size()][][];
        for (int r = 0; r < refs.size(); r++) {
            refTokens[r] = ids.tokens(preprocess(refs.get(r)));
        }
        int[] hypTokens = ids.tokens(preprocess(hyp));
        for (int r = 0; r < refs.size(); r++) {
            refGrams[r] = grams(refTokens[r]);
        }
        int[][] hypGrams = grams(hypTokens);
        int size = ids.size();
        if (refMax.length < size) {
            refMax = new int[Math.max(size, refMax.length * 2)];
            refCount = new int[refMax.length];
            hypCount = new int[refMax.length];
        }
        for (int r = 0; r < refs.size(); r++) {
            for (int[] g : refGrams[r]) {
                for (int id : g) {
                    refCount[id]++;
                }
            }
            for (int[] g : refGrams[r]) {
                for (int id : g) {
                    if (refCount[id] > refMax[id]) {
                        refMax[id] = refCount[id];
                    }
                }
            }
            for (int[] g : refGrams[r]) {
                for (int id : g) {
                    refCount[id] = 0;
                }
            }
        }
        out[off + NREFS] = refs.size();
        out[off + SYS_LEN] = hypTokens.length;
        out[off + REF_LEN] = closestRefLength(hypTokens.length, refTokens);
        for (int n = 0; n < order; n++) {
            int[] g = hypGrams[n];
            int correct = 0;
            for (int id : g) {
                hypCount[id]++;
                if (hypCount[id] <= refMax[id]) {
                    correct++;
                }
            }
            for (int id : g) {
                hypCount[id] = 0;
            }
            out[off + CORRECT + n] = correct;
            out[off + CORRECT + order + n] = g.length;
        }
        for (int[][] gr : refGrams) {
            for (int[] g : gr) {
                for (int id : g) {
                    refMax[id] = 0;
                }
            }
        }
    }

    private int[][] grams(int[] tokens) {
        int[][] g = new int[order][];
        g[0] = tokens;
        for (int n = 1; n < order; n++) {
            g[n] = ids.extend(g[n - 1], tokens, n);
        }
        return g;
    }

    private static int closestRefLength(int hypLen, int[][] refs) {
        int closestDiff = -1;
        int closestLen = -1;
        for (int[] r : refs) {
            int diff = Math.abs(hypLen - r.length);
            if (closestDiff == -1 || diff < closestDiff) {
                closestDiff = diff;
                closestLen = r.length;
            } else if (diff == closestDiff && r.length < closestLen) {
                closestLen = r.length;
            }
        }
        return closestLen;
    }
}
