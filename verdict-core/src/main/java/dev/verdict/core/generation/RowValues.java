package dev.verdict.core.generation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-unit values of averaged metrics in the detail. The engine merges chunks in any order and rows carry no id, so
 * the values are given sorted ascending (a distribution that does not depend on row order or chunking); the state
 * itself keeps rows in acceptance order for resampling.
 */
final class RowValues {
    private RowValues() {
    }

    /** @return {@code {"row_values_sorted": values sorted, "rows": n}} */
    static Map<String, Object> detail(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rows", values.length);
        d.put("row_values_sorted", list(sorted));
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
}
