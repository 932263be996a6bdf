package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import java.util.List;

/**
 * Word / character error rate statistics as jiwer's default transforms: per row {@code [edits, reference units]}
 * where edits is the Levenshtein distance (unit costs) between the hypothesis and the FIRST reference. Words: Python
 * {@code str.split()} (jiwer's default RemoveMultipleSpaces + Strip + split on " " agree for space-separated text);
 * characters: the code points of {@code strip()}ped text, spaces included (jiwer {@code cer_default}).
 */
final class ErrorRateScorer implements RowStatsState.RowScorer {
    private final boolean chars;

    ErrorRateScorer(boolean chars) {
        this.chars = chars;
    }

    @Override
    public int width() {
        return 2;
    }

    @Override
    public void score(Columns batch, int row, double[] out, int off) {
        String hyp = Inputs.hypothesis(batch, row);
        String ref = Inputs.references(batch, row).get(0);
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] h = units(hyp, ids);
        int[] r = units(ref, ids);
        out[off] = levenshtein(h, r);
        out[off + 1] = r.length;
    }

    private int[] units(String s, java.util.Map<String, Integer> ids) {
        if (chars) {
            return PyText.strip(s).codePoints().toArray();
        }
        List<String> words = PyText.split(s);
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

    /** @return unit-cost edit distance (substitution, insertion, deletion) */
    private static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
