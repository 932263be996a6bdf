package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * O(1) weighted sums for log_loss and brier (shared by both): total weight, weighted log loss and weighted squared
 * error. Scores must be probabilities in [0, 1]; merging adds.
 */
final class ProbabilityState implements MetricState<ProbabilityState> {
    /** The spec shared by log_loss and brier. */
    static final StateSpec<ProbabilityState> SPEC = new StateSpec<>("binary.probability-sums", ProbabilityState::new);
    /** np.finfo(np.float64).eps, sklearn 1.2.1's eps="auto". */
    static final double EPS = Math.ulp(1.0);

    double weight;
    double logLoss;
    double squared;

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] label = BinaryInputs.requireLabel(batch);
        double[] score = BinaryInputs.requireScore(batch);
        double[] weights = batch.weight();
        double w = 0;
        double ll = 0;
        double sq = 0;
        for (int i = from; i < to; i++) {
            int y = BinaryInputs.label(label, i);
            double s = BinaryInputs.probability(score, i);
            double wi = BinaryInputs.weight(weights, i);
            w += wi;
            ll += wi * rowLogLoss(y, s);
            double e = y - s;
            sq += wi * (e * e);
        }
        weight += w;
        logLoss += ll;
        squared += sq;
    }

    /** sklearn 1.2.1 log_loss per row: clip to [eps, 1 - eps], columns [1 - p, p], renormalise, -log. */
    static double rowLogLoss(int y, double s) {
        double p = Math.min(Math.max(s, EPS), 1 - EPS);
        double q = 1 - p;
        double sum = q + p;
        return -Math.log((y == 1 ? p : q) / sum);
    }

    @Override
    public ProbabilityState combine(ProbabilityState other) {
        weight += other.weight;
        logLoss += other.logLoss;
        squared += other.squared;
        return this;
    }
}
