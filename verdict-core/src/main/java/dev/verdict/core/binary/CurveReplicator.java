package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Resamplable;
import java.util.function.Function;

/**
 * Fast resampling of every metric computed from the {@link SortedScoreState}: the {@link Curve} metrics
 * (recall_at_precision, precision_at_k, lift_at_k, threshold_at_*, ...) and the calibration metrics (ece, mce, ...).
 * The rows are radix-sorted once by decreasing score (the permutation is kept) and their tie groups recorded. A
 * resample is one O(n) pass over the sorted rows with counted weights {@code c w}, then the metric's own function:
 * <ul>
 *   <li>curve metrics: the pass accumulates each tie group's counted positive and negative weight and appends a curve
 *   point (threshold, cumulative tps, cumulative fps) for every group whose counted weight is positive, into reused
 *   arrays; the metric's function of the {@link Curve} then reads it;</li>
 *   <li>state metrics (calibration: quantile edges need every score): the pass refills a scratch
 *   {@link SortedScoreState} whose two sides come out already in ascending order (nothing is sorted again).</li>
 * </ul>
 * One implementation for every such metric, equal to a fresh state fed with each row repeated {@code c} times: rows
 * with count 0 are absent, as zero-weight rows are in {@link SortedScoreState}, so a tie group with no counted row is
 * not a threshold of that resample; integer counts multiply weights exactly (sums of weights may differ in the last
 * bits from the repeated-row sums).
 *
 * <p>{@link #valueInOrder} takes counts by sorted position, decreasing score as in {@link RankReplicator} (no gather
 * from row order).
 */
final class CurveReplicator implements Resamplable.Replicator {
    /** Scores by sorted position (decreasing). */
    private final double[] score;
    /** Weight of the row at each sorted position when positive, else 0. */
    private final double[] posW;
    /** Weight of the row at each sorted position when negative, else 0. */
    private final double[] negW;
    /** Label (0/1) per sorted position when every weight is 1 (exact integer pass), else null. */
    private final int[] unitLabel;
    /** Start position of each tie group, and n at the end. */
    private final int[] groups;
    /** Input row of each sorted position. */
    private final int[] row;
    private final Function<Curve, MetricValue> curveFunction;
    private final Function<SortedScoreState, MetricValue> stateFunction;
    private Curve curve;
    private SortedScoreState state;
    private int[] gathered;

    private CurveReplicator(CurveReplicator shared) {
        this(shared.score, shared.posW, shared.negW, shared.groups, shared.row, shared.curveFunction,
                shared.stateFunction);
    }

    private CurveReplicator(double[] score, double[] posW, double[] negW, int[] groups, int[] row,
            Function<Curve, MetricValue> curveFunction, Function<SortedScoreState, MetricValue> stateFunction) {
        this.score = score;
        this.unitLabel = unitLabels(posW, negW);
        this.posW = posW;
        this.negW = negW;
        this.groups = groups;
        this.row = row;
        this.curveFunction = curveFunction;
        this.stateFunction = stateFunction;
    }

    /**
     * @param rows every row of the slice
     * @param curveFunction the metric as a function of the curve, or null when it needs the state
     * @param stateFunction the metric as a function of the sorted-score state
     * @return the replicator
     */
    static CurveReplicator prepare(Columns rows, Function<Curve, MetricValue> curveFunction,
            Function<SortedScoreState, MetricValue> stateFunction) {
        ScoreOrder sorted = ScoreOrder.sort(rows);
        int n = sorted.row.length;
        double[] pos = new double[n];
        double[] neg = new double[n];
        for (int k = 0; k < n; k++) {
            int r = sorted.row[k];
            double wr = sorted.weight == null ? 1.0 : sorted.weight[r];
            pos[k] = sorted.label[r] == 1 ? wr : 0.0;
            neg[k] = sorted.label[r] == 1 ? 0.0 : wr;
        }
        return new CurveReplicator(sorted.score, pos, neg, sorted.groupStarts(), sorted.row, curveFunction,
                stateFunction);
    }

    private static int[] unitLabels(double[] posW, double[] negW) {
        int[] y = new int[posW.length];
        for (int k = 0; k < y.length; k++) {
            if (posW[k] + negW[k] != 1.0) {
                return null;
            }
            y[k] = posW[k] == 1.0 ? 1 : 0;
        }
        return y;
    }

    @Override
    public double value(int[] counts) {
        gathered = ScoreOrder.gather(row, counts, gathered);
        return valueInOrder(gathered);
    }

    @Override
    public boolean hasOrder() {
        return true;
    }

    @Override
    public double valueInOrder(int[] c) {
        return curveFunction != null ? curveFunction.apply(curve(c)).value() : stateFunction.apply(state(c)).value();
    }

    /** One pass over the tie groups: a curve point per group with positive counted weight. */
    private Curve curve(int[] c) {
        if (curve == null) {
            int g = groups.length - 1;
            curve = new Curve(0, new double[g], new double[g], new double[g]);
        }
        double[] thr = curve.thresholds;
        double[] tps = curve.tps;
        double[] fps = curve.fps;
        int m = 0;
        double tp = 0;
        double fp = 0;
        for (int g = 0; g + 1 < groups.length; g++) {
            double gp = 0;
            double gn = 0;
            if (unitLabel != null) {
                long all = 0;
                long p = 0;
                for (int k = groups[g]; k < groups[g + 1]; k++) {
                    all += c[k];
                    p += (long) c[k] * unitLabel[k];
                }
                gp = p;
                gn = all - p;
            } else {
                for (int k = groups[g]; k < groups[g + 1]; k++) {
                    gp += c[k] * posW[k];
                    gn += c[k] * negW[k];
                }
            }
            if (gp + gn > 0) {
                tp += gp;
                fp += gn;
                thr[m] = score[groups[g]];
                tps[m] = tp;
                fps[m] = fp;
                m++;
            }
        }
        curve.n = m;
        return curve;
    }

    /** Refills the scratch state, walking positions backwards so each side comes in ascending order. */
    private SortedScoreState state(int[] c) {
        if (state == null) {
            state = new SortedScoreState();
        }
        state.refill(row.length);
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k] != 0) {
                double cp = c[k] * posW[k];
                double cn = c[k] * negW[k];
                if (cp != 0.0) {
                    state.appendAscending(true, score[k], cp);
                } else if (cn != 0.0) {
                    state.appendAscending(false, score[k], cn);
                }
            }
        }
        return state;
    }

    @Override
    public Resamplable.Replicator fork() {
        return new CurveReplicator(this);
    }
}
