package dev.verdict.core;

/**
 * A metric that is the plain mean of per-row values (mae: |e|, mse: e^2, brier, log_loss, accuracy: 0/1
 * correctness, ...). It gives those values for t-intervals and for paired tests (paired t, Wilcoxon).
 * The mean of {@link #perRowValues} over the rows is the metric value on an unweighted slice.
 */
public interface PerRowValues {
    /**
     * @param rows every row of the slice, in input order
     * @return one value per row, in input order
     * @throws InvalidInputException when rows are malformed or carry weights other than 1 (the per-row mean is then
     *     not the metric's weighted mean)
     */
    double[] perRowValues(Columns rows);

    /** Throws when {@code rows} has a weight column with a weight other than 1. @param rows the rows @param what who needs it */
    static void requireUnitWeights(Columns rows, String what) {
        double[] w = rows.weight();
        if (w == null) {
            return;
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 1.0) {
                throw new InvalidInputException(what + " needs unweighted rows, got weight " + w[i] + " at row " + i);
            }
        }
    }
}
