package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Resamplable;
import java.util.function.Function;

/**
 * Fast resampling of every metric computed from the {@link SortedScoreState} (the {@link Curve} metrics:
 * recall_at_precision, precision_at_k, lift_at_k, threshold_at_*, ...; and the calibration metrics: ece, mce, ...).
 * The rows are radix-sorted once by score (the permutation is kept). A resample is one O(n) pass over the sorted rows
 * that refills a scratch state with the rows whose counted weight {@code c w} is positive, each side already in
 * ascending order (so nothing is sorted again), followed by the metric's own function of the state: the curve is
 * rebuilt in O(n) into reused arrays, then e.g. {@link OperatingPoints#topK} reads it. One implementation for every
 * such metric, and the value is that of a fresh state fed with each row repeated {@code c} times: rows with count 0
 * are absent, as zero-weight rows are in {@link SortedScoreState}, so a tie group with no counted row is not a
 * threshold of that resample; integer counts multiply weights exactly. (Calibration sums add {@code c x} once
 * instead of {@code x} c times: equal up to rounding.)
 *
 * <p>{@link #valueInOrder} takes counts by sorted position, decreasing score as in {@link RankReplicator} (no gather
 * from row order); the refill walks the positions backwards so each side comes in ascending order.
 */
final class CurveReplicator implements Resamplable.Replicator {
    /** Scores by sorted position: decreasing, as {@link RankReplicator}'s positions. */
    private final double[] score;
    /** Whether the row at each sorted position is positive. */
    private final boolean[] positive;
    /** Weight of the row at each sorted position, or null when unweighted. */
    private final double[] weight;
    /** Input row of each sorted position. */
    private final int[] row;
    private final Function<SortedScoreState, MetricValue> compute;
    private final SortedScoreState scratch = new SortedScoreState();
    private int[] gathered;

    private CurveReplicator(double[] score, boolean[] positive, double[] weight, int[] row,
            Function<SortedScoreState, MetricValue> compute) {
        this.score = score;
        this.positive = positive;
        this.weight = weight;
        this.row = row;
        this.compute = compute;
    }

    /**
     * @param rows every row of the slice
     * @param compute the metric's function of the sorted-score state
     * @return the replicator
     */
    static CurveReplicator prepare(Columns rows, Function<SortedScoreState, MetricValue> compute) {
        int n = rows.size();
        int[] label = BinaryInputs.requireLabel(rows);
        double[] s = BinaryInputs.requireScore(rows);
        double[] w = rows.weight();
        double[] keys = new double[n];
        double[] index = new double[n];
        for (int i = 0; i < n; i++) {
            BinaryInputs.label(label, i);
            BinaryInputs.weight(w, i);
            keys[i] = BinaryInputs.score(s, i);
            index[i] = i;
        }
        RadixSort.sort(keys, index, n);
        int[] order = new int[n];
        boolean[] pos = new boolean[n];
        double[] weights = w == null ? null : new double[n];
        double[] descending = new double[n];
        for (int k = 0; k < n; k++) {
            int r = (int) index[n - 1 - k];
            order[k] = r;
            descending[k] = keys[n - 1 - k];
            pos[k] = label[r] == 1;
            if (weights != null) {
                weights[k] = w[r];
            }
        }
        return new CurveReplicator(descending, pos, weights, order, compute);
    }

    @Override
    public double value(int[] counts) {
        int n = row.length;
        if (gathered == null) {
            gathered = new int[n];
        }
        for (int k = 0; k < n; k++) {
            gathered[k] = counts[row[k]];
        }
        return valueInOrder(gathered);
    }

    @Override
    public boolean hasOrder() {
        return true;
    }

    @Override
    public double valueInOrder(int[] c) {
        SortedScoreState s = scratch;
        s.refill(row.length);
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k] != 0) {
                double cw = weight == null ? c[k] : c[k] * weight[k];
                if (cw != 0.0) {
                    s.appendAscending(positive[k], score[k], cw);
                }
            }
        }
        return compute.apply(s).value();
    }

    @Override
    public Resamplable.Replicator fork() {
        return new CurveReplicator(score, positive, weight, row, compute);
    }
}
