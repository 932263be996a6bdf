package dev.verdict.core.multiclass;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.Params;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.TaskContext;

/**
 * Multiclass accuracy (trace / total, {@code sklearn.metrics.accuracy_score}) with its statistical views: a
 * proportion of correct rows over all rows ({@link ProportionCounts}, unweighted) and per-row 0/1 correctness
 * ({@link PerRowValues}).
 */
final class AccuracyMetric extends ConfusionMetric implements ProportionCounts, PerRowValues {
    AccuracyMetric(MetricDefinition definition, Params params, TaskContext ctx) {
        super(definition, params, ctx, Kind.ACCURACY);
    }

    @Override
    public byte[] outcomes(Columns rows) {
        PerRowValues.requireUnitWeights(rows, "metric accuracy as a proportion");
        int k = stateSpec().newState().classCount();
        int[] cells = stateSpec().newState().cells(rows);
        byte[] out = new byte[cells.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = cells[i] / k == cells[i] % k ? SUCCESS : FAILURE;
        }
        return out;
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
