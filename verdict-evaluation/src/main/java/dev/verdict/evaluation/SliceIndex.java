package dev.verdict.evaluation;

import dev.verdict.io.ColumnType;
import dev.verdict.io.DataTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups row indices by the value of a slice column: one {@link Group} per distinct value, ordered by value. */
final class SliceIndex {
    /**
     * One slice.
     *
     * @param name {@code column=value}
     * @param rows the row indices, ascending
     */
    record Group(String name, int[] rows) {
    }

    private static final Comparator<String> VALUE_ORDER = (a, b) -> {
        Double x = parse(a);
        Double y = parse(b);
        if (x != null && y != null) {
            int c = Double.compare(x, y);
            return c != 0 ? c : a.compareTo(b);
        }
        return x != null ? -1 : y != null ? 1 : a.compareTo(b);
    };

    private SliceIndex() {
    }

    /** @return the slices of {@code column}, ordered numerically for numbers, else lexicographically */
    static List<Group> groups(DataTable table, String column, ColumnType type) {
        int[] codes;
        List<String> values;
        if (type == ColumnType.NUMBER) {
            double[] v = table.numbers(column);
            codes = new int[v.length];
            values = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < v.length; i++) {
                String text = text(v[i]);
                Integer c = seen.putIfAbsent(text, values.size());
                if (c == null) {
                    c = values.size();
                    values.add(text);
                }
                codes[i] = c;
            }
        } else {
            codes = table.codes(column);
            values = table.dictionary(column);
        }
        return group(column, codes, values);
    }

    private static List<Group> group(String column, int[] codes, List<String> values) {
        int[] count = new int[values.size()];
        for (int c : codes) {
            count[c]++;
        }
        int[][] rows = new int[values.size()][];
        for (int c = 0; c < rows.length; c++) {
            rows[c] = new int[count[c]];
        }
        int[] fill = new int[values.size()];
        for (int i = 0; i < codes.length; i++) {
            rows[codes[i]][fill[codes[i]]++] = i;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < rows.length; c++) {
            if (count[c] > 0) {
                order.add(c);
            }
        }
        order.sort((a, b) -> VALUE_ORDER.compare(values.get(a), values.get(b)));
        List<Group> out = new ArrayList<>(order.size());
        for (int c : order) {
            out.add(new Group(column + "=" + values.get(c), rows[c]));
        }
        return out;
    }

    /** @return whole numbers without a decimal point, others as {@link Double#toString} */
    static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
