package dev.verdict.core.binary;

import dev.verdict.core.InvalidInputException;

/**
 * Calibration bins exactly as sklearn 1.2.1 {@code calibration_curve}: edges {@code np.linspace(0, 1, bins + 1)}
 * (uniform) or {@code np.percentile(score, np.linspace(0, 1, bins + 1) * 100)} (quantile, linear interpolation); a
 * row's bin is {@code np.searchsorted(edges[1:-1], score)}, so a score equal to an inner edge falls in the lower bin.
 * With weights, the quantile of the weighted sample is the order statistic of the sample in which each row is repeated
 * weight times (exact for integer weights, its natural extension otherwise).
 */
final class CalibrationBins {
    final int bins;
    final double[] edges;
    final double[] weight;
    final double[] sumScore;
    final double[] sumPositive;
    double total;
    double sumSquaredError;

    private CalibrationBins(double[] edges) {
        this.bins = edges.length - 1;
        this.edges = edges;
        this.weight = new double[bins];
        this.sumScore = new double[bins];
        this.sumPositive = new double[bins];
    }

    /** Bins the state's rows; throws when a score lies outside [0, 1]. */
    static CalibrationBins of(SortedScoreState state, String metric, int bins, boolean quantile) {
        GrowableScores pos = state.sortedPositives();
        GrowableScores neg = state.sortedNegatives();
        checkProbabilities(metric, pos);
        checkProbabilities(metric, neg);
        double[] edges = quantile ? quantileEdges(pos, neg, bins) : uniformEdges(bins);
        CalibrationBins b = new CalibrationBins(edges);
        b.add(pos, 1);
        b.add(neg, 0);
        return b;
    }

    /** @return empty bins with uniform edges (the bootstrap replicator fills them with {@link #add(int, double, int, double)}) */
    static CalibrationBins uniform(int bins) {
        return new CalibrationBins(uniformEdges(bins));
    }

    /** @return the bin of score x: {@code np.searchsorted(edges[1:-1], x)} (an inner edge falls in the lower bin) */
    int binOf(double x) {
        int bin = 0;
        while (bin < bins - 1 && edges[bin + 1] < x) {
            bin++;
        }
        return bin;
    }

    /** Empties the bins (edges kept). */
    void clear() {
        java.util.Arrays.fill(weight, 0.0);
        java.util.Arrays.fill(sumScore, 0.0);
        java.util.Arrays.fill(sumPositive, 0.0);
        total = 0;
        sumSquaredError = 0;
    }

    /** Adds a row of score x, label y and weight w to bin {@code bin}. */
    void add(int bin, double x, int y, double w) {
        weight[bin] += w;
        sumScore[bin] += w * x;
        if (y == 1) {
            sumPositive[bin] += w;
        }
        double e = y - x;
        sumSquaredError += w * (e * e);
        total += w;
    }

    private void add(GrowableScores side, int y) {
        double[] s = side.scores();
        double[] w = side.weights();
        int bin = 0;
        for (int i = 0; i < side.size(); i++) {
            double x = s[i];
            while (bin < bins - 1 && edges[bin + 1] < x) {
                bin++;
            }
            double wi = w == null ? 1.0 : w[i];
            weight[bin] += wi;
            sumScore[bin] += wi * x;
            if (y == 1) {
                sumPositive[bin] += wi;
            }
            double e = y - x;
            sumSquaredError += wi * (e * e);
            total += wi;
        }
    }

    private static void checkProbabilities(String metric, GrowableScores side) {
        int n = side.size();
        if (n > 0 && (side.scores()[0] < 0 || side.scores()[n - 1] > 1)) {
            double bad = side.scores()[0] < 0 ? side.scores()[0] : side.scores()[n - 1];
            throw new InvalidInputException("metric " + metric + " needs probabilities in [0, 1] in column score, got "
                    + bad);
        }
    }

    /** np.linspace(0, 1, bins + 1). */
    static double[] uniformEdges(int bins) {
        double[] e = new double[bins + 1];
        double step = 1.0 / bins;
        for (int i = 0; i < bins; i++) {
            e[i] = i * step;
        }
        e[bins] = 1.0;
        return e;
    }

    private static double[] quantileEdges(GrowableScores pos, GrowableScores neg, int bins) {
        double[] q = uniformEdges(bins);
        double n = pos.totalWeight() + neg.totalWeight();
        double[] prev = new double[bins + 1];
        double[] next = new double[bins + 1];
        double[] gamma = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            double v = (n - 1) * ((q[i] * 100) / 100);
            double f = Math.floor(v);
            gamma[i] = v - f;
            if (v >= n - 1) {
                prev[i] = n - 1;
                next[i] = n - 1;
            } else if (v < 0) {
                prev[i] = 0;
                next[i] = 0;
            } else {
                prev[i] = f;
                next[i] = f + 1;
            }
        }
        double[] a = orderStatistics(pos, neg, prev);
        double[] b = orderStatistics(pos, neg, next);
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            double diff = b[i] - a[i];
            e[i] = gamma[i] >= 0.5 ? b[i] - diff * (1 - gamma[i]) : a[i] + diff * gamma[i];
        }
        return e;
    }

    /** @return for each (non-decreasing) j, the smallest score whose ascending cumulative weight exceeds j */
    private static double[] orderStatistics(GrowableScores pos, GrowableScores neg, double[] js) {
        double[] out = new double[js.length];
        double[] ps = pos.scores();
        double[] ns = neg.scores();
        int i = 0;
        int j = 0;
        int t = 0;
        double cum = 0;
        double last = Double.NaN;
        while ((i < pos.size() || j < neg.size()) && t < js.length) {
            boolean fromPos = j >= neg.size() || (i < pos.size() && ps[i] <= ns[j]);
            if (fromPos) {
                last = ps[i];
                cum += pos.weights() == null ? 1.0 : pos.weights()[i];
                i++;
            } else {
                last = ns[j];
                cum += neg.weights() == null ? 1.0 : neg.weights()[j];
                j++;
            }
            while (t < js.length && cum > js[t]) {
                out[t++] = last;
            }
        }
        while (t < js.length) {
            out[t++] = last;
        }
        return out;
    }
}
