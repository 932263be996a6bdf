package dev.verdict.core.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

final class DistributionMetricTest {
    private static final long SEED = 31337L;

    /** users 1 and 2; item 10 first for both, then 11 / 12 (score tie for user 2 broken by item code). */
    private static Columns tiny() {
        return Columns.builder(5).group(new int[] {1, 1, 2, 2, 2}).item(new int[] {11, 10, 13, 12, 10})
                .score(new double[] {0.5, 0.9, 0.2, 0.2, 0.7}).build();
    }

    private static MetricValue value(Metric<?> m, Columns data) {
        return MetricProperties.onePass(List.of(m), data).get(0);
    }

    @Test
    void chunkedAndCombinedEqualsOnePassForEveryMetric() {
        System.out.println("DistributionMetricTest seed " + SEED);
        MetricProperties.assertMergeInvariant(RecommendationData.all(), RecommendationData.random(SEED, 80), SEED);
    }

    @Test
    void rowOrderDoesNotMatterForEveryMetric() {
        MetricProperties.assertPermutationInvariant(RecommendationData.all(), RecommendationData.random(SEED + 1, 80),
                SEED);
    }

    @Test
    void coverageCountsDistinctTopKItems() {
        // top-2: user 1 {10, 11}, user 2 {10, 12}: 3 distinct items of 4 seen
        MetricValue v = value(RecommendationData.metric("catalog_coverage", Map.of("k", 2)), tiny());
        assertEquals(0.75, v.value(), 1e-15);
        assertEquals("distinct items in the data", v.detail().get("catalog_size_source"));
        assertNull(v.warning());
        assertEquals(0.3, value(RecommendationData.metric("catalog_coverage", Map.of("k", 2, "catalog_size", 10)),
                tiny()).value(), 1e-15);
    }

    @Test
    void giniCountsUnrecommendedItemsAsZeros() {
        // counts over catalogue of 4: sorted [0, 1, 1, 2], C = 4: sum (2j - 5) c_j = 0*-3 + 1*-1 + 1*1 + 2*3 = 6
        assertEquals(6.0 / 16.0, value(RecommendationData.metric("gini_index", Map.of("k", 2)), tiny()).value(),
                1e-15);
    }

    @Test
    void entropyIsInNats() {
        double expected = -(0.5 * Math.log(0.5) + 2 * 0.25 * Math.log(0.25));
        assertEquals(expected, value(RecommendationData.metric("shannon_entropy", Map.of("k", 2)), tiny()).value(),
                1e-15);
    }

    @Test
    void emptyInputIsNaNWithWarning() {
        Columns empty = Columns.builder(0).group(new int[0]).item(new int[0]).score(new double[0]).build();
        MetricValue v = value(RecommendationData.metric("gini_index", Map.of()), empty);
        assertTrue(Double.isNaN(v.value()));
        assertNotNull(v.warning());
    }

    @Test
    void invalidParametersAndInputsAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RecommendationData.metric("catalog_coverage", Map.of("k", 0)));
        assertTrue(e.getMessage().contains("'k'"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> RecommendationData.metric("gini_index", Map.of("catalog_size", 0)));
        assertTrue(e.getMessage().contains("catalog_size"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> value(
                RecommendationData.metric("gini_index", Map.of("catalog_size", 3)), tiny()));
        assertTrue(e.getMessage().contains("catalog_size"), e.getMessage());
        Columns noScore = Columns.builder(1).group(new int[] {1}).item(new int[] {1}).build();
        e = assertThrows(InvalidInputException.class, () -> value(
                RecommendationData.metric("shannon_entropy", Map.of()), noScore));
        assertTrue(e.getMessage().contains("score"), e.getMessage());
        Columns duplicate = Columns.builder(2).group(new int[] {1, 1}).item(new int[] {4, 4})
                .score(new double[] {1, 2}).build();
        e = assertThrows(InvalidInputException.class, () -> value(
                RecommendationData.metric("shannon_entropy", Map.of()), duplicate));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }
}
