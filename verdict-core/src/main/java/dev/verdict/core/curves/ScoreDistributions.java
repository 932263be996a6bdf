package dev.verdict.core.curves;

/**
 * Score histograms of the negative and the positive class on common bins:
 * {@code numpy.histogram(score[y == c], bins=bins, range=(lo, hi), weights=w[y == c])} for c = 0, 1, where
 * {@code (lo, hi)} is (0, 1) when every score lies in [0, 1] (probabilities), else the smallest and largest score.
 *
 * @param negative histogram of the negatives' scores
 * @param positive histogram of the positives' scores (same edges)
 */
public record ScoreDistributions(Histogram negative, Histogram positive) {
    /**
     * @param label 0/1 truth
     * @param score finite scores
     * @param weight weights, or null
     * @param bins number of bins, >= 1
     */
    public static ScoreDistributions of(int[] label, double[] score, double[] weight, int bins) {
        ScoreOrder.check(label, score, weight);
        double[] range = Histogram.range(score);
        if (range[0] >= 0 && range[1] <= 1) {
            range = new double[] {0.0, 1.0};
        }
        int pos = 0;
        for (int y : label) {
            pos += y;
        }
        int neg = label.length - pos;
        double[][] v = {new double[neg], new double[pos]};
        double[][] w = weight == null ? new double[2][] : new double[][] {new double[neg], new double[pos]};
        int[] fill = new int[2];
        for (int i = 0; i < label.length; i++) {
            int c = label[i];
            if (weight != null) {
                w[c][fill[c]] = weight[i];
            }
            v[c][fill[c]++] = score[i];
        }
        return new ScoreDistributions(Histogram.of(v[0], w[0], bins, range[0], range[1]),
                Histogram.of(v[1], w[1], bins, range[0], range[1]));
    }
}
