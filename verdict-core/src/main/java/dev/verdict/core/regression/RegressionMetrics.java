package dev.verdict.core.regression;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The regression metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class RegressionMetrics {
    private RegressionMetrics() {
    }

    /** @return every regression metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
