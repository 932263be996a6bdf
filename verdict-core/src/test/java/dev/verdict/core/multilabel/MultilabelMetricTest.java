package dev.verdict.core.multilabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class MultilabelMetricTest {
    private static final long SEED = 31_337L;
    private static final TaskContext CTX = new TaskContext(Task.MULTILABEL, 0.5, List.of("a", "b", "c", "d"), false,
            true);

    private static Metric<?> metric(String name, Map<String, ?> params, TaskContext ctx) {
        return MetricCatalog.require(Task.MULTILABEL, name).create(params, ctx);
    }

    private static List<Metric<?>> all() {
        List<Metric<?>> out = new ArrayList<>();
        out.add(metric("subset_accuracy", Map.of(), CTX));
        out.add(metric("hamming_loss", Map.of(), CTX));
        for (String avg : List.of("micro", "macro", "samples", "weighted")) {
            for (String name : List.of("precision", "recall", "f1")) {
                out.add(metric(name, Map.of("average", avg), CTX));
            }
        }
        return out;
    }

    /** Label d is never true; scores are quarter steps so some sit on the threshold; weights 0..3. */
    private static Columns random(long seed, int n, boolean weights) {
        Random rnd = new Random(seed);
        int[][] y = new int[4][n];
        double[][] s = new double[4][n];
        double[] w = new double[n];
        double[] prevalence = {0.5, 0.2, 0.05, 0.0};
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < 4; l++) {
                y[l][i] = rnd.nextDouble() < prevalence[l] ? 1 : 0;
                s[l][i] = Math.min(1.0, 0.25 * rnd.nextInt(4) + 0.25 * y[l][i]);
            }
            w[i] = rnd.nextInt(4);
        }
        return Columns.builder(n).labelMatrix(y).scores(s).weight(weights ? w : null).build();
    }

    @Test
    void everyMetricIsMergePermutationAndWeightInvariant() {
        Columns weighted = random(SEED, 500, true);
        MetricProperties.assertMergeInvariant(all(), weighted, SEED);
        MetricProperties.assertPermutationInvariant(all(), weighted, SEED);
        MetricProperties.assertIntegerWeightsEqualDuplication(all(), weighted);
        MetricProperties.assertMergeInvariant(all(), random(SEED + 1, 200, false), SEED);
    }

    @Test
    void allMetricsShareOneState() {
        assertEquals(1, MetricSuite.of(all()).stateCount());
    }

    @Test
    void scoreOnTheThresholdIsPredictedPositive() {
        Columns c = Columns.builder(1).labelMatrix(new int[][] {{1}, {0}, {0}, {0}})
                .scores(new double[][] {{0.5}, {0.49}, {0.1}, {0.0}}).build();
        MetricValue v = MetricProperties.onePass(List.of(metric("subset_accuracy", Map.of(), CTX)), c).get(0);
        assertEquals(1.0, v.value());
        assertNull(v.warning());
    }

    @Test
    void rowWithoutTrueLabelsWarnsForSamplesRecall() {
        Columns c = Columns.builder(2).labelMatrix(new int[][] {{1, 0}, {0, 0}, {0, 0}, {0, 0}})
                .scores(new double[][] {{0.9, 0.9}, {0.1, 0.1}, {0.1, 0.1}, {0.1, 0.1}}).build();
        MetricValue v = MetricProperties.onePass(List.of(metric("recall", Map.of("average", "samples"), CTX)), c)
                .get(0);
        assertEquals(0.5, v.value());
        assertNotNull(v.warning());
    }

    @Test
    void emptyInputGivesNanWithWarning() {
        Columns empty = Columns.builder(0).labelMatrix(new int[4][0]).scores(new double[4][0]).build();
        for (MetricValue v : MetricProperties.onePass(all(), empty)) {
            assertTrue(Double.isNaN(v.value()));
            assertNotNull(v.warning());
        }
    }

    @Test
    void malformedInputIsRejected() {
        TaskContext noScores = new TaskContext(Task.MULTILABEL, 0.5, List.of("a", "b"), false, false);
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("hamming_loss", Map.of(), noScores))
                .getMessage().contains("data.scores"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> metric("f1", Map.of("average", "binary"), CTX)).getMessage().contains("average"));
        Columns bad = Columns.builder(1).labelMatrix(new int[][] {{2}, {0}, {0}, {0}})
                .scores(new double[][] {{0.5}, {0.5}, {0.5}, {0.5}}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricProperties.onePass(all(), bad));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
        Columns narrow = Columns.builder(1).labelMatrix(new int[][] {{1}}).scores(new double[][] {{0.5}}).build();
        assertTrue(assertThrows(InvalidInputException.class, () -> MetricProperties.onePass(all(), narrow))
                .getMessage().contains("4 labels"));
    }
}
