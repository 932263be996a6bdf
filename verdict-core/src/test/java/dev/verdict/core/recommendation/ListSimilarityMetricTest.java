package dev.verdict.core.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

final class ListSimilarityMetricTest {
    private static final long SEED = 2718L;

    private static MetricValue value(Metric<?> m, Columns data) {
        return MetricProperties.onePass(List.of(m), data).get(0);
    }

    private static List<Metric<?>> metrics() {
        return List.of(RecommendationData.metric("intra_list_diversity", Map.of("k", 5)),
                RecommendationData.metric("intra_list_diversity", Map.of("k", 5, "by", "category")),
                RecommendationData.metric("personalization", Map.of("k", 5)));
    }

    @Test
    void chunkedAndCombinedEqualsOnePass() {
        System.out.println("ListSimilarityMetricTest seed " + SEED);
        MetricProperties.assertMergeInvariant(metrics(), RecommendationData.random(SEED, 50), SEED);
    }

    @Test
    void rowOrderDoesNotMatter() {
        MetricProperties.assertPermutationInvariant(metrics(), RecommendationData.random(SEED + 1, 50), SEED);
    }

    @Test
    void personalizationOfPairwiseOverlapsByHand() {
        // lists {1,2}, {1,3}, {4,5}: overlaps 1/2, 0, 0 -> 1 - (1/2)/3
        Columns data = Columns.builder(6).group(new int[] {0, 0, 1, 1, 2, 2}).item(new int[] {1, 2, 1, 3, 4, 5})
                .score(new double[] {1, 1, 1, 1, 1, 1}).build();
        assertEquals(1.0 - 1.0 / 6.0, value(RecommendationData.metric("personalization", Map.of()), data).value(),
                1e-15);
    }

    @Test
    void personalizationWithUnequalListsUsesCosine() {
        // lists {1}, {1,2,3,4}: cosine 1 / sqrt(1 * 4)
        Columns data = Columns.builder(5).group(new int[] {0, 1, 1, 1, 1}).item(new int[] {1, 1, 2, 3, 4})
                .score(new double[] {1, 1, 1, 1, 1}).build();
        assertEquals(0.5, value(RecommendationData.metric("personalization", Map.of()), data).value(), 1e-15);
    }

    @Test
    void diversityByCategoryAndFeaturesByHand() {
        // one list of 3 items: categories a, a, b -> 2 of 3 pairs differ; features (1,0), (0,1), (1,1)
        Columns data = Columns.builder(3).group(new int[] {9, 9, 9}).item(new int[] {1, 2, 3})
                .score(new double[] {3, 2, 1}).label(new int[] {0, 0, 1})
                .features(new double[][] {{1, 0, 1}, {0, 1, 1}}).build();
        assertEquals(2.0 / 3.0, value(RecommendationData.metric("intra_list_diversity", Map.of("by", "category")),
                data).value(), 1e-15);
        double c = 1.0 / Math.sqrt(2.0);
        assertEquals(((1 - 0.0) + (1 - c) + (1 - c)) / 3.0,
                value(RecommendationData.metric("intra_list_diversity", Map.of()), data).value(), 1e-15);
    }

    @Test
    void undefinedCasesAreNaNWithWarning() {
        Columns data = Columns.builder(2).group(new int[] {1, 2}).item(new int[] {1, 2}).score(new double[] {1, 1})
                .features(new double[][] {{1, 2}}).build();
        MetricValue ild = value(RecommendationData.metric("intra_list_diversity", Map.of()), data);
        assertTrue(Double.isNaN(ild.value()));
        assertNotNull(ild.warning());
        Columns oneUser = Columns.builder(2).group(new int[] {1, 1}).item(new int[] {1, 2})
                .score(new double[] {1, 1}).build();
        MetricValue p = value(RecommendationData.metric("personalization", Map.of()), oneUser);
        assertTrue(Double.isNaN(p.value()));
        assertNotNull(p.warning());
    }

    @Test
    void missingFeatureOrCategoryColumnIsRejected() {
        Columns bare = Columns.builder(2).group(new int[] {1, 1}).item(new int[] {1, 2}).score(new double[] {1, 1})
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> value(RecommendationData.metric("intra_list_diversity", Map.of()), bare));
        assertTrue(e.getMessage().contains("features"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> value(
                RecommendationData.metric("intra_list_diversity", Map.of("by", "category")), bare));
        assertTrue(e.getMessage().contains("label"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> RecommendationData.metric("intra_list_diversity", Map.of("by", "genre")));
        assertTrue(e.getMessage().contains("by"), e.getMessage());
    }
}
