package dev.verdict.core.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class NoveltyMetricTest {
    private static final long SEED = 1618L;

    private static List<Metric<?>> metrics() {
        return List.of(RecommendationData.metric("novelty", Map.of("k", 3)),
                RecommendationData.metric("novelty", Map.of()));
    }

    @Test
    void chunkedAndCombinedEqualsOnePass() {
        System.out.println("NoveltyMetricTest seed " + SEED);
        MetricProperties.assertMergeInvariant(metrics(), RecommendationData.random(SEED, 60), SEED);
    }

    @Test
    void rowOrderDoesNotMatter() {
        MetricProperties.assertPermutationInvariant(metrics(), RecommendationData.random(SEED + 1, 60), SEED);
    }

    @Test
    void meanSelfInformationPerListThenOverUsers() {
        // user 1: top-2 of {p=0.5 (score 3), p=0.25 (score 2), p=1/8 (score 1)} -> (1 + 2) / 2; user 2: p=1 -> 0
        Columns data = Columns.builder(4).group(new int[] {1, 1, 1, 2}).item(new int[] {1, 2, 3, 1})
                .score(new double[] {3, 2, 1, 5}).relevance(new double[] {0.5, 0.25, 0.125, 1.0}).build();
        double v = MetricProperties.onePass(List.of(RecommendationData.metric("novelty", Map.of("k", 2))), data)
                .get(0).value();
        assertEquals((1.5 + 0.0) / 2, v, 1e-15);
    }

    @Test
    void popularityOutsideUnitIntervalIsRejected() {
        Columns data = Columns.builder(1).group(new int[] {1}).item(new int[] {1}).score(new double[] {1})
                .relevance(new double[] {0.0}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MetricProperties.onePass(
                List.of(RecommendationData.metric("novelty", Map.of())), data));
        assertTrue(e.getMessage().contains("relevance"), e.getMessage());
    }
}
