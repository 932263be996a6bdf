package dev.verdict.core.regression;

import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;

/**
 * A regression metric computed from the shared {@link MomentsState}. With weights {@code w} (1 when absent),
 * residual {@code e = y - yhat} and {@code W = sum w}:
 * <ul>
 *   <li>mae = sum w|e| / W ({@code sklearn.metrics.mean_absolute_error});</li>
 *   <li>mse = sum w e^2 / W ({@code mean_squared_error}); rmse = sqrt(mse) ({@code squared=False});</li>
 *   <li>r2 = 1 - sum w e^2 / sum w (y - ybar_w)^2 ({@code r2_score}); NaN with fewer than 2 rows;</li>
 *   <li>explained_variance = 1 - Var_w(e) / Var_w(y) ({@code explained_variance_score});</li>
 *   <li>mape = sum w |e| / max(|y|, eps) / W, eps = 2^-52 ({@code mean_absolute_percentage_error});</li>
 *   <li>smape = sum w 2|yhat - y| / (|y| + |yhat|) / W, a row with y = yhat = 0 contributing 0 (no sklearn
 *   function);</li>
 *   <li>pinball = sum w (alpha max(e, 0) - (1 - alpha) min(e, 0)) / W ({@code mean_pinball_loss}).</li>
 * </ul>
 * r2 and explained_variance follow scikit-learn 1.2.1's {@code force_finite=True}: with a constant target
 * (zero spread) the score is 1.0 for perfect predictions and 0.0 otherwise, with a warning; a zero numerator gives
 * 1.0. Empty input or zero total weight: NaN with a warning (sklearn raises).
 */
final class MomentMetric implements Metric<MomentsState> {
    /** The closed set of moment-based metrics. */
    enum Kind { MAE, MSE, RMSE, R2, EXPLAINED_VARIANCE, MAPE, SMAPE, PINBALL }

    private final MetricDefinition definition;
    private final Params params;
    private final Kind kind;

    MomentMetric(MetricDefinition definition, Params params, Kind kind) {
        this.definition = definition;
        this.params = params;
        this.kind = kind;
    }

    @Override
    public MetricDefinition definition() {
        return definition;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public StateSpec<MomentsState> stateSpec() {
        return MomentsState.SPEC;
    }

    @Override
    public MetricValue compute(MomentsState s) {
        if (s.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        double w = s.sum(MomentsState.W);
        if (w == 0.0) {
            return MetricValue.warn(Double.NaN, "total weight is 0");
        }
        return switch (kind) {
            case MAE -> MetricValue.of(s.sum(MomentsState.ABS) / w);
            case MSE -> MetricValue.of(s.sum(MomentsState.SQ) / w);
            case RMSE -> MetricValue.of(Math.sqrt(s.sum(MomentsState.SQ) / w));
            case MAPE -> MetricValue.of(s.sum(MomentsState.PCT) / w);
            case SMAPE -> MetricValue.of(s.sum(MomentsState.SPCT) / w);
            case PINBALL -> MetricValue.of(pinball(s, w));
            case R2 -> s.rows() < 2 ? MetricValue.warn(Double.NaN, "R^2 is not well-defined with less than two rows")
                    : score(s.sum(MomentsState.SQ), s.spreadY());
            case EXPLAINED_VARIANCE -> score(s.spreadResidual(), s.spreadY());
        };
    }

    private double pinball(MomentsState s, double w) {
        double alpha = params.getDouble("alpha");
        return (alpha * s.sum(MomentsState.POS) - (1.0 - alpha) * s.sum(MomentsState.NEG)) / w;
    }

    /** 1 - numerator / denominator with sklearn 1.2.1's force_finite fallbacks. */
    private static MetricValue score(double numerator, double denominator) {
        if (denominator == 0.0) {
            return numerator == 0.0
                    ? MetricValue.warn(1.0, "y_true is constant and predictions are perfect: score set to 1.0")
                    : MetricValue.warn(0.0, "y_true is constant: score set to 0.0 (force_finite)");
        }
        if (numerator == 0.0) {
            return MetricValue.of(1.0);
        }
        return MetricValue.of(1.0 - numerator / denominator);
    }
}
