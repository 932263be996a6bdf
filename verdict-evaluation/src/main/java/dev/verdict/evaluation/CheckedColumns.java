package dev.verdict.evaluation;

import java.util.List;

/**
 * Reads columns of a table for the engine, checking every cell and naming the file row of the first bad one: the
 * checks shared by the batch builders of every task.
 */
final class CheckedColumns {
    private final RowRef ref;

    CheckedColumns(RowRef ref) {
        this.ref = ref;
    }

    /** @return a NUMBER column whose values are all finite, or null when {@code column} is null */
    double[] finite(String column) {
        if (column == null) {
            return null;
        }
        double[] v = ref.table().numbers(column);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw ref.at(column, i, "expected a finite number, got " + v[i]);
            }
        }
        return v;
    }

    /** @return the finite NUMBER columns, or null when there are none */
    double[][] finite(List<String> columns) {
        if (columns.isEmpty()) {
            return null;
        }
        double[][] out = new double[columns.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = finite(columns.get(k));
        }
        return out;
    }

    /**
     * @param column a CATEGORY column holding 0/1, 1.0/0.0 or true/false
     * @param what how the error names a bad value, e.g. "a pass flag must be 0/1 or false/true"
     * @return 1 for the true values, 0 for the false ones
     */
    int[] zeroOne(String column, String what) {
        int[] codes = ref.table().codes(column);
        List<String> dict = ref.table().dictionary(column);
        int[] bit = new int[dict.size()];
        for (int c = 0; c < bit.length; c++) {
            String v = dict.get(c);
            bit[c] = v.equals("1") || v.equals("1.0") || v.equals("true") ? 1
                    : v.equals("0") || v.equals("0.0") || v.equals("false") ? 0 : -1;
        }
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = bit[codes[i]];
            if (out[i] < 0) {
                throw ref.at(column, i, what + ", got '" + dict.get(codes[i]) + "'");
            }
        }
        return out;
    }
}
