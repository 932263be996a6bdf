package dev.verdict.core.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class DispersionMetricTest {
    private static final long SEED = 99L;

    private static List<Metric<?>> metrics() {
        return List.of(ClusteringData.metric("davies_bouldin", Map.of()),
                ClusteringData.metric("calinski_harabasz", Map.of()),
                ClusteringData.metric("silhouette", Map.of()));
    }

    @Test
    void chunkedAndCombinedEqualsOnePass() {
        System.out.println("DispersionMetricTest seed " + SEED);
        MetricProperties.assertMergeInvariant(metrics(), ClusteringData.random(SEED, 300), SEED);
    }

    @Test
    void rowOrderDoesNotMatter() {
        MetricProperties.assertPermutationInvariant(metrics(), ClusteringData.random(SEED + 1, 300), SEED);
    }

    @Test
    void featureMetricsShareOneState() {
        assertEquals(1, MetricSuite.of(metrics()).stateCount());
    }

    @Test
    void twoClustersOnALineByHand() {
        Columns data = Columns.builder(4).predictedLabel(new int[] {0, 0, 1, 1})
                .features(new double[][] {{0, 2, 10, 14}}).build();
        List<MetricValue> v = MetricProperties.onePass(metrics(), data);
        // centroids 1 and 12; spreads 1 and 2; DB = (1 + 2) / 11 for both clusters
        assertEquals(3.0 / 11.0, v.get(0).value(), 1e-15);
        // extra = 2 * 5.5^2 * 2 = 121; intra = 1 + 1 + 4 + 4 = 10; CH = 121 * (4 - 2) / (10 * 1)
        assertEquals(24.2, v.get(1).value(), 1e-12);
    }

    @Test
    void zeroWithinClusterSpreadFallsBackWithWarning() {
        Columns data = Columns.builder(4).predictedLabel(new int[] {0, 0, 1, 1})
                .features(new double[][] {{1, 1, 5, 5}}).build();
        List<MetricValue> v = MetricProperties.onePass(metrics(), data);
        assertEquals(0.0, v.get(0).value());
        assertNotNull(v.get(0).warning());
        assertEquals(1.0, v.get(1).value());
        assertNotNull(v.get(1).warning());
    }

    @Test
    void inconsistentFeatureWidthAndWeightsAreRejected() {
        Columns a = Columns.builder(2).predictedLabel(new int[] {0, 1}).features(new double[][] {{1, 2}}).build();
        Columns b = Columns.builder(2).predictedLabel(new int[] {0, 1}).features(new double[][] {{1, 2}, {3, 4}})
                .build();
        MetricSuite.Accumulator acc = MetricSuite.of(metrics()).newAccumulator().accept(a);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> acc.accept(b));
        assertTrue(e.getMessage().contains("features"), e.getMessage());
        Columns w = Columns.builder(2).predictedLabel(new int[] {0, 1}).features(new double[][] {{1, 2}})
                .weight(new double[] {1, 2}).build();
        e = assertThrows(InvalidInputException.class, () -> MetricProperties.onePass(metrics(), w));
        assertTrue(e.getMessage().contains("davies_bouldin") && e.getMessage().contains("weight"), e.getMessage());
    }
}
