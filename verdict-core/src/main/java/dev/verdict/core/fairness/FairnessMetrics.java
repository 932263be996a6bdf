package dev.verdict.core.fairness;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The fairness metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class FairnessMetrics {
    private FairnessMetrics() {
    }

    /** @return every fairness metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
