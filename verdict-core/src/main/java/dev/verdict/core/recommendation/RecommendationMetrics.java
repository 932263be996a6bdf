package dev.verdict.core.recommendation;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The recommendation metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class RecommendationMetrics {
    private RecommendationMetrics() {
    }

    /** @return every recommendation metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
