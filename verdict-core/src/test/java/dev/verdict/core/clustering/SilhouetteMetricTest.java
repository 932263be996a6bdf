package dev.verdict.core.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricValue;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SilhouetteMetricTest {
    private static final long SEED = 777L;

    private static List<Metric<?>> metrics() {
        return List.of(ClusteringData.metric("silhouette", Map.of()),
                ClusteringData.metric("silhouette", Map.of("sample_size", 120, "seed", 3)));
    }

    @Test
    void chunkedAndCombinedEqualsOnePass() {
        System.out.println("SilhouetteMetricTest seed " + SEED);
        MetricProperties.assertMergeInvariant(metrics(), ClusteringData.random(SEED, 400), SEED);
    }

    @Test
    void rowOrderDoesNotMatterEvenWhenSampling() {
        MetricProperties.assertPermutationInvariant(metrics(), ClusteringData.random(SEED + 1, 400), SEED);
    }

    @Test
    void twoSeparatedPairsScoreByHand() {
        // cluster A = {0, 1}, cluster B = {10, 12} on a line
        Columns data = Columns.builder(4).predictedLabel(new int[] {1, 1, 2, 2})
                .features(new double[][] {{0, 1, 10, 12}}).build();
        double s0 = (11.0 - 1.0) / 11.0;
        double s1 = (10.0 - 1.0) / 10.0;
        double s2 = (9.5 - 2.0) / 9.5;
        double s3 = (11.5 - 2.0) / 11.5;
        MetricValue v = MetricProperties.onePass(List.of(ClusteringData.metric("silhouette", Map.of())), data).get(0);
        assertEquals((s0 + s1 + s2 + s3) / 4, v.value(), 1e-15);
    }

    @Test
    void differentSeedsDrawDifferentSamples() {
        Columns data = ClusteringData.random(SEED + 2, 300);
        List<MetricValue> v = MetricProperties.onePass(List.of(
                ClusteringData.metric("silhouette", Map.of("sample_size", 50, "seed", 1)),
                ClusteringData.metric("silhouette", Map.of("sample_size", 50, "seed", 2)),
                ClusteringData.metric("silhouette", Map.of("sample_size", 1000))), data);
        assertNotEquals(v.get(0).value(), v.get(1).value());
        double full = MetricProperties.onePass(List.of(ClusteringData.metric("silhouette", Map.of())), data).get(0)
                .value();
        assertEquals(full, v.get(2).value(), 1e-15);
    }

    @Test
    void oneClusterOrAllSingletonsIsNaNWithWarning() {
        Columns one = Columns.builder(3).predictedLabel(new int[] {4, 4, 4}).features(new double[][] {{1, 2, 3}})
                .build();
        Columns singletons = Columns.builder(3).predictedLabel(new int[] {1, 2, 3})
                .features(new double[][] {{1, 2, 3}}).build();
        for (Columns c : List.of(one, singletons)) {
            MetricValue v = MetricProperties.onePass(List.of(ClusteringData.metric("silhouette", Map.of())), c)
                    .get(0);
            assertTrue(Double.isNaN(v.value()));
            assertNotNull(v.warning());
        }
    }

    @Test
    void invalidSampleSizeAndNonFiniteFeaturesAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ClusteringData.metric("silhouette", Map.of("sample_size", 1)));
        assertTrue(e.getMessage().contains("sample_size"), e.getMessage());
        Columns bad = Columns.builder(2).predictedLabel(new int[] {0, 1})
                .features(new double[][] {{1.0, Double.NaN}}).build();
        e = assertThrows(InvalidInputException.class, () -> MetricProperties.onePass(
                List.of(ClusteringData.metric("silhouette", Map.of())), bad));
        assertTrue(e.getMessage().contains("features"), e.getMessage());
    }
}
