package dev.verdict.core.binary;

import dev.verdict.core.MetricDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary metric family, registered in {@link dev.verdict.core.catalog.MetricCatalog}: threshold metrics on one
 * shared confusion state per operating point, rank and calibration metrics on one shared sorted-score state (one sort
 * per evaluation), and log_loss/brier on O(1) sums. Numbers match scikit-learn 1.2.1; see docs/metrics/binary.md.
 */
public final class BinaryMetrics {
    private static final List<MetricDefinition> ALL = build();

    private BinaryMetrics() {
    }

    private static List<MetricDefinition> build() {
        List<MetricDefinition> all = new ArrayList<>();
        all.addAll(ConfusionMetrics.definitions());
        all.addAll(RankMetrics.definitions());
        all.addAll(ProbabilityMetrics.definitions());
        all.addAll(CalibrationMetrics.definitions());
        return List.copyOf(all);
    }

    /** @return every binary metric definition */
    public static List<MetricDefinition> definitions() {
        return ALL;
    }
}
