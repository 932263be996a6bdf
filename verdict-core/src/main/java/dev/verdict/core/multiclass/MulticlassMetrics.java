package dev.verdict.core.multiclass;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The multiclass metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class MulticlassMetrics {
    private MulticlassMetrics() {
    }

    /** @return every multiclass metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
