package dev.verdict.core.binary;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The binary metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class BinaryMetrics {
    private BinaryMetrics() {
    }

    /** @return every binary metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
