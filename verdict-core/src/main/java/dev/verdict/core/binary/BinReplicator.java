package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Resamplable;
import java.util.function.Function;

/**
 * Fast resampling of calibration metrics with uniform bins: the edges {@code np.linspace(0, 1, bins + 1)} do not
 * depend on the data, so each row's bin is found once; a resample is one pass adding the counted weight {@code c w}
 * of each row to its bin's weight, score sum, positive weight and squared-error sum, then the metric's own function
 * of the bins. Equal to {@link CalibrationBins#of} on the rows repeated {@code c} times up to summation order.
 */
final class BinReplicator implements Resamplable.Replicator {
    private final int bins;
    private final int[] bin;
    private final double[] score;
    private final byte[] label;
    private final double[] weight;
    private final Function<CalibrationBins, MetricValue> compute;
    private final CalibrationBins scratch;

    private BinReplicator(int bins, int[] bin, double[] score, byte[] label, double[] weight,
            Function<CalibrationBins, MetricValue> compute) {
        this.bins = bins;
        this.bin = bin;
        this.score = score;
        this.label = label;
        this.weight = weight;
        this.compute = compute;
        this.scratch = CalibrationBins.uniform(bins);
    }

    /** @return the replicator; throws as the metric would when a score is not a probability */
    static BinReplicator prepare(Columns rows, int bins, Function<CalibrationBins, MetricValue> compute,
            String metric) {
        int n = rows.size();
        int[] y = BinaryInputs.requireLabel(rows);
        double[] s = BinaryInputs.requireScore(rows);
        double[] w = rows.weight();
        CalibrationBins edges = CalibrationBins.uniform(bins);
        int[] bin = new int[n];
        double[] score = new double[n];
        byte[] label = new byte[n];
        for (int i = 0; i < n; i++) {
            label[i] = (byte) BinaryInputs.label(y, i);
            BinaryInputs.weight(w, i);
            score[i] = BinaryInputs.score(s, i);
            if (score[i] < 0 || score[i] > 1) {
                throw new InvalidInputException("metric " + metric + " needs probabilities in [0, 1] in column score, "
                        + "got " + score[i]);
            }
            bin[i] = edges.binOf(score[i]);
        }
        return new BinReplicator(bins, bin, score, label, w, compute);
    }

    @Override
    public double value(int[] counts) {
        CalibrationBins b = scratch;
        b.clear();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                double cw = weight == null ? counts[i] : counts[i] * weight[i];
                b.add(bin[i], score[i], label[i], cw);
            }
        }
        return compute.apply(b).value();
    }

    @Override
    public Resamplable.Replicator fork() {
        return new BinReplicator(bins, bin, score, label, weight, compute);
    }
}
