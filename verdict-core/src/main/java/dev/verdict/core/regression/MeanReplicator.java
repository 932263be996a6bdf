package dev.verdict.core.regression;

import dev.verdict.core.Resamplable;

/** Counted weighted mean of per-row terms (optionally its square root, for rmse); one pass in input order. */
final class MeanReplicator implements Resamplable.Replicator {
    private final double[] terms;
    private final double[] weights;
    private final boolean root;

    MeanReplicator(double[] terms, double[] weights, boolean root) {
        this.terms = terms;
        this.weights = weights;
        this.root = root;
    }

    @Override
    public double value(int[] counts) {
        double sw = 0;
        double s = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = counts[i] * weights[i];
            sw += w;
            s += w * terms[i];
        }
        if (sw == 0) {
            return Double.NaN;
        }
        return root ? Math.sqrt(s / sw) : s / sw;
    }

    @Override
    public Resamplable.Replicator fork() {
        return this;
    }
}
