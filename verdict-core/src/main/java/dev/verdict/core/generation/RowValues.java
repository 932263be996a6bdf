package dev.verdict.core.generation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Per-unit values of averaged metrics in the detail. The engine merges chunks in any order and rows carry no id, so
 * the values are given sorted ascending (a distribution that does not depend on row order or chunking); the state
 * itself keeps rows in acceptance order for resampling.
 */
final class RowValues {
    private RowValues() {
    }

    /**
     * @param values the per-row values (taken over, not copied: the caller must not modify them afterwards)
     * @return {@code {"row_values_sorted": values sorted, "rows": n}}; the list is sorted on its first use, so a run
     *     that never reads it (a text report) pays neither the sort nor the boxing
     */
    static Map<String, Object> detail(double[] values) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rows", values.length);
        d.put("row_values_sorted", new SortedView(values));
        return d;
    }

    /** @return the values as an unmodifiable list (detail values are compared as lists by the engine's tests) */
    static java.util.List<Double> list(double[] values) {
        java.util.List<Double> out = new java.util.ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** An unmodifiable list of the values in ascending order ({@link Arrays#sort(double[])}), sorted when first read. */
    private static final class SortedView extends AbstractList<Double> implements RandomAccess {
        private final double[] values;
        private volatile boolean sorted;

        SortedView(double[] values) {
            this.values = values;
        }

        private double[] sorted() {
            if (!sorted) {
                synchronized (this) {
                    if (!sorted) {
                        Arrays.sort(values);
                        sorted = true;
                    }
                }
            }
            return values;
        }

        @Override
        public Double get(int index) {
            return sorted()[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
