package dev.verdict.core.operational;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.Locale;
import java.util.TreeSet;

/** Lookup and row validation of the named numeric columns the operational metrics read. */
final class NamedColumns {
    private NamedColumns() {
    }

    /**
     * @param batch the batch
     * @param column the column name from the metric's parameters
     * @param metric the metric that needs it, for the message
     * @return the column
     * @throws InvalidInputException naming the column, the metric and the columns the batch carries
     */
    static double[] require(Columns batch, String column, String metric) {
        double[] v = batch.numeric(column);
        if (v == null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs the numeric column '%s', which the data does not provide (numeric columns: %s)",
                    metric, column, new TreeSet<>(batch.numericNames())));
        }
        return v;
    }

    /** @return the finite value of row {@code i}, or throws naming the column, row and value */
    static double finite(double[] v, String column, int i) {
        double x = v[i];
        if (!Double.isFinite(x)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s must be finite, got %s at row %d", column, x, i));
        }
        return x;
    }

    /** @return the finite, non-negative value of row {@code i}, or throws */
    static double nonNegative(double[] v, String column, int i) {
        double x = v[i];
        if (!(x >= 0.0 && x < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s must be finite and >= 0, got %s at row %d", column, x, i));
        }
        return x;
    }

    /** @return the 0/1 flag of row {@code i}, or throws */
    static double flag(double[] v, String column, int i) {
        double x = v[i];
        if (x != 0.0 && x != 1.0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s must be an error flag (0/1 or false/true), got %s at row %d", column, x, i));
        }
        return x;
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
