package dev.verdict.core.clustering;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.Locale;

/** Input checks shared by the clustering states. */
final class ClusteringInputs {
    private ClusteringInputs() {
    }

    /**
     * Rejects a weight column: scikit-learn's clustering metrics define no sample weights.
     *
     * @throws InvalidInputException naming the metric
     */
    static void rejectWeights(Columns batch, String metric) {
        if (batch.weight() != null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s does not accept a weight column: scikit-learn's clustering metrics define no sample "
                            + "weights; remove the weight column", metric));
        }
    }
}
