package dev.verdict.core.multiclass;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.TaskContext;
import java.util.Locale;

/** Checks of the multiclass input columns, with messages naming the column and row. */
final class Inputs {
    private Inputs() {
    }

    static int[] labels(Columns batch, int k) {
        if (batch.label() == null) {
            throw new InvalidInputException("multiclass metrics need the label column (data.label)");
        }
        return batch.label();
    }

    static int[] predictions(Columns batch, int k) {
        if (batch.predictedLabel() == null) {
            throw new InvalidInputException("this metric needs the prediction column (data.prediction)");
        }
        return batch.predictedLabel();
    }

    static double[][] scores(Columns batch, int k) {
        double[][] s = batch.scores();
        if (s == null) {
            throw new InvalidInputException("this metric needs the score columns (data.scores)");
        }
        if (s.length != k) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "data.scores has %d columns but the task declares %d classes", s.length, k));
        }
        return s;
    }

    static void checkClass(String column, int c, int row, int k) {
        if (c < 0 || c >= k) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s has class index %d in batch row %d; expected 0..%d", column, c, row, k - 1));
        }
    }

    /** @throws InvalidInputException unless the plan declares at least two classes */
    static void requireClasses(String metric, TaskContext ctx) {
        if (ctx.classCount() < 2) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs at least 2 declared classes, got %d", metric, ctx.classCount()));
        }
    }

    /** @throws InvalidInputException when the plan has neither a prediction nor score columns */
    static void requirePrediction(String metric, TaskContext ctx) {
        if (!ctx.hasPredictedLabel() && !ctx.hasScores()) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs a prediction: give data.prediction or data.scores", metric));
        }
    }

    /** @throws InvalidInputException when the plan has no score columns */
    static void requireScores(String metric, TaskContext ctx) {
        if (!ctx.hasScores()) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs class scores: give data.scores", metric));
        }
    }
}
