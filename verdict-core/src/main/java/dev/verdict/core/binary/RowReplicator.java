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
    private final double[] loss;
    private final double[] weight;
    private final StateSpec<ConfusionState> spec;
    private final ConfusionState scratch;
    private final Function<ConfusionState, MetricValue> compute;

    private RowReplicator(byte[] cell, double[] loss, double[] weight, StateSpec<ConfusionState> spec,
            Function<ConfusionState, MetricValue> compute) {
        this.cell = cell;
        this.loss = loss;
        this.weight = weight;
        this.spec = spec;
        this.scratch = spec == null ? null : spec.newState();
        this.compute = compute;
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
            long all = 0;
            long predicted = 0;
            long actual = 0;
            long both = 0;
            for (int i = 0; i < cell.length; i++) {
                long c = counts[i];
                int x = cell[i];
                all += c;
                predicted += c * (x & 1);
                actual += c * (x >> 1);
                both += c * (x & (x >> 1));
            }
            scratch.set(all - predicted - actual + both, predicted - both, actual - both, both);
        } else {
            double[] m = new double[4];
            for (int i = 0; i < cell.length; i++) {
                m[cell[i]] += counts[i] * weight[i];
            }
            scratch.set(m[0], m[1], m[2], m[3]);
        }
        return compute.apply(scratch).value();
    }

    @Override
    public Resamplable.Replicator fork() {
        return spec == null ? this : new RowReplicator(cell, null, weight, spec, compute);
    }
}
