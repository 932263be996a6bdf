package dev.verdict.core.operational;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * Minimum and maximum of a time column over the rows of positive weight, and the total weight. O(1); merging takes
 * the min of mins, max of maxes and adds the weights. Rows of zero weight are left out entirely (as if absent), so
 * integer weights equal duplicated rows.
 */
final class SpanState implements MetricState<SpanState> {
    private final String column;
    private final String metric;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double weight;

    private SpanState(String column, String metric) {
        this.column = column;
        this.metric = metric;
    }

    /** @return the spec of a time column's span; equal for equal columns */
    static StateSpec<SpanState> spec(String column, String metric) {
        return new StateSpec<>("operational.span:" + column, () -> new SpanState(column, metric));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        double[] t = NamedColumns.require(batch, column, metric);
        double[] w = batch.weight();
        double lo = min;
        double hi = max;
        double sw = 0;
        for (int i = from; i < to; i++) {
            double wi = NamedColumns.weight(w, i);
            double x = NamedColumns.finite(t, column, i);
            if (wi > 0) {
                sw += wi;
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        min = lo;
        max = hi;
        weight += sw;
    }

    @Override
    public SpanState combine(SpanState other) {
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        weight += other.weight;
        return this;
    }
}
