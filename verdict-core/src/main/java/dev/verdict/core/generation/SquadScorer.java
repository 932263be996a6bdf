package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQuAD v1.1 answer scoring ({@code evaluate-v1.1.py}, as {@code huggingface/evaluate metrics/squad}): per row
 * {@code [exact_match, f1]}, each the maximum over the references. {@code normalize_answer}: Python {@code lower()},
 * remove the 32 ASCII {@code string.punctuation} characters, replace the words a / an / the ({@code \b(a|an|the)\b},
 * Python's Unicode word characters: alphanumerics and underscore) by a space, collapse whitespace. F1: bag-of-tokens
 * overlap; 0 when no token is shared (so two empty answers have EM 1 and F1 0, as v1.1).
 */
final class SquadScorer implements RowStatsState.RowScorer {
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @Override
    public int width() {
        return 2;
    }

    @Override
    public void score(Columns batch, int row, double[] out, int off) {
        List<String> pred = normalize(Inputs.hypothesis(batch, row));
        double em = 0;
        double f1 = 0;
        for (String ref : Inputs.references(batch, row)) {
            List<String> gold = normalize(ref);
            em = Math.max(em, pred.equals(gold) ? 1.0 : 0.0);
            f1 = Math.max(f1, f1(pred, gold));
        }
        out[off] = em;
        out[off + 1] = f1;
    }

    private static double f1(List<String> pred, List<String> gold) {
        Map<String, int[]> counts = new HashMap<>();
        for (String g : gold) {
            counts.computeIfAbsent(g, k -> new int[1])[0]++;
        }
        int same = 0;
        for (String p : pred) {
            int[] c = counts.get(p);
            if (c != null && c[0] > 0) {
                c[0]--;
                same++;
            }
        }
        if (same == 0) {
            return 0.0;
        }
        double precision = 1.0 * same / pred.size();
        double recall = 1.0 * same / gold.size();
        return (2 * precision * recall) / (precision + recall);
    }

    /** @return the tokens of SQuAD's {@code normalize_answer(s)} */
    static List<String> normalize(String s) {
        String lower = PyText.lower(s);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 128 || PUNCTUATION.indexOf(c) < 0) {
                b.append(c);
            }
        }
        String t = removeArticles(b.toString());
        return PyText.split(t);
    }

    private static String removeArticles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWord(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length() && isWord(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            String w = s.substring(start, i);
            out.append(w.equals("a") || w.equals("an") || w.equals("the") ? " " : w);
        }
        return out.toString();
    }

    /** Python {@code re} Unicode word character: {@code str.isalnum()} or underscore. */
    static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || Character.getNumericValue(cp) >= 0 && t == Character.OTHER_LETTER;
    }

    /** @return the tokens (for tests) */
    static List<String> tokens(String s) {
        return new ArrayList<>(normalize(s));
    }
}
