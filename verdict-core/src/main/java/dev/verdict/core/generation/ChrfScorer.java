package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * sacreBLEU's chrF segment statistics ({@code CHRF._compute_segment_statistics}): per row {@code [nrefs,
 * (hyp, ref, match) for char orders 1..C then word orders 1..W]} of the reference with the best sentence chrF
 * (first on a tie). Characters are code points; without {@code whitespace}, whitespace is removed first; words have
 * one leading or trailing ASCII punctuation mark split off ({@code _remove_punctuation}).
 */
final class ChrfScorer implements RowStatsState.RowScorer {
    private static final String PUNCTS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final int charOrder;
    private final int wordOrder;
    private final double beta;
    private final boolean lowercase;
    private final boolean whitespace;
    private final NgramIds charIds = new NgramIds();
    private final NgramIds wordIds = new NgramIds();
    private int[] counts = new int[64];

    ChrfScorer(int charOrder, int wordOrder, double beta, boolean lowercase, boolean whitespace) {
        this.charOrder = charOrder;
        this.wordOrder = wordOrder;
        this.beta = beta;
        this.lowercase = lowercase;
        this.whitespace = whitespace;
    }

    @Override
    public int width() {
        return 1 + 3 * (charOrder + wordOrder);
    }

    @Override
    public void score(Columns batch, int row, double[] out, int off) {
        String hyp = prep(Inputs.hypothesis(batch, row));
        List<String> refs = Inputs.references(batch, row);
        charIds.clear();
        wordIds.clear();
        int[][] hypGrams = grams(hyp);
        int order = charOrder + wordOrder;
        double[] stats = new double[3 * order];
        double[] best = null;
        double bestF = -1.0;
        for (String ref : refs) {
            int[][] refGrams = grams(prep(ref));
            for (int n = 0; n < order; n++) {
                match(hypGrams[n], refGrams[n], stats, 3 * n);
            }
            double f = Chrf.fScore(stats, order, beta, false);
            if (f > bestF) {
                bestF = f;
                best = stats.clone();
            }
        }
        out[off] = refs.size();
        System.arraycopy(best, 0, out, off + 1, 3 * order);
    }

    private String prep(String s) {
        return lowercase ? PyText.lower(s) : s;
    }

    private int[][] grams(String s) {
        int[][] g = new int[charOrder + wordOrder][];
        String chars = whitespace ? s : PyText.removeSpaces(s);
        int[] tokens = charIds.codePoints(chars);
        ngrams(charIds, tokens, g, 0, charOrder);
        if (wordOrder > 0) {
            int[] words = wordIds.tokens(removePunctuation(s));
            ngrams(wordIds, words, g, charOrder, wordOrder);
        }
        return g;
    }

    private static void ngrams(NgramIds ids, int[] tokens, int[][] g, int at, int count) {
        if (count == 0) {
            return;
        }
        g[at] = tokens;
        for (int n = 1; n < count; n++) {
            g[at + n] = ids.extend(g[at + n - 1], tokens, n);
        }
    }

    private void match(int[] hyp, int[] ref, double[] stats, int at) {
        int max = 0;
        for (int id : ref) {
            max = Math.max(max, id + 1);
        }
        for (int id : hyp) {
            max = Math.max(max, id + 1);
        }
        if (counts.length < max) {
            counts = new int[Math.max(max, counts.length * 2)];
        }
        for (int id : ref) {
            counts[id]++;
        }
        int matches = 0;
        for (int id : hyp) {
            if (counts[id] > 0) {
                counts[id]--;
                matches++;
            }
        }
        for (int id : ref) {
            counts[id] = 0;
        }
        stats[at] = ref.length == 0 ? 0 : hyp.length;
        stats[at + 1] = ref.length;
        stats[at + 2] = matches;
    }

    /** @return {@code CHRF._remove_punctuation(s)} */
    static List<String> removePunctuation(String s) {
        List<String> out = new ArrayList<>();
        for (String w : PyText.split(s)) {
            int len = PyText.length(w);
            if (len == 1) {
                out.add(w);
                continue;
            }
            int last = w.codePointBefore(w.length());
            int first = w.codePointAt(0);
            if (last < 128 && PUNCTS.indexOf(last) >= 0) {
                out.add(w.substring(0, w.length() - 1));
                out.add(w.substring(w.length() - 1));
            } else if (first < 128 && PUNCTS.indexOf(first) >= 0) {
                out.add(w.substring(0, 1));
                out.add(w.substring(1));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
