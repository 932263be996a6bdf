package dev.verdict.core.multilabel;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The multilabel metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class MultilabelMetrics {
    private MultilabelMetrics() {
    }

    /** @return every multilabel metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
