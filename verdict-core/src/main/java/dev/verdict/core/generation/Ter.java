package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricValue;
import dev.verdict.core.StateSpec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sacreBLEU 2.6.0 corpus TER ({@code sacrebleu.metrics.TER(...).corpus_score}), 0-100. Per row: the fewest edits
 * (shifts + beam edit distance, {@link TerEdits}) over the references and the MEAN reference length; corpus TER =
 * 100 * Σ edits / Σ mean reference lengths; when the reference lengths sum to 0 it is 100 if any edit was needed,
 * else 0 (sacreBLEU's choice, no warning needed since it is defined). A reference with no words costs one edit per
 * hypothesis word and adds 0 to the length. Row statistics: {@code [nrefs, edits, mean ref length]}.
 */
final class Ter implements RowStatsState.RowScorer {
    private final TerTokenizer tokenizer;
    private final Map<String, Integer> ids = new HashMap<>();

    Ter(TerTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    static StateSpec<RowStatsState> spec(boolean normalized, boolean noPunct, boolean asian, boolean caseSensitive) {
        return new StateSpec<>("generation.ter@norm=" + normalized + ",punct=" + !noPunct + ",asian=" + asian
                + ",case=" + caseSensitive,
                () -> new RowStatsState(new Ter(new TerTokenizer(normalized, noPunct, asian, caseSensitive))));
    }

    @Override
    public int width() {
        return 3;
    }

    @Override
    public void score(Columns batch, int row, double[] out, int off) {
        String hyp = Inputs.hypothesis(batch, row);
        List<String> refs = Inputs.references(batch, row);
        ids.clear();
        int[] h = ids(tokenizer.words(hyp));
        long best = Long.MAX_VALUE;
        long refLengths = 0;
        for (String ref : refs) {
            int[] r = ids(tokenizer.words(ref));
            best = Math.min(best, TerEdits.edits(h, r));
            refLengths += r.length;
        }
        out[off] = refs.size();
        out[off + 1] = best;
        out[off + 2] = refLengths / (double) refs.size();
    }

    private int[] ids(List<String> words) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(words.get(i));
            if (id == null) {
                id = ids.size();
                ids.put(words.get(i), id);
            }
            out[i] = id;
        }
        return out;
    }

    /** @return corpus TER with detail {@code num_edits}, {@code ref_length}, {@code signature} */
    static MetricValue corpus(RowStatsState st, boolean normalized, boolean noPunct, boolean asian,
            boolean caseSensitive) {
        if (st.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows: TER is undefined");
        }
        double edits = 0;
        double refLen = 0;
        for (int r = 0; r < st.rows(); r++) {
            edits += st.get(r, 1);
            refLen += st.get(r, 2);
        }
        double score;
        if (refLen > 0) {
            score = edits / refLen;
        } else {
            score = edits > 0 ? 1.0 : 0.0;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("num_edits", (long) edits);
        d.put("ref_length", refLen);
        d.put("signature", "nrefs:" + Bleu.nrefs(st, 0) + "|case:" + (caseSensitive ? "mixed" : "lc")
                + "|tok:tercom|norm:" + yesNo(normalized) + "|punct:" + yesNo(!noPunct) + "|asian:" + yesNo(asian)
                + "|version:" + Bleu.SACREBLEU_VERSION);
        return new MetricValue(100 * score, d, null);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
