package dev.verdict.core.operational;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The operational metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class OperationalMetrics {
    private OperationalMetrics() {
    }

    /** @return every operational metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
