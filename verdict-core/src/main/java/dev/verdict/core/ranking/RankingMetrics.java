package dev.verdict.core.ranking;

import dev.verdict.core.MetricDefinition;
import java.util.List;

/** The ranking metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** @return every ranking metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of();
    }
}
