package dev.verdict.core.clustering;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The clustering metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class ClusteringMetrics {
    private ClusteringMetrics() {
    }

    /** @return every clustering metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
