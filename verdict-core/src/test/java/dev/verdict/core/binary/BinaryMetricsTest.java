package dev.verdict.core.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class BinaryMetricsTest {
    private static final long SEED = 20240521L;

    /** Every binary metric with representative parameters. */
    static List<Metric<?>> everyMetric(TaskContext ctx) {
        List<Metric<?>> out = new ArrayList<>();
        for (MetricDefinition d : BinaryMetrics.definitions()) {
            for (Map<String, ?> p : paramsFor(d.name())) {
                out.add(d.create(p, ctx));
            }
        }
        return out;
    }

    private static List<Map<String, ?>> paramsFor(String name) {
        return switch (name) {
            case "fbeta" -> List.of(Map.of("beta", 2.0), Map.of("beta", 0.5, "threshold", 0.3));
            case "expected_cost", "threshold_at_min_cost" -> List.of(Map.of("cost_fp", 1.0, "cost_fn", 4.0),
                    Map.of("cost_fp", 2.0, "cost_fn", 1.0, "cost_tp", 0.5, "cost_tn", 0.1));
            case "recall_at_precision", "threshold_at_precision" -> List.of(Map.of("min_precision", 0.6));
            case "precision_at_recall" -> List.of(Map.of("min_recall", 0.7));
            case "precision_at_k", "lift_at_k" -> List.of(Map.of("k", 17), Map.of("fraction", 0.25),
                    Map.of("k", 100000));
            case "threshold_at_max_fbeta" -> List.of(Map.of(), Map.of("beta", 2.0));
            case "ece", "mce", "brier_decomposition", "reliability_diagram" -> List.of(Map.of(),
                    Map.of("bins", 4, "strategy", "quantile"));
            case "accuracy", "precision" -> List.of(Map.of(), Map.of("threshold", 0.7));
            default -> List.of(Map.of());
        };
    }

    static Columns data(Random rnd, int n, boolean integerWeights) {
        int[] label = new int[n];
        double[] score = new double[n];
        int[] pred = new int[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            label[i] = rnd.nextDouble() < 0.35 ? 1 : 0;
            double s = Math.min(1, Math.max(0, 0.35 + 0.3 * label[i] + 0.25 * rnd.nextGaussian()));
            score[i] = Math.round(s * 20) / 20.0;
            pred[i] = rnd.nextDouble() < 0.8 == (score[i] >= 0.5) ? 1 : 0;
            weight[i] = integerWeights ? rnd.nextInt(4) : 0.05 + 2 * rnd.nextDouble();
        }
        return Columns.builder(n).label(label).score(score).predictedLabel(pred).weight(weight).build();
    }

    private static TaskContext context(boolean predicted) {
        return new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), predicted, true);
    }

    @Test
    void everyMetricIsMergeAndPermutationInvariantWithFractionalWeights() {
        System.out.println("BinaryMetricsTest seed " + SEED);
        Random rnd = new Random(SEED);
        for (boolean predicted : new boolean[] {false, true}) {
            List<Metric<?>> metrics = everyMetric(context(predicted));
            Columns weighted = data(rnd, 400, false);
            MetricProperties.assertMergeInvariant(metrics, weighted, SEED);
            MetricProperties.assertPermutationInvariant(metrics, weighted, SEED + 1);
            Columns unweighted = MetricProperties.withoutWeight(weighted);
            MetricProperties.assertMergeInvariant(metrics, unweighted, SEED + 2);
            MetricProperties.assertPermutationInvariant(metrics, unweighted, SEED + 3);
        }
    }

    @Test
    void integerWeightsEqualDuplicationForEveryMetric() {
        Random rnd = new Random(SEED + 10);
        for (boolean predicted : new boolean[] {false, true}) {
            MetricProperties.assertIntegerWeightsEqualDuplication(everyMetric(context(predicted)),
                    data(rnd, 300, true));
        }
    }

    @Test
    void everyFamilyMetricIsInTheCatalogAndRankMetricsShareOneState() {
        Set<String> names = new HashSet<>();
        for (MetricDefinition d : BinaryMetrics.definitions()) {
            assertTrue(names.add(d.name()), d.name());
            assertEquals(d, MetricCatalog.require(Task.BINARY, d.name()));
        }
        assertEquals(29, names.size());
        assertEquals("average_precision", MetricCatalog.require(Task.BINARY, "pr_auc").name());
        TaskContext ctx = context(false);
        List<Metric<?>> rank = new ArrayList<>();
        for (String n : List.of("roc_auc", "average_precision", "ece", "threshold_at_max_fbeta")) {
            rank.add(MetricCatalog.require(Task.BINARY, n).create(Map.of(), ctx));
        }
        assertEquals(1, MetricSuite.of(rank).stateCount());
        List<Metric<?>> threshold = new ArrayList<>();
        for (String n : List.of("precision", "recall", "f1", "mcc", "confusion_matrix")) {
            threshold.add(MetricCatalog.require(Task.BINARY, n).create(Map.of(), ctx));
        }
        threshold.add(MetricCatalog.require(Task.BINARY, "accuracy").create(Map.of("threshold", 0.7), ctx));
        assertEquals(2, MetricSuite.of(threshold).stateCount());
    }
}
