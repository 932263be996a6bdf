package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;

/**
 * The one state of every rank-based and calibration binary metric: the scores of positive and of negative rows in two
 * growable primitive buffers (weights kept only when some row weighs other than 1; zero-weight rows are dropped, as
 * sklearn's {@code _binary_clf_curve} does). Each side is sorted lazily on first compute (parallel sort when
 * unweighted, radix sort carrying weights otherwise) and the cumulative {@link Curve} is cached until the next
 * accept or combine. Merging concatenates the buffers.
 */
final class SortedScoreState implements MetricState<SortedScoreState> {
    /** The spec shared by every metric on this state, so a suite sorts once. */
    static final StateSpec<SortedScoreState> SPEC = new StateSpec<>("binary.sorted-scores", SortedScoreState::new);

    private final GrowableScores positives = new GrowableScores();
    private final GrowableScores negatives = new GrowableScores();
    private Curve curve;
    /** The curve's arrays kept for reuse by {@link #refill}, or null. */
    private Curve spare;

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] label = BinaryInputs.requireLabel(batch);
        double[] score = BinaryInputs.requireScore(batch);
        double[] weight = batch.weight();
        curve = null;
        int pos = 0;
        for (int i = from; i < to; i++) {
            pos += BinaryInputs.label(label, i) == 1 ? 1 : 0;
        }
        positives.reserve(pos);
        negatives.reserve(to - from - pos);
        if (weight == null) {
            for (int i = from; i < to; i++) {
                double s = BinaryInputs.score(score, i);
                (BinaryInputs.label(label, i) == 1 ? positives : negatives).add(s);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            double s = BinaryInputs.score(score, i);
            int y = BinaryInputs.label(label, i);
            double w = BinaryInputs.weight(weight, i);
            if (w != 0.0) {
                (y == 1 ? positives : negatives).add(s, w);
            }
        }
    }

    @Override
    public SortedScoreState combine(SortedScoreState other) {
        positives.addAll(other.positives);
        negatives.addAll(other.negatives);
        curve = null;
        return this;
    }

    /** @return the positive rows' scores, sorted ascending */
    GrowableScores sortedPositives() {
        positives.sort();
        return positives;
    }

    /** @return the negative rows' scores, sorted ascending */
    GrowableScores sortedNegatives() {
        negatives.sort();
        return negatives;
    }

    /** @return the cumulative curve over distinct thresholds (computed once, cached) */
    Curve curve() {
        if (curve == null) {
            curve = Curve.build(sortedPositives(), sortedNegatives(), spare);
        }
        return curve;
    }

    /**
     * Empties the state for a refill with rows in ascending score order ({@link #appendAscending}), keeping every
     * buffer (and the curve's arrays) for reuse: the bootstrap replicator's scratch state.
     *
     * @param capacity the most rows a refill will append
     */
    void refill(int capacity) {
        positives.clear();
        negatives.clear();
        positives.reserve(capacity);
        negatives.reserve(capacity);
        if (curve != null) {
            spare = curve;
        }
        curve = null;
    }

    /** Appends a row not scored below the previous row of its side (see {@link #refill}); weight must be > 0. */
    void appendAscending(boolean positive, double score, double weight) {
        (positive ? positives : negatives).appendAscending(score, weight);
    }
}
