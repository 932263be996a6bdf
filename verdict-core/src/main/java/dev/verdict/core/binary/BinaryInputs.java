package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.TaskContext;
import java.util.Locale;

/** Row validation shared by the binary states, and checks of what a plan provides. */
final class BinaryInputs {
    private BinaryInputs() {
    }

    /** @return the 0/1 label of row {@code i}, or throws naming the row and value */
    static int label(int[] label, int i) {
        int y = label[i];
        if (y != 0 && y != 1) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column label must be 0 or 1 for a binary task, got %d at row %d", y, i));
        }
        return y;
    }

    /** @return the 0/1 prediction of row {@code i}, or throws naming the row and value */
    static int predicted(int[] predicted, int i) {
        int y = predicted[i];
        if (y != 0 && y != 1) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column predictedLabel must be 0 or 1 for a binary task, got %d at row %d", y, i));
        }
        return y;
    }

    /** @return the finite score of row {@code i} with -0.0 folded into 0.0, or throws */
    static double score(double[] score, int i) {
        double s = score[i];
        if (!Double.isFinite(s)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column score must be finite, got %s at row %d", s, i));
        }
        return s + 0.0;
    }

    /** @return a probability score of row {@code i}, or throws when outside [0, 1] */
    static double probability(double[] score, int i) {
        double s = score[i];
        if (!(s >= 0.0 && s <= 1.0)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column score must be a probability in [0, 1], got %s at row %d", s, i));
        }
        return s + 0.0;
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

    /** Throws when the batch has no label column. */
    static int[] requireLabel(Columns batch) {
        if (batch.label() == null) {
            throw new InvalidInputException("binary metrics need a label column (data.label)");
        }
        return batch.label();
    }

    /** Throws when the batch has no score column. */
    static double[] requireScore(Columns batch) {
        if (batch.score() == null) {
            throw new InvalidInputException("binary metrics need a score column (data.score)");
        }
        return batch.score();
    }

    /** Throws at metric creation when the plan gives no score column. */
    static void needScores(String metric, TaskContext context) {
        if (!context.hasScores()) {
            throw new InvalidInputException("metric " + metric + " needs a score column (data.score)");
        }
    }
}
