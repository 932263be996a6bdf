package dev.verdict.evaluation;

import dev.verdict.io.DataTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a binary label column (and prediction column) to 0/1 through the positive label. Rules (docs/plan.md):
 * <ul>
 *   <li>the label column holds at most 2 distinct values, else an error names the first row of the third;</li>
 *   <li>the positive label is {@code data.positive}, else {@code 1} if it occurs, else {@code true} if it occurs,
 *   else {@code 1};</li>
 *   <li>if the positive label does not occur and the column holds 2 other values, that is an error (set
 *   {@code data.positive}); if it holds one other value, every row is negative and a warning says so;</li>
 *   <li>a prediction equal to the positive label is 1; any other prediction must be the label column's negative value
 *   (when the label column has one; else the first non-positive prediction value becomes the negative).</li>
 * </ul>
 */
final class BinaryCoding {
    final int[] label;
    final int[] predicted;
    final String positive;
    final String negative;
    final String warning;

    private BinaryCoding(int[] label, int[] predicted, String positive, String negative, String warning) {
        this.label = label;
        this.predicted = predicted;
        this.positive = positive;
        this.negative = negative;
        this.warning = warning;
    }

    static BinaryCoding of(RowRef ref, String labelColumn, String predictionColumn, String declaredPositive) {
        DataTable t = ref.table();
        int[] codes = t.codes(labelColumn);
        List<String> dict = t.dictionary(labelColumn);
        List<String> present = presentValues(ref, labelColumn, codes, dict);
        String positive = declaredPositive != null ? declaredPositive
                : present.contains("1") ? "1" : present.contains("true") ? "true" : "1";
        String negative = null;
        String warning = null;
        if (present.contains(positive)) {
            for (String v : present) {
                negative = v.equals(positive) ? negative : v;
            }
        } else if (present.size() == 2) {
            throw new dev.verdict.core.InvalidInputException(String.format(Locale.ROOT,
                    "%s: the positive label '%s' does not occur; the column holds %s. Set data.positive to the "
                            + "positive class", ref.column(labelColumn), positive, RowRef.quoted(present)));
        } else if (present.size() == 1) {
            negative = present.get(0);
            warning = String.format(Locale.ROOT, "the positive label '%s' does not occur in %s; every row is "
                    + "negative (set data.positive if '%s' is the positive class)", positive,
                    ref.column(labelColumn), negative);
        }
        int[] label = map(t, labelColumn, positive);
        int[] predicted = null;
        if (predictionColumn != null) {
            predicted = mapPrediction(ref, predictionColumn, positive, negative);
        }
        String negName = negative != null ? negative : positive.equals("true") ? "false" : "not " + positive;
        return new BinaryCoding(label, predicted, positive, negName, warning);
    }

    private static List<String> presentValues(RowRef ref, String column, int[] codes, List<String> dict) {
        boolean[] seen = new boolean[dict.size()];
        List<String> present = new ArrayList<>(2);
        for (int i = 0; i < codes.length; i++) {
            if (!seen[codes[i]]) {
                seen[codes[i]] = true;
                present.add(dict.get(codes[i]));
                if (present.size() > 2) {
                    throw ref.at(column, i, String.format(Locale.ROOT, "a binary label column holds at most 2 "
                            + "distinct values, but this row has a third, '%s' (after %s)", dict.get(codes[i]),
                            RowRef.quoted(present.subList(0, 2))));
                }
            }
        }
        return present;
    }

    /**
     * @return 0/1 labels (1 = positive). A two-valued column is recoded in place so that the positive value has code 1
     *     and its code array is shared, not copied (10M rows: 38 MiB less at the memory peak).
     */
    private static int[] map(DataTable t, String column, String positive) {
        int[] codes = t.codes(column);
        List<String> dict = t.dictionary(column);
        int posCode = dict.indexOf(positive);
        if (dict.size() == 2 && posCode == 0) {
            t.swapTwoValueCodes(column);
            posCode = 1;
        }
        if (posCode == 1 && dict.size() == 2) {
            return codes;
        }
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] == posCode ? 1 : 0;
        }
        return out;
    }

    private static int[] mapPrediction(RowRef ref, String column, String positive, String negative) {
        DataTable t = ref.table();
        int[] codes = t.codes(column);
        List<String> dict = t.dictionary(column);
        int posCode = dict.indexOf(positive);
        int negCode = negative == null ? -1 : dict.indexOf(negative);
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (c == posCode) {
                out[i] = 1;
                continue;
            }
            if (negCode < 0 && negative == null) {
                negCode = c;
                negative = dict.get(c);
            }
            if (c != negCode) {
                throw ref.at(column, i, String.format(Locale.ROOT, "prediction '%s' is neither the positive label "
                        + "'%s' nor the negative label '%s'", dict.get(c), positive, negative));
            }
        }
        return out;
    }
}
