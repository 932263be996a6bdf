package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import dev.verdict.core.StateSpec;
import java.util.function.Function;

/**
 * Binary metrics with the statistical capabilities of {@link Resamplable}, {@link ProportionCounts} and
 * {@link PerRowValues}. Their values are those of plain {@link BinaryMetric}s; only the extra interfaces differ.
 */
final class ResamplableBinaryMetrics {
    private ResamplableBinaryMetrics() {
    }

    /**
     * A metric of the sorted-score state (curve and calibration metrics): the generic {@link CurveReplicator}
     * (sort once, each resample one weighted pass that rebuilds the state, then the metric's own function).
     */
    static class Sorted extends BinaryMetric<SortedScoreState> implements Resamplable {
        private final Function<Curve, MetricValue> curveFunction;

        /**
         * @param f the metric's function of the state
         * @param curveFunction the same metric as a function of the state's curve, or null when it reads more
         */
        Sorted(MetricDefinition d, Params p, Function<SortedScoreState, MetricValue> f,
                Function<Curve, MetricValue> curveFunction) {
            super(d, p, SortedScoreState.SPEC, f);
            this.curveFunction = curveFunction;
        }

        @Override
        public Replicator replicator(Columns rows) {
            return CurveReplicator.prepare(rows, curveFunction, computer());
        }
    }

    /**
     * A calibration metric: with uniform bins (fixed edges) a {@link BinReplicator} (each row's bin computed once,
     * a resample adds counted weights per bin); with quantile bins (edges depend on the resample) the generic
     * {@link CurveReplicator} state refill.
     */
    static final class Calibration extends Sorted {
        private final int uniformBins;
        private final Function<CalibrationBins, MetricValue> binsFunction;

        /** @param uniformBins number of uniform bins, 0 for quantile bins */
        Calibration(MetricDefinition d, Params p, Function<SortedScoreState, MetricValue> f, int uniformBins,
                Function<CalibrationBins, MetricValue> binsFunction) {
            super(d, p, f, null);
            this.uniformBins = uniformBins;
            this.binsFunction = binsFunction;
        }

        @Override
        public Replicator replicator(Columns rows) {
            return uniformBins == 0 ? super.replicator(rows)
                    : BinReplicator.prepare(rows, uniformBins, binsFunction, name());
        }
    }

    /** roc_auc ({@code auc}) or average_precision: the specialised, branch-free {@link RankReplicator}. */
    static final class Rank extends Sorted {
        private final boolean auc;

        Rank(MetricDefinition d, Params p, Function<SortedScoreState, MetricValue> f, boolean auc) {
            super(d, p, f, null);
            this.auc = auc;
        }

        @Override
        public Replicator replicator(Columns rows) {
            return RankReplicator.prepare(rows, auc);
        }
    }

    /** A threshold metric: per-row confusion cells. */
    static class Confusion extends BinaryMetric<ConfusionState> implements Resamplable {
        Confusion(MetricDefinition d, Params p, StateSpec<ConfusionState> spec,
                Function<ConfusionState, MetricValue> f) {
            super(d, p, spec, f);
        }

        @Override
        public Replicator replicator(Columns rows) {
            return RowReplicator.confusion(rows, stateSpec(), computer());
        }
    }

    /**
     * A threshold metric that is a proportion: successes are the cells in {@code successMask}, trials the cells in
     * {@code trialMask} (bit c for cell c: 0 = tn, 1 = fp, 2 = fn, 3 = tp).
     */
    static class Proportion extends Confusion implements ProportionCounts {
        private final int successMask;
        private final int trialMask;

        Proportion(MetricDefinition d, Params p, StateSpec<ConfusionState> spec,
                Function<ConfusionState, MetricValue> f, int successMask, int trialMask) {
            super(d, p, spec, f);
            this.successMask = successMask;
            this.trialMask = trialMask;
        }

        @Override
        public byte[] outcomes(Columns rows) {
            PerRowValues.requireUnitWeights(rows, "metric " + name() + " as a proportion");
            ConfusionState s = stateSpec().newState();
            byte[] out = new byte[rows.size()];
            for (int i = 0; i < out.length; i++) {
                int bit = 1 << s.cell(rows, i);
                out[i] = (trialMask & bit) == 0 ? NOT_A_TRIAL : (successMask & bit) != 0 ? SUCCESS : FAILURE;
            }
            return out;
        }
    }

    /** accuracy: a proportion over every row, whose per-row values are the 0/1 correctness. */
    static final class Accuracy extends Proportion implements PerRowValues {
        Accuracy(MetricDefinition d, Params p, StateSpec<ConfusionState> spec,
                Function<ConfusionState, MetricValue> f) {
            super(d, p, spec, f, 0b1001, 0b1111);
        }

        @Override
        public double[] perRowValues(Columns rows) {
            byte[] o = outcomes(rows);
            double[] v = new double[o.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = o[i];
            }
            return v;
        }
    }

    /** log_loss ({@code logLoss}) or brier: mean of per-row losses. */
    static final class Probability extends BinaryMetric<ProbabilityState> implements Resamplable, PerRowValues {
        private final boolean logLoss;

        Probability(MetricDefinition d, Params p, Function<ProbabilityState, MetricValue> f, boolean logLoss) {
            super(d, p, ProbabilityState.SPEC, f);
            this.logLoss = logLoss;
        }

        @Override
        public Replicator replicator(Columns rows) {
            return RowReplicator.mean(rows, losses(rows));
        }

        @Override
        public double[] perRowValues(Columns rows) {
            PerRowValues.requireUnitWeights(rows, "per-row values of metric " + name());
            return losses(rows);
        }

        private double[] losses(Columns rows) {
            int[] label = BinaryInputs.requireLabel(rows);
            double[] score = BinaryInputs.requireScore(rows);
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                int y = BinaryInputs.label(label, i);
                double s = BinaryInputs.probability(score, i);
                double e = y - s;
                v[i] = logLoss ? ProbabilityState.rowLogLoss(y, s) : e * e;
            }
            return v;
        }
    }
}
