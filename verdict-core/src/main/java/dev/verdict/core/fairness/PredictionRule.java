package dev.verdict.core.fairness;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.TaskContext;
import java.util.Locale;

/**
 * How a binary row is predicted positive, exactly as the binary family's threshold metrics decide it
 * ({@code dev.verdict.core.binary.ConfusionMetrics.spec}, replicated here because that rule is package-private): a
 * metric's own {@code threshold} parameter means {@code score >= threshold}; otherwise the prediction column when the
 * plan gives one; otherwise {@code score >= } the plan threshold.
 *
 * @param fromColumn whether the prediction column is used
 * @param threshold the score threshold when not
 */
record PredictionRule(boolean fromColumn, double threshold) {
    static final ParamSpec THRESHOLD = ParamSpec.optionalDouble("threshold",
            "predict positive when score >= threshold (overrides the plan threshold and the prediction column)");

    /** @return the rule of a metric's parameters and the task context, or throws when the plan has no prediction */
    static PredictionRule of(String metric, Params p, TaskContext c) {
        if (p.has("threshold")) {
            needScores(metric, c);
            return new PredictionRule(false, p.getDouble("threshold"));
        }
        if (c.hasPredictedLabel()) {
            return new PredictionRule(true, Double.NaN);
        }
        needScores(metric, c);
        return new PredictionRule(false, c.threshold());
    }

    private static void needScores(String metric, TaskContext c) {
        if (!c.hasScores()) {
            throw new InvalidInputException("metric " + metric
                    + " needs a score column (data.score) or a prediction column (data.predictedLabel)");
        }
    }

    /** @return a state-key fragment naming the rule */
    String key() {
        return fromColumn ? "predictedLabel" : "score>=" + Double.toString(threshold + 0.0);
    }

    /** @return the column the rule reads from the batch (int[] or double[]), or throws when absent */
    Object column(Columns batch) {
        if (fromColumn) {
            if (batch.predictedLabel() == null) {
                throw new InvalidInputException("binary predictions need a prediction column (data.predictedLabel)");
            }
            return batch.predictedLabel();
        }
        if (batch.score() == null) {
            throw new InvalidInputException("binary predictions need a score column (data.score)");
        }
        return batch.score();
    }

    /** @return the 0/1 prediction of row {@code i} from the column {@link #column} returned */
    int predict(Object column, int i) {
        if (fromColumn) {
            int y = ((int[]) column)[i];
            if (y != 0 && y != 1) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "column predictedLabel must be 0 or 1 for a binary task, got %d at row %d", y, i));
            }
            return y;
        }
        double s = ((double[]) column)[i];
        if (!Double.isFinite(s)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column score must be finite, got %s at row %d", s, i));
        }
        return s >= threshold ? 1 : 0;
    }

    /** @return the weight of row {@code i} (1 without a weight column), or throws when negative or not finite */
    static double weight(double[] weight, int i) {
        if (weight == null) {
            return 1.0;
        }
        double w = weight[i];
        if (!(w >= 0.0 && w < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column weight must be finite and >= 0, got %s at row %d", w, i));
        }
        return w;
    }
}
