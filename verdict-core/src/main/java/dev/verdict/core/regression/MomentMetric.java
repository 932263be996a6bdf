package dev.verdict.core.regression;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
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
final class MomentMetric extends AbstractMetric<MomentsState> implements Resamplable, PerRowValues {
    /** The closed set of moment-based metrics. */
    enum Kind { MAE, MSE, RMSE, R2, EXPLAINED_VARIANCE, MAPE, SMAPE, PINBALL }

    private final Kind kind;

    MomentMetric(MetricDefinition definition, Params params, Kind kind) {
        super(definition, params);
        this.kind = kind;
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

    /**
     * Per-row terms whose mean is the metric: |e| (mae), e^2 (mse), the mape and smape terms and the pinball loss.
     * rmse, r2 and explained_variance are not means of per-row values: InvalidInputException.
     */
    @Override
    public double[] perRowValues(Columns rows) {
        PerRowValues.requireUnitWeights(rows, "per-row values of metric " + name());
        return terms(rows);
    }

    private double[] terms(Columns rows) {
        if (kind == Kind.RMSE || kind == Kind.R2 || kind == Kind.EXPLAINED_VARIANCE) {
            throw new InvalidInputException("metric " + name() + " is not a mean of per-row values");
        }
        RegressionRows.requireTargets(rows, "regression metrics");
        double[] v = new double[rows.size()];
        double alpha = kind == Kind.PINBALL ? params().getDouble("alpha") : 0.0;
        for (int i = 0; i < v.length; i++) {
            double y = RegressionRows.finite(rows.yTrue()[i], "yTrue", i);
            double p = RegressionRows.finite(rows.yPred()[i], "yPred", i);
            double e = y - p;
            double denom = Math.abs(y) + Math.abs(p);
            v[i] = switch (kind) {
                case MAE -> Math.abs(e);
                case MSE -> e * e;
                case MAPE -> Math.abs(e) / Math.max(Math.abs(y), Math.ulp(1.0));
                case SMAPE -> denom == 0.0 ? 0.0 : 2.0 * Math.abs(p - y) / denom;
                case PINBALL -> e >= 0 ? alpha * e : -(1.0 - alpha) * e;
                default -> throw new IllegalStateException(kind.name());
            };
        }
        return v;
    }

    /** Mean metrics resample as a counted weighted mean of their terms; rmse as the root of the mse one. */
    @Override
    public Replicator replicator(Columns rows) {
        if (kind == Kind.R2 || kind == Kind.EXPLAINED_VARIANCE) {
            return null;
        }
        boolean root = kind == Kind.RMSE;
        double[] t = root ? new MomentMetric(definition(), params(), Kind.MSE).terms(rows) : terms(rows);
        double[] w = new double[t.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = RegressionRows.weight(rows, i);
        }
        return new MeanReplicator(t, w, root);
    }

    private double pinball(MomentsState s, double w) {
        double alpha = params().getDouble("alpha");
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
