package dev.verdict.core.curves;

import dev.verdict.core.InvalidInputException;
import java.util.Arrays;

/**
 * Regression residuals {@code y_true - y_pred} for plotting: a deterministic sample of (prediction, residual) points,
 * a histogram of all residuals and their percentiles.
 *
 * <p>Sampling: when there are more than {@code maxPoints} rows, rows are ranked by prediction (ties by row index) and
 * the rows at ranks {@code floor((j + 0.5) n / maxPoints)} for {@code j = 0 .. maxPoints - 1} are kept: evenly spaced
 * along the prediction axis, so the chart keeps the shape of the cloud, and the same data always gives the same
 * points. The histogram and percentiles always use every row.
 *
 * @param prediction the sampled rows' predictions, ascending
 * @param residual the sampled rows' residuals ({@code y_true - y_pred})
 * @param actual the sampled rows' true values
 * @param rows the number of rows before sampling
 * @param histogram residual histogram over all rows ({@link Histogram#of(double[], double[], int)})
 * @param percentiles residual percentiles 5, 25, 50, 75, 95 ({@link Percentiles})
 */
public record Residuals(double[] prediction, double[] residual, double[] actual, int rows, Histogram histogram,
        double[] percentiles) {
    /** The percentiles reported: 5, 25, 50, 75, 95. */
    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

    /** @return whether fewer points are plotted than there are rows */
    public boolean sampled() {
        return prediction.length < rows;
    }

    /**
     * @param yTrue targets, finite
     * @param yPred predictions, finite
     * @param maxPoints most points to keep, >= 1
     * @param bins residual histogram bins, >= 1
     */
    public static Residuals of(double[] yTrue, double[] yPred, int maxPoints, int bins) {
        if (yTrue == null || yPred == null || yTrue.length != yPred.length) {
            throw new InvalidInputException("residuals need y_true and y_pred of equal length");
        }
        if (maxPoints < 1) {
            throw new InvalidInputException("residuals: maxPoints must be >= 1, got " + maxPoints);
        }
        int n = yTrue.length;
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            res[i] = yTrue[i] - yPred[i];
            if (!Double.isFinite(res[i])) {
                throw new InvalidInputException("residuals: row " + i + " is not finite (y_true " + yTrue[i]
                        + ", y_pred " + yPred[i] + ")");
            }
        }
        int[] byPrediction = ScoreOrder.descending(yPred);
        int m = Math.min(n, maxPoints);
        double[] px = new double[m];
        double[] py = new double[m];
        double[] pa = new double[m];
        for (int j = 0; j < m; j++) {
            long rank = n <= maxPoints ? j : (long) Math.floor((j + 0.5) * n / maxPoints);
            int r = byPrediction[n - 1 - (int) rank];
            px[j] = yPred[r];
            py[j] = res[r];
            pa[j] = yTrue[r];
        }
        double[] sorted = res.clone();
        Arrays.sort(sorted);
        return new Residuals(px, py, pa, n, Histogram.of(res, null, bins), Percentiles.ofSorted(sorted, PERCENTILES));
    }
}
