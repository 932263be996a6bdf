package dev.verdict.core.binary;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BinaryEdgeCasesTest {
    private static final TaskContext SCORES = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);
    private static final TaskContext PREDICTIONS_ONLY =
            new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), true, false);

    private static Metric<?> metric(String name, Map<String, ?> params, TaskContext ctx) {
        return MetricCatalog.require(Task.BINARY, name).create(params, ctx);
    }

    private static MetricValue eval(Metric<?> m, Columns c) {
        return MetricSuite.of(List.of(m)).newAccumulator().accept(c).results().get(0);
    }

    private static Columns rows(int[] y, double[] s) {
        return Columns.builder(y.length).label(y).score(s).build();
    }

    @Test
    void rankMetricWithoutScoreColumnIsRejectedAtCreation() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> metric("roc_auc", Map.of(), PREDICTIONS_ONLY));
        assertEquals("metric roc_auc needs a score column (data.score)", e.getMessage());
        assertNotNull(metric("precision", Map.of(), PREDICTIONS_ONLY));
    }

    @Test
    void invalidParametersNameTheParameter() {
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("precision_at_k", Map.of(), SCORES))
                .getMessage().contains("exactly one of 'k' or 'fraction'"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> metric("precision_at_k", Map.of("fraction", 1.5), SCORES)).getMessage().contains("fraction"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> metric("recall_at_precision", Map.of("min_precision", -0.1), SCORES)).getMessage()
                .contains("min_precision"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("fbeta", Map.of("beta", -1.0), SCORES))
                .getMessage().contains("beta"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("ece", Map.of("bins", 0), SCORES))
                .getMessage().contains("bins"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("expected_cost", Map.of(), SCORES))
                .getMessage().contains("cost_fp"));
    }

    @Test
    void malformedRowsAreRejectedNamingTheColumn() {
        Metric<?> auc = metric("roc_auc", Map.of(), SCORES);
        assertTrue(assertThrows(InvalidInputException.class,
                () -> eval(auc, rows(new int[] {0, 2}, new double[] {0.1, 0.2}))).getMessage().contains("label"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> eval(auc, rows(new int[] {0, 1}, new double[] {0.1, Double.NaN}))).getMessage()
                .contains("score"));
        Metric<?> logLoss = metric("log_loss", Map.of(), SCORES);
        assertTrue(assertThrows(InvalidInputException.class,
                () -> eval(logLoss, rows(new int[] {0, 1}, new double[] {0.1, 1.5}))).getMessage()
                .contains("[0, 1]"));
    }

    @Test
    void emptyInputGivesNaNWithWarning() {
        Columns empty = rows(new int[0], new double[0]);
        for (String name : List.of("roc_auc", "average_precision", "log_loss", "brier", "precision", "ece",
                "threshold_at_max_fbeta")) {
            MetricValue v = eval(metric(name, Map.of(), SCORES), empty);
            assertTrue(Double.isNaN(v.value()), name);
            assertNotNull(v.warning(), name);
        }
    }

    @Test
    void topKAveragesOverTheTieGroupAtTheCut() {
        // scores 0.9 (pos), then a tie group of four at 0.5 holding one positive; the top 3 take two of the four
        Columns c = rows(new int[] {1, 1, 0, 0, 0, 0}, new double[] {0.9, 0.5, 0.5, 0.5, 0.5, 0.1});
        MetricValue v = eval(metric("precision_at_k", Map.of("k", 3), SCORES), c);
        assertEquals((1 + 2 * 0.25) / 3, v.value(), 1e-15);
        assertNull(v.warning());
        MetricValue lift = eval(metric("lift_at_k", Map.of("k", 3), SCORES), c);
        assertEquals((1.5 / 3) / (2.0 / 6), lift.value(), 1e-15);
    }

    @Test
    void minCostCanChooseToPredictNothingPositive() {
        Columns c = rows(new int[] {0, 0, 1}, new double[] {0.9, 0.8, 0.1});
        MetricValue v = eval(metric("threshold_at_min_cost", Map.of("cost_fp", 5.0, "cost_fn", 1.0), SCORES), c);
        assertEquals(Double.POSITIVE_INFINITY, v.value());
        assertEquals(1.0 / 3, ((Number) v.detail().get("cost")).doubleValue(), 1e-15);
    }
}
