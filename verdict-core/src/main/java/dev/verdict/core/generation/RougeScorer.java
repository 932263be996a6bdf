package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Google's rouge-score 0.1.2 ({@code rouge_scorer.RougeScorer.score_multi}): per row the (precision, recall,
 * fmeasure) of the reference with the highest F (first on a tie, as {@code np.argmax}). Tokens: Python
 * {@code lower()}, then the runs of {@code [a-z0-9]} (rouge-score's {@code tokenize.tokenize}; non-ASCII text
 * disappears). rougeN: clipped n-gram overlap, P = overlap / max(#pred n-grams, 1), R = overlap / max(#ref n-grams,
 * 1). rougeL: LCS of the whole token lists (0 when either is empty). rougeLsum: texts split on "\n" (empty lines
 * dropped), union LCS per reference sentence with per-token hit budgets (ROUGE-1.5.5). F = 2PR/(P+R), 0 when P+R = 0.
 */
final class RougeScorer implements RowStatsState.RowScorer {
    /** rougeL and rougeLsum as the n of this scorer. */
    static final int LCS = -1;
    static final int LSUM = -2;

    private final int n;
    private final Map<String, Integer> ids = new HashMap<>();

    /** @param n the n of rougeN, or {@link #LCS}, or {@link #LSUM} */
    RougeScorer(int n) {
        this.n = n;
    }

    @Override
    public int width() {
        return 3;
    }

    @Override
    public void score(Columns batch, int row, double[] out, int off) {
        String pred = Inputs.hypothesis(batch, row);
        List<String> refs = Inputs.references(batch, row);
        ids.clear();
        double[] best = null;
        double[] cur = new double[3];
        Object predTokens = n == LSUM ? sentences(pred) : tokenIds(pred);
        for (String ref : refs) {
            if (n == LSUM) {
                RougeLcs.summaryLevel(sentences(ref), (int[][]) predTokens, cur);
            } else if (n == LCS) {
                RougeLcs.whole(tokenIds(ref), (int[]) predTokens, cur);
            } else {
                RougeNgrams.score(tokenIds(ref), (int[]) predTokens, n, cur);
            }
            if (best == null || cur[2] > best[2]) {
                best = cur.clone();
            }
        }
        System.arraycopy(best, 0, out, off, 3);
    }

    private int[][] sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start) {
                out.add(tokenIds(text.substring(start, end)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out.toArray(new int[0][]);
    }

    /** @return ids of rouge-score's tokens of {@code text} */
    int[] tokenIds(String text) {
        List<String> toks = tokens(text);
        int[] out = new int[toks.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(toks.get(i));
            if (id == null) {
                id = ids.size();
                ids.put(toks.get(i), id);
            }
            out[i] = id;
        }
        return out;
    }

    /** @return rouge-score's {@code tokenize(text, None)}: runs of [a-z0-9] after Python lower() */
    static List<String> tokens(String text) {
        String s = PyText.lower(text);
        List<String> out = new ArrayList<>();
        int i = 0;
        int len = s.length();
        while (i < len) {
            while (i < len && !alnum(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && alnum(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
