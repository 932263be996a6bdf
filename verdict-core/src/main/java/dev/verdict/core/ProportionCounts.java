package dev.verdict.core;

/**
 * A metric that is a proportion successes / trials over rows (accuracy: correct / all rows; recall: true positives /
 * actual positives; precision: true positives / predicted positives, ...). It gives each row's outcome, from which
 * Wilson and Clopper-Pearson intervals and McNemar's test are computed. Counts are unweighted: rows with a weight
 * other than 1 are rejected.
 */
public interface ProportionCounts {
    /** Row outcome: the row is not a trial of this proportion (e.g. a negative row for recall). */
    byte NOT_A_TRIAL = -1;
    /** Row outcome: a failed trial. */
    byte FAILURE = 0;
    /** Row outcome: a successful trial. */
    byte SUCCESS = 1;

    /**
     * @param rows every row of the slice, in input order
     * @return per row {@link #NOT_A_TRIAL}, {@link #FAILURE} or {@link #SUCCESS}
     * @throws InvalidInputException when rows are malformed or weighted
     */
    byte[] outcomes(Columns rows);

    /**
     * @param outcomes per-row outcomes
     * @return {successes, trials}
     */
    static long[] count(byte[] outcomes) {
        long s = 0;
        long t = 0;
        for (byte o : outcomes) {
            if (o != NOT_A_TRIAL) {
                t++;
                s += o;
            }
        }
        return new long[] {s, t};
    }
}
