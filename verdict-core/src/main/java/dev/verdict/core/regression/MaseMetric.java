package dev.verdict.core.regression;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import java.util.Locale;

/**
 * Mean absolute scaled error with seasonal period {@code m}, following R yardstick's
 * {@code mase_vec(truth, estimate, m = m, case_weights = w)} on the series ordered by time:
 * <pre>
 *   mase = (sum_t w_t |y_t - yhat_t| / sum_t w_t) / (mean over t = m+1..n of |y_t - y_{t-m}|)
 * </pre>
 * Weights apply to the numerator only; the denominator (the in-sample MAE of the seasonal-naive forecast) is
 * unweighted, as in yardstick. Hence integer weights are NOT equivalent to duplicating rows (a duplicate would be a
 * new point of the series). Rows are ordered by time, ties by y_true then y_pred (with a warning, since a series
 * should have distinct times). Edge cases: no rows, {@code n <= m} or zero total weight: NaN with a warning; a
 * constant seasonal-naive error of 0: +Inf (or NaN for 0/0) with a warning.
 */
final class MaseMetric extends AbstractMetric<SeriesState> {
    private final int period;

    MaseMetric(MetricDefinition definition, Params params) {
        super(definition, params);
        this.period = params.getInt("period");
    }

    @Override
    public StateSpec<SeriesState> stateSpec() {
        return SeriesState.SPEC;
    }

    @Override
    public MetricValue compute(SeriesState s) {
        int n = s.size();
        if (n <= period) {
            return MetricValue.warn(Double.NaN, String.format(Locale.ROOT,
                    "mase needs more than period=%d rows for its seasonal-naive denominator, got %d", period, n));
        }
        int[] order = s.timeOrder();
        double[] y = s.truth();
        double[] p = s.pred();
        double[] w = s.weight();
        double[] sums = new double[3];
        double[] comp = new double[3];
        int ties = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            RegressionRows.add(sums, comp, 0, w[i]);
            RegressionRows.add(sums, comp, 1, w[i] * Math.abs(y[i] - p[i]));
            if (k >= period) {
                RegressionRows.add(sums, comp, 2, Math.abs(y[i] - y[order[k - period]]));
            }
            if (k > 0 && s.time()[i] == s.time()[order[k - 1]]) {
                ties++;
            }
        }
        double weight = sums[0] + comp[0];
        if (weight == 0.0) {
            return MetricValue.warn(Double.NaN, "total weight is 0");
        }
        double numerator = (sums[1] + comp[1]) / weight;
        double denominator = (sums[2] + comp[2]) / (n - period);
        return result(numerator / denominator, denominator, ties);
    }

    private static MetricValue result(double value, double denominator, int ties) {
        if (denominator == 0.0) {
            return MetricValue.warn(value, "the seasonal-naive forecast is perfect (denominator 0)");
        }
        if (ties > 0) {
            return MetricValue.warn(value, String.format(Locale.ROOT,
                    "%d rows share a time value with another row; ties ordered by y_true, y_pred", ties));
        }
        return MetricValue.of(value);
    }
}
