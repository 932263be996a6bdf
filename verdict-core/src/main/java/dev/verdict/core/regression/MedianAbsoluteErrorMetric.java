package dev.verdict.core.regression;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import java.util.Arrays;

/**
 * Median absolute error, matching {@code sklearn.metrics.median_absolute_error} of scikit-learn 1.2.1:
 * <ul>
 *   <li>without a weight column: {@code np.median(|y - yhat|)}, the mean of the two middle values for an even
 *   count;</li>
 *   <li>with a weight column: {@code sklearn.utils.stats._weighted_percentile(|y - yhat|, w, 50)}, the LOWER weighted
 *   median: sort the errors, take the cumulative weights {@code c}, and return the first error whose {@code c_i >=
 *   0.5 * c_last} (a zero target is nudged to the next double so that leading zero weights are skipped). With unit
 *   weights and an even count it is the lower middle value, not the mean of the two.</li>
 * </ul>
 * Ties in the error are ordered by weight, so the result does not depend on row order. Empty input or zero total
 * weight: NaN with a warning (sklearn raises, or returns the largest error when every weight is 0).
 */
final class MedianAbsoluteErrorMetric extends AbstractMetric<AbsoluteErrorsState> {

    MedianAbsoluteErrorMetric(MetricDefinition definition, Params params) {
        super(definition, params);
    }

    @Override
    public StateSpec<AbsoluteErrorsState> stateSpec() {
        return AbsoluteErrorsState.SPEC;
    }

    @Override
    public MetricValue compute(AbsoluteErrorsState s) {
        int n = s.size();
        if (n == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        return s.weighted() ? weightedLowerMedian(s.errors(), s.weights(), n) : MetricValue.of(median(s.errors(), n));
    }

    private static double median(double[] errors, int n) {
        double[] v = Arrays.copyOf(errors, n);
        Arrays.sort(v);
        int mid = n / 2;
        return n % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
    }

    private static MetricValue weightedLowerMedian(double[] errors, double[] weights, int n) {
        int[] order = IndexSort.order(n, errors, weights);
        double[] cdf = new double[n];
        double c = 0.0;
        for (int k = 0; k < n; k++) {
            c += weights[order[k]];
            cdf[k] = c;
        }
        if (c == 0.0) {
            return MetricValue.warn(Double.NaN, "total weight is 0");
        }
        double target = 0.5 * c;
        int k = 0;
        while (k < n - 1 && cdf[k] < target) {
            k++;
        }
        return MetricValue.of(errors[order[k]]);
    }
}
