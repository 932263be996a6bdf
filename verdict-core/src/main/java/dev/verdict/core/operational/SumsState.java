package dev.verdict.core.operational;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.List;

/**
 * Weighted sums of one or more named numeric columns: total weight and {@code sum(w * x)} per column.
 * O(1) memory; merging adds. Shared by every metric reading the same columns with the same validation (mean,
 * tokens_per_request, error_rate, the cost metrics).
 */
final class SumsState implements MetricState<SumsState> {
    /** How column values are validated. */
    enum Kind {
        /** Any finite number. */
        FINITE,
        /** A finite number >= 0 (token counts). */
        NON_NEGATIVE,
        /** 0 or 1 (an error flag). */
        FLAG
    }

    private final List<String> columns;
    private final Kind kind;
    private final String metric;
    double weight;
    final double[] sums;

    private SumsState(List<String> columns, Kind kind, String metric) {
        this.columns = columns;
        this.kind = kind;
        this.metric = metric;
        this.sums = new double[columns.size()];
    }

    /**
     * @param columns the column names (possibly none: then only weights are summed)
     * @param kind the validation
     * @param metric the metric name used in the missing-column message
     * @return the spec; equal for equal columns and kind
     */
    static StateSpec<SumsState> spec(List<String> columns, Kind kind, String metric) {
        List<String> cols = List.copyOf(columns);
        return new StateSpec<>("operational.sums:" + kind + ":" + cols, () -> new SumsState(cols, kind, metric));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        double[] w = batch.weight();
        double[][] x = new double[columns.size()][];
        for (int c = 0; c < x.length; c++) {
            x[c] = NamedColumns.require(batch, columns.get(c), metric);
        }
        double sw = 0;
        double[] s = new double[x.length];
        for (int i = from; i < to; i++) {
            double wi = NamedColumns.weight(w, i);
            sw += wi;
            for (int c = 0; c < x.length; c++) {
                s[c] += wi * value(x[c], columns.get(c), i);
            }
        }
        weight += sw;
        for (int c = 0; c < x.length; c++) {
            sums[c] += s[c];
        }
    }

    private double value(double[] v, String column, int i) {
        return switch (kind) {
            case FINITE -> NamedColumns.finite(v, column, i);
            case NON_NEGATIVE -> NamedColumns.nonNegative(v, column, i);
            case FLAG -> NamedColumns.flag(v, column, i);
        };
    }

    @Override
    public SumsState combine(SumsState other) {
        weight += other.weight;
        for (int c = 0; c < sums.length; c++) {
            sums[c] += other.sums[c];
        }
        return this;
    }

    /** @return the weighted mean of column {@code c}, NaN when the total weight is 0 */
    double mean(int c) {
        return sums[c] / weight;
    }
}
