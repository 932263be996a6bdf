package dev.verdict.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One metric on one slice.
 *
 * @param id the plan's metric id
 * @param metric the canonical metric name
 * @param params the resolved parameters (defaults filled in)
 * @param slice {@code all} or {@code column=value}
 * @param n rows in the slice
 * @param value the value; NaN when undefined (then {@code warning} says why)
 * @param detail extra structured output, empty when none
 * @param warning why the value is undefined or a fallback, or null
 * @param ci the confidence interval of the value, or null when none was asked for
 * @param vsRest the one-sided test of a judged slice against the rest of the rows (reported, Holm-corrected per slice
 *     family, in {@code slice_gaps}), or null when none was computed ({@code all}, slices below
 *     {@code min_slice_size}, proportions the slice gaps test from their counts)
 */
public record ResultRow(String id, String metric, Map<String, Object> params, String slice, long n, double value,
        Map<String, Object> detail, String warning, ConfidenceInterval ci, VersusRest vsRest) {
    /** The name of the slice holding every row. */
    public static final String ALL = "all";

    /** Copies the maps. */
    public ResultRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slice, "slice");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        detail = detail == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** A row without a confidence interval. */
    public ResultRow(String id, String metric, Map<String, Object> params, String slice, long n, double value,
            Map<String, Object> detail, String warning) {
        this(id, metric, params, slice, n, value, detail, warning, null, null);
    }

    /** A row without a test against the rest. */
    public ResultRow(String id, String metric, Map<String, Object> params, String slice, long n, double value,
            Map<String, Object> detail, String warning, ConfidenceInterval ci) {
        this(id, metric, params, slice, n, value, detail, warning, ci, null);
    }

    /**
     * The number of units the value is computed over, which {@code min_slice_size} counts: the evaluated queries
     * ({@code detail.num_q}) of a ranking measure, whose value is a mean over queries; {@code n} otherwise.
     *
     * @return the slice's size in units
     */
    public long units() {
        return detail.get("num_q") instanceof Number q ? q.longValue() : n;
    }

    /** @param interval the interval @return a copy with that interval */
    public ResultRow withCi(ConfidenceInterval interval) {
        return new ResultRow(id, metric, params, slice, n, value, detail, warning, interval, vsRest);
    }

    /** @param test the test against the rest @return a copy with that test */
    public ResultRow withVsRest(VersusRest test) {
        return new ResultRow(id, metric, params, slice, n, value, detail, warning, ci, test);
    }
}
