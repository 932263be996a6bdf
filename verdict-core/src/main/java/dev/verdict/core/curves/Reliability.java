package dev.verdict.core.curves;

import dev.verdict.core.InvalidInputException;

/**
 * Reliability diagram points: {@code sklearn.calibration.calibration_curve(y_true, y_prob, n_bins=bins,
 * strategy="uniform")} (scikit-learn 1.2.1): bin edges {@code linspace(0, 1, bins + 1)}, bin of a score
 * {@code searchsorted(edges[1:-1], score)} (left side: a score equal to an inner edge goes to the lower bin); for each
 * non-empty bin the mean score and the observed positive rate. With weights the means are weighted (sklearn has no
 * weights here); {@code count} is the bin's total weight.
 *
 * @param meanScore mean predicted probability per non-empty bin ({@code prob_pred})
 * @param observedRate share of positives per non-empty bin ({@code prob_true})
 * @param count total weight per non-empty bin
 * @param binLow lower edge of each non-empty bin
 * @param binHigh upper edge of each non-empty bin
 */
public record Reliability(double[] meanScore, double[] observedRate, double[] count, double[] binLow,
        double[] binHigh) {
    /**
     * @param label 0/1 truth
     * @param score probabilities in [0, 1]
     * @param weight weights, or null
     * @param bins number of bins, >= 1
     */
    public static Reliability of(int[] label, double[] score, double[] weight, int bins) {
        ScoreOrder.check(label, score, weight);
        if (bins < 1) {
            throw new InvalidInputException("reliability: bins must be >= 1, got " + bins);
        }
        double[] edges = Histogram.linspace(0.0, 1.0, bins + 1);
        double[] sumScore = new double[bins];
        double[] sumTrue = new double[bins];
        double[] total = new double[bins];
        for (int i = 0; i < score.length; i++) {
            double s = score[i];
            if (s < 0 || s > 1) {
                throw new InvalidInputException("reliability: score at row " + i + " is outside [0, 1]: " + s);
            }
            int b = searchLeft(edges, s);
            double w = weight == null ? 1.0 : weight[i];
            sumScore[b] += w * s;
            sumTrue[b] += w * label[i];
            total[b] += w;
        }
        int m = 0;
        for (double t : total) {
            m += t != 0 ? 1 : 0;
        }
        Reliability r = new Reliability(new double[m], new double[m], new double[m], new double[m], new double[m]);
        for (int b = 0, j = 0; b < bins; b++) {
            if (total[b] != 0) {
                r.meanScore[j] = sumScore[b] / total[b];
                r.observedRate[j] = sumTrue[b] / total[b];
                r.count[j] = total[b];
                r.binLow[j] = edges[b];
                r.binHigh[j++] = edges[b + 1];
            }
        }
        return r;
    }

    /** @return the number of inner edges {@code edges[1 .. n-1)} strictly below {@code s} */
    private static int searchLeft(double[] edges, double s) {
        int b = 0;
        for (int k = 1; k < edges.length - 1; k++) {
            if (edges[k] < s) {
                b = k;
            }
        }
        return b;
    }
}
