package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Resamplable;
import dev.verdict.core.StateSpec;
import java.util.function.Function;

/**
 * Fast resampling of threshold metrics (each row falls in one confusion cell: the resample's matrix is the counted
 * weight per cell) and of log_loss / brier (counted weighted mean of per-row losses). One pass in input order.
 */
final class RowReplicator implements Resamplable.Replicator {
    private final byte[] cell;
    /** Per row 0/1: predicted positive, actual positive, both (unweighted confusion only). */
    private final int[] pred;
    private final int[] act;
    private final int[] tp;
    private final double[] loss;
    private final double[] weight;
    private final StateSpec<ConfusionState> spec;
    private final ConfusionState scratch;
    private final Function<ConfusionState, MetricValue> compute;

    private RowReplicator(byte[] cell, double[] loss, double[] weight, StateSpec<ConfusionState> spec,
            Function<ConfusionState, MetricValue> compute) {
        this.cell = cell;
        this.pred = bits(cell, 1);
        this.act = bits(cell, 2);
        this.tp = bits(cell, 3);
        this.loss = loss;
        this.weight = weight;
        this.spec = spec;
        this.scratch = spec == null ? null : spec.newState();
        this.compute = compute;
    }

    /** @return per row 1 when every bit of {@code mask} is set in the row's cell, else 0; null without cells */
    private static int[] bits(byte[] cell, int mask) {
        if (cell == null) {
            return null;
        }
        int[] b = new int[cell.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (cell[i] & mask) == mask ? 1 : 0;
        }
        return b;
    }

    /** @return a replicator of the threshold metric {@code f} on states of {@code spec} */
    static RowReplicator confusion(Columns rows, StateSpec<ConfusionState> spec,
            Function<ConfusionState, MetricValue> f) {
        int n = rows.size();
        byte[] cells = new byte[n];
        ConfusionState template = spec.newState();
        for (int i = 0; i < n; i++) {
            cells[i] = (byte) template.cell(rows, i);
        }
        return new RowReplicator(cells, null, weights(rows), spec, f);
    }

    /** @return a replicator of the weighted mean of {@code perRow} */
    static RowReplicator mean(Columns rows, double[] perRow) {
        return new RowReplicator(null, perRow, weights(rows), null, null);
    }

    private static double[] weights(Columns rows) {
        double[] w = rows.weight();
        if (w != null) {
            for (int i = 0; i < rows.size(); i++) {
                BinaryInputs.weight(w, i);
            }
        }
        return w;
    }

    @Override
    public double value(int[] counts) {
        return cell == null ? mean(counts) : confusion(counts);
    }

    private double mean(int[] counts) {
        double sw = 0;
        double s = 0;
        for (int i = 0; i < loss.length; i++) {
            double w = weight == null ? counts[i] : counts[i] * weight[i];
            sw += w;
            s += w * loss[i];
        }
        return sw == 0 ? Double.NaN : s / sw;
    }

    /**
     * Unweighted: four exact integer sums of the cell bits (bit 0 = predicted positive, bit 1 = actual positive), a
     * branch-free loop without a memory-carried dependency; weighted: the counted weight per cell.
     */
    private double confusion(int[] counts) {
        if (weight == null) {
            long[] s = new long[4];
            for (int from = 0; from < cell.length; from += BLOCK) {
                block(counts, from, Math.min(cell.length, from + BLOCK), s);
            }
            long all = s[0];
            long both = s[3];
            scratch.set(all - s[1] - s[2] + both, s[1] - both, s[2] - both, both);
        } else {
            double[] m = new double[4];
            for (int i = 0; i < cell.length; i++) {
                m[cell[i]] += counts[i] * weight[i];
            }
            scratch.set(m[0], m[1], m[2], m[3]);
        }
        return compute.apply(scratch).value();
    }

    /** Rows per block of int sums: with every count below 2^15, a block's sums stay below 2^31. */
    private static final int BLOCK = 1 << 16;

    /**
     * Adds {all, predicted, actual, both} of rows [from, to) to {@code s}: int sums that the JIT vectorizes when every
     * count of the block is below 2^15 (checked by an OR over the block), else exact long sums.
     */
    private void block(int[] counts, int from, int to, long[] s) {
        int or = 0;
        for (int i = from; i < to; i++) {
            or |= counts[i];
        }
        if ((or >>> 15) == 0) {
            int all = 0;
            int predicted = 0;
            int actual = 0;
            int both = 0;
            for (int i = from; i < to; i++) {
                int c = counts[i];
                all += c;
                predicted += c * pred[i];
                actual += c * act[i];
                both += c * tp[i];
            }
            s[0] += all;
            s[1] += predicted;
            s[2] += actual;
            s[3] += both;
            return;
        }
        for (int i = from; i < to; i++) {
            long c = counts[i];
            s[0] += c;
            s[1] += c * pred[i];
            s[2] += c * act[i];
            s[3] += c * tp[i];
        }
    }

    @Override
    public Resamplable.Replicator fork() {
        return spec == null ? this : new RowReplicator(cell, null, weight, spec, compute);
    }
}
