package dev.verdict.core.generation;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The generation metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class GenerationMetrics {
    private GenerationMetrics() {
    }

    /** @return every generation metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
