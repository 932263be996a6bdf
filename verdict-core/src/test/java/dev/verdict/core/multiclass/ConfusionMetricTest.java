package dev.verdict.core.multiclass;

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
import dev.verdict.core.TaskContext;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConfusionMetricTest {
    private static final long SEED = 8_151_2024L;

    private static List<Metric<?>> all(TaskContext ctx) {
        List<Metric<?>> out = new ArrayList<>();
        for (String name : List.of("accuracy", "balanced_accuracy", "cohen_kappa", "mcc", "min_per_class_recall",
                "confusion_matrix")) {
            out.add(MulticlassData.metric(name, Map.of(), ctx));
        }
        out.add(MulticlassData.metric("balanced_accuracy", Map.of("adjusted", true), ctx));
        out.add(MulticlassData.metric("cohen_kappa", Map.of("weights", "linear"), ctx));
        out.add(MulticlassData.metric("cohen_kappa", Map.of("weights", "quadratic"), ctx));
        for (String avg : List.of("macro", "micro", "weighted")) {
            for (String name : List.of("precision", "recall", "f1")) {
                out.add(MulticlassData.metric(name, Map.of("average", avg), ctx));
            }
            out.add(MulticlassData.metric("fbeta", Map.of("beta", 0.5, "average", avg), ctx));
        }
        return out;
    }

    @Test
    void everyConfusionMetricIsMergePermutationAndWeightInvariant() {
        for (boolean prediction : new boolean[] {true, false}) {
            TaskContext ctx = MulticlassData.context(4, prediction, !prediction);
            List<Metric<?>> metrics = all(ctx);
            Columns weighted = MulticlassData.random(SEED, 500, 4, prediction, true);
            MetricProperties.assertMergeInvariant(metrics, weighted, SEED);
            MetricProperties.assertPermutationInvariant(metrics, weighted, SEED);
            MetricProperties.assertIntegerWeightsEqualDuplication(metrics, weighted);
            MetricProperties.assertMergeInvariant(metrics, MulticlassData.random(SEED + 1, 300, 4, prediction, false),
                    SEED);
        }
    }

    @Test
    void allConfusionMetricsShareOneState() {
        assertEquals(1, MetricSuite.of(all(MulticlassData.context(3, true, true))).stateCount());
    }

    @Test
    void argMaxTakesTheFirstMaximum() {
        TaskContext ctx = MulticlassData.context(3, false, true);
        Columns c = Columns.builder(2).label(new int[] {1, 2})
                .scores(new double[][] {{0.2, 0.4}, {0.4, 0.2}, {0.4, 0.4}}).build();
        MetricValue cm = MetricProperties.onePass(List.of(MulticlassData.metric("confusion_matrix", Map.of(), ctx)),
                c).get(0);
        @SuppressWarnings("unchecked")
        List<List<Double>> rows = (List<List<Double>>) cm.detail().get("matrix");
        assertEquals(1.0, rows.get(1).get(1));
        assertEquals(1.0, rows.get(2).get(0));
    }

    @Test
    void emptyInputGivesNanWithWarning() {
        TaskContext ctx = MulticlassData.context(3, true, false);
        Columns empty = Columns.builder(0).label(new int[0]).predictedLabel(new int[0]).build();
        for (MetricValue v : MetricProperties.onePass(all(ctx), empty)) {
            assertTrue(Double.isNaN(v.value()));
            assertNotNull(v.warning());
        }
    }

    @Test
    void singleClassEverywhereWarnsForKappaAndMcc() {
        TaskContext ctx = MulticlassData.context(3, true, false);
        Columns c = Columns.builder(3).label(new int[] {1, 1, 1}).predictedLabel(new int[] {1, 1, 1}).build();
        List<MetricValue> v = MetricProperties.onePass(List.of(MulticlassData.metric("cohen_kappa", Map.of(), ctx),
                MulticlassData.metric("mcc", Map.of(), ctx), MulticlassData.metric("accuracy", Map.of(), ctx)), c);
        assertTrue(Double.isNaN(v.get(0).value()));
        assertNotNull(v.get(0).warning());
        assertEquals(0.0, v.get(1).value());
        assertNotNull(v.get(1).warning());
        assertEquals(1.0, v.get(2).value());
        assertNull(v.get(2).warning());
    }

    @Test
    void missingPredictionIsRejectedAtCreation() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MulticlassData.metric("accuracy", Map.of(), MulticlassData.context(3, false, false)));
        assertTrue(e.getMessage().contains("data.prediction"), e.getMessage());
    }

    @Test
    void invalidParametersAreRejected() {
        TaskContext ctx = MulticlassData.context(3, true, false);
        assertTrue(assertThrows(InvalidInputException.class,
                () -> MulticlassData.metric("fbeta", Map.of("beta", -1.0), ctx)).getMessage().contains("beta"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> MulticlassData.metric("fbeta", Map.of(), ctx)).getMessage().contains("beta"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> MulticlassData.metric("precision", Map.of("average", "samples"), ctx)).getMessage()
                .contains("average"));
    }

    @Test
    void classIndexOutOfRangeNamesColumnAndRow() {
        TaskContext ctx = MulticlassData.context(3, true, false);
        Columns c = Columns.builder(2).label(new int[] {0, 3}).predictedLabel(new int[] {0, 1}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricProperties.onePass(List.of(MulticlassData.metric("accuracy", Map.of(), ctx)), c));
        assertTrue(e.getMessage().contains("label") && e.getMessage().contains("row 1"), e.getMessage());
    }
}
