package dev.verdict.evaluation;

import dev.verdict.core.InvalidInputException;
import dev.verdict.io.ColumnType;
import dev.verdict.io.DataTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the candidate's rows to the baseline's on a key (data.id for rows, the query id for per-query values): rows
 * may come in any order, but every key must be in both files exactly once and the truth must agree. Mismatches are
 * errors that say how many keys and show up to {@value #EXAMPLES} examples.
 */
final class PairedJoin {
    static final int EXAMPLES = 5;

    private PairedJoin() {
    }

    /**
     * @param what the key's name for messages, e.g. {@code id (column "txn_id")}
     * @param base baseline keys, in baseline order
     * @param cand candidate keys, in candidate order
     * @param baseFile baseline file, for messages
     * @param candFile candidate file, for messages
     * @return for each baseline position, the candidate position with the same key
     */
    static int[] align(String what, List<String> base, List<String> cand, Object baseFile, Object candFile) {
        Map<String, Integer> candAt = index(what, cand, candFile);
        Map<String, Integer> baseAt = index(what, base, baseFile);
        List<String> onlyBase = new ArrayList<>();
        int[] perm = new int[base.size()];
        for (int i = 0; i < base.size(); i++) {
            Integer j = candAt.get(base.get(i));
            if (j == null) {
                onlyBase.add(base.get(i));
            } else {
                perm[i] = j;
            }
        }
        List<String> onlyCand = new ArrayList<>();
        for (String k : cand) {
            if (!baseAt.containsKey(k)) {
                onlyCand.add(k);
            }
        }
        if (!onlyBase.isEmpty() || !onlyCand.isEmpty()) {
            StringBuilder sb = new StringBuilder("the baseline and candidate files must hold the same " + what
                    + " values:");
            if (!onlyBase.isEmpty()) {
                sb.append(' ').append(onlyBase.size()).append(" only in the baseline ").append(baseFile)
                        .append(" (e.g. ").append(examples(onlyBase)).append(')');
            }
            if (!onlyCand.isEmpty()) {
                sb.append(onlyBase.isEmpty() ? " " : "; ").append(onlyCand.size()).append(" only in the candidate ")
                        .append(candFile).append(" (e.g. ").append(examples(onlyCand)).append(')');
            }
            throw new InvalidInputException(sb.toString());
        }
        return perm;
    }

    private static Map<String, Integer> index(String what, List<String> keys, Object file) {
        Map<String, Integer> at = new HashMap<>(keys.size() * 2);
        List<String> dup = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (at.putIfAbsent(keys.get(i), i) != null) {
                dup.add(keys.get(i));
            }
        }
        if (!dup.isEmpty()) {
            throw new InvalidInputException(file + ": " + dup.size() + " " + what + " values occur more than once "
                    + "(e.g. " + examples(dup) + "); rows are paired by " + what + ", which must be unique");
        }
        return at;
    }

    /** @return the table's values of a CATEGORY column as text, in row order */
    static List<String> texts(DataTable table, String column) {
        int[] codes = table.codes(column);
        List<String> dict = table.dictionary(column);
        List<String> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(dict.get(c));
        }
        return out;
    }

    /**
     * Throws when the truth column differs between the joined rows.
     *
     * @param keys baseline keys (for examples)
     * @param perm candidate position of each baseline row
     */
    static void requireSameTruth(String column, ColumnType type, DataTable base, DataTable cand, int[] perm,
            List<String> keys, String keyName) {
        if (column == null) {
            return;
        }
        List<String> diff = new ArrayList<>();
        if (type == ColumnType.NUMBER) {
            double[] b = base.numbers(column);
            double[] c = cand.numbers(column);
            for (int i = 0; i < perm.length; i++) {
                if (Double.compare(b[i], c[perm[i]]) != 0) {
                    diff.add(keys.get(i) + ": " + b[i] + " vs " + c[perm[i]]);
                }
            }
        } else if (type == ColumnType.TEXT_LIST) {
            String[][] b = base.textLists(column);
            String[][] c = cand.textLists(column);
            for (int i = 0; i < perm.length; i++) {
                if (!Arrays.equals(b[i], c[perm[i]])) {
                    diff.add(keys.get(i));
                }
            }
        } else {
            List<String> b = texts(base, column);
            List<String> c = texts(cand, column);
            for (int i = 0; i < perm.length; i++) {
                if (!b.get(i).equals(c.get(perm[i]))) {
                    diff.add(keys.get(i) + ": '" + b.get(i) + "' vs '" + c.get(perm[i]) + "'");
                }
            }
        }
        if (!diff.isEmpty()) {
            throw new InvalidInputException(String.format(java.util.Locale.ROOT, "column \"%s\" (the truth) differs "
                    + "between the baseline %s and the candidate %s in %d of %d rows (%s baseline vs candidate, e.g. "
                    + "%s); both files must hold the same examples with the same truth", column, base.file(),
                    cand.file(), diff.size(), perm.length, keyName, examples(diff)));
        }
    }

    static String examples(List<String> values) {
        return String.join(", ", values.subList(0, Math.min(EXAMPLES, values.size())));
    }
}
