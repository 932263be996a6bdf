package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Locale;

/**
 * O(1) mergeable sums over a prediction interval {@code [lower, upper]}: total weight, weight of rows with
 * {@code lower <= y <= upper}, and weighted width {@code upper - lower}. Batches without lower/upper columns, or with a
 * row where {@code lower > upper}, are rejected.
 */
final class IntervalState implements MetricState<IntervalState> {
    /** The state key. */
    static final StateSpec<IntervalState> SPEC = new StateSpec<>("regression.interval", IntervalState::new);

    private long rows;
    private final double[] sum = new double[3];
    private final double[] comp = new double[3];

    @Override
    public void accept(Columns batch, int from, int to) {
        if (batch.lower() == null || batch.upper() == null || batch.yTrue() == null) {
            throw new InvalidInputException("metrics interval_coverage and interval_width need the columns yTrue, "
                    + "lower and upper (data.y_true, data.lower, data.upper); missing: "
                    + (batch.yTrue() == null ? "yTrue" : batch.lower() == null ? "lower" : "upper"));
        }
        for (int i = from; i < to; i++) {
            double y = RegressionRows.finite(batch.yTrue()[i], "yTrue", i);
            double lo = RegressionRows.finite(batch.lower()[i], "lower", i);
            double hi = RegressionRows.finite(batch.upper()[i], "upper", i);
            if (lo > hi) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "interval lower must be <= upper; row %d of the batch has lower=%s > upper=%s", i, lo, hi));
            }
            double w = RegressionRows.weight(batch, i);
            rows++;
            RegressionRows.add(sum, comp, 0, w);
            RegressionRows.add(sum, comp, 1, lo <= y && y <= hi ? w : 0.0);
            RegressionRows.add(sum, comp, 2, w * (hi - lo));
        }
    }

    @Override
    public IntervalState combine(IntervalState o) {
        rows += o.rows;
        RegressionRows.addAll(sum, comp, o.sum, o.comp);
        return this;
    }

    /** @return rows seen */
    long rows() {
        return rows;
    }

    /** @return total weight */
    double weight() {
        return sum[0] + comp[0];
    }

    /** @return weight of rows whose target lies inside the interval */
    double covered() {
        return sum[1] + comp[1];
    }

    /** @return weighted sum of interval widths */
    double width() {
        return sum[2] + comp[2];
    }
}
