package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * O(1) mergeable moments of the residual {@code e = y_true - y_pred}, shared by every sum-based regression metric
 * (mae, mse, rmse, r2, explained_variance, mape, smape, pinball). Weighted sums use Neumaier-compensated summation;
 * the spreads of {@code y_true} and of {@code e} around their weighted means use West's weighted Welford update and
 * Chan's parallel merge, so they stay accurate with large offsets (e.g. y around 1e6) and are exactly 0 for constant
 * columns.
 */
final class MomentsState implements MetricState<MomentsState> {
    /** The key under which every moment-based metric shares one state. */
    static final StateSpec<MomentsState> SPEC = new StateSpec<>("regression.moments", MomentsState::new);

    static final int W = 0;
    static final int ABS = 1;
    static final int SQ = 2;
    static final int PCT = 3;
    static final int SPCT = 4;
    static final int POS = 5;
    static final int NEG = 6;
    private static final int SUMS = 7;
    private static final double EPS = Math.ulp(1.0);

    private long rows;
    private final double[] sum = new double[SUMS];
    private final double[] comp = new double[SUMS];
    /**
     * Welford: weight seen so far (rows with positive weight); pivots (the first y and e seen), means of the values
     * minus their pivot, and weighted sums of squared deviations. Shifting by a pivot keeps the running means small,
     * so their rounding does not grow with the offset of the data.
     */
    private double welfordWeight;
    private double pivotY;
    private double pivotE;
    private double meanY;
    private double m2Y;
    private double meanE;
    private double m2E;

    @Override
    public void accept(Columns batch, int from, int to) {
        RegressionRows.requireTargets(batch, "regression metrics");
        double[] yt = batch.yTrue();
        double[] yp = batch.yPred();
        for (int i = from; i < to; i++) {
            double y = RegressionRows.finite(yt[i], "yTrue", i);
            double p = RegressionRows.finite(yp[i], "yPred", i);
            double w = RegressionRows.weight(batch, i);
            rows++;
            addRow(y, p, w);
        }
    }

    private void addRow(double y, double p, double w) {
        double e = y - p;
        double ae = Math.abs(e);
        RegressionRows.add(sum, comp, W, w);
        RegressionRows.add(sum, comp, ABS, w * ae);
        RegressionRows.add(sum, comp, SQ, w * (e * e));
        RegressionRows.add(sum, comp, PCT, w * (ae / Math.max(Math.abs(y), EPS)));
        double denom = Math.abs(y) + Math.abs(p);
        RegressionRows.add(sum, comp, SPCT, denom == 0.0 ? 0.0 : w * (2.0 * Math.abs(p - y) / denom));
        RegressionRows.add(sum, comp, e >= 0 ? POS : NEG, w * e);
        if (w > 0.0) {
            welford(y, e, w);
        }
    }

    private void welford(double y, double e, double w) {
        if (welfordWeight == 0.0) {
            welfordWeight = w;
            pivotY = y;
            pivotE = e;
            return;
        }
        welfordWeight += w;
        double r = w / welfordWeight;
        double sy = y - pivotY;
        double dy = sy - meanY;
        meanY += dy * r;
        m2Y += w * dy * (sy - meanY);
        double se = e - pivotE;
        double de = se - meanE;
        meanE += de * r;
        m2E += w * de * (se - meanE);
    }

    @Override
    public MomentsState combine(MomentsState o) {
        rows += o.rows;
        RegressionRows.addAll(sum, comp, o.sum, o.comp);
        if (o.welfordWeight == 0.0) {
            return this;
        }
        if (welfordWeight == 0.0) {
            welfordWeight = o.welfordWeight;
            pivotY = o.pivotY;
            pivotE = o.pivotE;
            meanY = o.meanY;
            m2Y = o.m2Y;
            meanE = o.meanE;
            m2E = o.m2E;
            return this;
        }
        double total = welfordWeight + o.welfordWeight;
        double f = welfordWeight * o.welfordWeight / total;
        double dy = (o.pivotY - pivotY) + (o.meanY - meanY);
        double de = (o.pivotE - pivotE) + (o.meanE - meanE);
        m2Y += o.m2Y + dy * dy * f;
        m2E += o.m2E + de * de * f;
        meanY += dy * (o.welfordWeight / total);
        meanE += de * (o.welfordWeight / total);
        welfordWeight = total;
        return this;
    }

    /** @return rows seen, including zero-weight rows */
    long rows() {
        return rows;
    }

    /** @return the compensated weighted sum number {@code k} (one of the constants of this class) */
    double sum(int k) {
        return sum[k] + comp[k];
    }

    /** @return sum of w * (y_true - weighted mean of y_true)^2 */
    double spreadY() {
        return m2Y;
    }

    /** @return sum of w * (e - weighted mean of e)^2 for the residual e */
    double spreadResidual() {
        return m2E;
    }
}
