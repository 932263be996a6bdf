package dev.verdict.core.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
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

final class FairnessMetricsTest {
    private static final long SEED = 9090;
    private static final List<String> GROUP_METRICS = List.of("demographic_parity_difference",
            "demographic_parity_ratio", "equal_opportunity_difference", "equal_opportunity_ratio",
            "equalized_odds_difference", "equalized_odds_ratio");
    private static final TaskContext SCORES = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);
    private static final TaskContext PREDICTIONS = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), true, true);

    private static Metric<?> metric(String name, Map<String, ?> params, TaskContext c) {
        return MetricCatalog.require(c.task(), name).create(params, c);
    }

    private static List<Metric<?>> all(TaskContext c) {
        List<Metric<?>> m = new ArrayList<>();
        m.add(metric("positive_rate", Map.of(), c));
        m.add(metric("positive_rate", Map.of("threshold", 0.3), c));
        for (String name : GROUP_METRICS) {
            for (String method : List.of("between_groups", "to_overall")) {
                m.add(metric(name, Map.of("sensitive", "g", "method", method), c));
            }
        }
        m.add(metric("equalized_odds_difference", Map.of("sensitive", "g", "agg", "mean", "threshold", 0.4), c));
        return m;
    }

    /** Rows with scores, predictions, 0/1 labels and a sensitive column of {@code groups} values (codes shuffled). */
    private static Columns data(int n, Random rnd, int groups, int minWeight) {
        int[] y = new int[n];
        int[] pred = new int[n];
        double[] s = new double[n];
        int[] codes = new int[n];
        double[] w = new double[n];
        List<String> values = new ArrayList<>();
        for (int k = groups - 1; k >= 0; k--) {
            values.add("g" + k);
        }
        for (int i = 0; i < n; i++) {
            codes[i] = rnd.nextInt(groups);
            y[i] = rnd.nextDouble() < 0.2 + 0.15 * codes[i] ? 1 : 0;
            s[i] = Math.min(1, 0.3 * y[i] + 0.7 * rnd.nextDouble());
            pred[i] = rnd.nextDouble() < s[i] ? 1 : 0;
            w[i] = minWeight + rnd.nextInt(4);
        }
        return Columns.builder(n).label(y).score(s).predictedLabel(pred).weight(w).category("g", codes, values)
                .build();
    }

    @Test
    void chunkedEqualsOnePassAndRowOrderDoesNotMatter() {
        Random rnd = new Random(SEED);
        for (TaskContext c : List.of(SCORES, PREDICTIONS)) {
            Columns d = data(400, rnd, 4, 0);
            MetricProperties.assertMergeInvariant(all(c), d, SEED);
            MetricProperties.assertPermutationInvariant(all(c), d, SEED);
        }
    }

    /**
     * Integer weights of at least 1: a zero-weight row still makes its group exist in fairlearn (TPR 0 by the
     * confusion_matrix convention), which duplication would drop, so 0 is left out here on purpose.
     */
    @Test
    void integerWeightsEqualDuplicatedRows() {
        Columns d = data(300, new Random(SEED + 1), 3, 1);
        MetricProperties.assertIntegerWeightsEqualDuplication(all(SCORES), d);
        MetricProperties.assertIntegerWeightsEqualDuplication(all(PREDICTIONS), d);
    }

    @Test
    void batchesWithDifferentCodeDictionariesMergeByValue() {
        Columns a = Columns.builder(2).label(new int[] {1, 0}).predictedLabel(new int[] {1, 1})
                .category("g", new int[] {0, 1}, List.of("x", "y")).build();
        Columns b = Columns.builder(2).label(new int[] {1, 0}).predictedLabel(new int[] {0, 0})
                .category("g", new int[] {0, 1}, List.of("y", "x")).build();
        Metric<?> m = metric("demographic_parity_difference", Map.of("sensitive", "g"), PREDICTIONS);
        var suite = dev.verdict.core.MetricSuite.of(List.of(m));
        MetricValue v = suite.newAccumulator().accept(a).combine(suite.newAccumulator().accept(b)).results().get(0);
        // x: rows (1,1) from a and (0,0) from b -> 0.5; y: (0,1) from a and (1,0) from b -> 0.5
        assertEquals(0.0, v.value(), 0.0);
        assertEquals(List.of("x", "y"), v.detail().get("groups"));
    }

    @Test
    void emptyInputIsNaNWithAWarning() {
        Columns empty = Columns.builder(0).label(new int[0]).predictedLabel(new int[0])
                .category("g", new int[0], List.of()).build();
        for (Metric<?> m : all(PREDICTIONS)) {
            if (m.params().has("threshold")) {
                continue;
            }
            MetricValue v = MetricProperties.onePass(List.of(m), empty).get(0);
            assertTrue(Double.isNaN(v.value()), m.name());
            assertNotNull(v.warning(), m.name());
        }
    }

    @Test
    void invalidParametersAreRejected() {
        for (String name : GROUP_METRICS) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> metric(name, Map.of(), SCORES));
            assertTrue(e.getMessage().contains("sensitive"), e.getMessage());
        }
        InvalidInputException m = assertThrows(InvalidInputException.class,
                () -> metric("demographic_parity_ratio", Map.of("sensitive", "g", "method", "pairwise"), SCORES));
        assertTrue(m.getMessage().contains("method"), m.getMessage());
        TaskContext none = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, false);
        assertThrows(InvalidInputException.class, () -> metric("positive_rate", Map.of(), none));
    }

    @Test
    void aBatchWithoutTheSensitiveColumnIsRejectedNamingColumnAndMetric() {
        Columns d = Columns.builder(1).label(new int[] {1}).score(new double[] {0.9}).build();
        for (String name : GROUP_METRICS) {
            Metric<?> m = metric(name, Map.of("sensitive", "gender"), SCORES);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MetricProperties.onePass(List.of(m), d));
            assertTrue(e.getMessage().contains("gender") && e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void positiveRateNeedsNoLabels() {
        Columns d = Columns.builder(4).score(new double[] {0.1, 0.6, 0.7, 0.2}).build();
        assertEquals(0.5, MetricProperties.onePass(List.of(metric("positive_rate", Map.of(), SCORES)), d).get(0)
                .value(), 0.0);
    }

    @Test
    void multilabelPositiveRateIsTheShareOfPredictedCells() {
        TaskContext ml = new TaskContext(Task.MULTILABEL, 0.5, List.of("a", "b"), false, true);
        Columns d = Columns.builder(3).scores(new double[][] {{0.9, 0.1, 0.6}, {0.2, 0.2, 0.7}})
                .labelMatrix(new int[][] {{1, 0, 1}, {0, 0, 1}}).weight(new double[] {1, 2, 1}).build();
        MetricValue v = MetricProperties.onePass(List.of(metric("positive_rate", Map.of(), ml)), d).get(0);
        assertEquals((2.0 + 1.0) / (4.0 * 2), v.value(), 1e-15);
        MetricProperties.assertMergeInvariant(List.of(metric("positive_rate", Map.of(), ml)), d, SEED);
        MetricProperties.assertIntegerWeightsEqualDuplication(List.of(metric("positive_rate", Map.of(), ml)), d);
    }

    @Test
    void codesOutsideTheValuesAreRejected() {
        Columns d = Columns.builder(1).label(new int[] {1}).predictedLabel(new int[] {1})
                .category("g", new int[] {3}, List.of("a")).build();
        Metric<?> m = metric("demographic_parity_difference", Map.of("sensitive", "g"), PREDICTIONS);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricProperties.onePass(List.of(m), d));
        assertTrue(e.getMessage().contains("code 3"), e.getMessage());
    }
}
