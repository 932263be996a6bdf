package dev.verdict.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.Task;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RegressionMetricsTest {
    private static final long SEED = 424242L;
    /** Metrics for which integer weights are not duplication: max_error takes none, mase weighs the numerator only. */
    private static final Set<String> NO_DUPLICATION = Set.of("max_error", "mase");

    private static List<Metric<?>> weighted() {
        return RegressionData.all().stream().filter(m -> !m.name().equals("max_error")).toList();
    }

    @Test
    void everyMetricIsMergeInvariant() {
        System.out.println("RegressionMetricsTest seed " + SEED);
        Columns data = RegressionData.random(SEED, 400);
        MetricProperties.assertMergeInvariant(weighted(), data, SEED);
        MetricProperties.assertMergeInvariant(List.of(RegressionData.metric("max_error")),
                MetricProperties.withoutWeight(data), SEED);
    }

    @Test
    void everyMetricIsPermutationInvariant() {
        Columns data = RegressionData.random(SEED + 1, 400);
        MetricProperties.assertPermutationInvariant(weighted(), data, SEED);
        MetricProperties.assertPermutationInvariant(RegressionData.all(), MetricProperties.withoutWeight(data), SEED);
    }

    @Test
    void integerWeightsEqualDuplicationForEveryMetricThatTakesWeights() {
        Columns data = RegressionData.random(SEED + 2, 300);
        List<Metric<?>> metrics = weighted().stream().filter(m -> !NO_DUPLICATION.contains(m.name())).toList();
        assertTrue(metrics.size() >= 12, "metrics under test: " + metrics.size());
        MetricProperties.assertIntegerWeightsEqualDuplication(metrics, data);
    }

    @Test
    void momentMetricsShareOneState() {
        List<Metric<?>> moments = new java.util.ArrayList<>();
        for (String name : List.of("mae", "mse", "rmse", "r2", "explained_variance", "mape", "smape", "pinball")) {
            moments.add(RegressionData.metric(name));
        }
        assertEquals(1, MetricSuite.of(moments).stateCount());
        assertEquals(1, MetricSuite.of(List.of(RegressionData.metric("mase"),
                RegressionData.metric("mase", Map.of("period", 7)))).stateCount());
    }

    @Test
    void catalogListsEveryRegressionMetric() {
        Set<String> names = Set.of("mae", "mse", "rmse", "r2", "explained_variance", "mape", "smape",
                "median_absolute_error", "max_error", "pinball", "rmsle", "mase", "interval_coverage",
                "interval_width");
        // the operational family registers its column metrics for every task; they are not regression metrics
        Set<String> operational = Set.copyOf(dev.verdict.core.operational.OperationalMetrics.definitions().stream()
                .map(MetricDefinition::name).toList());
        assertEquals(names, Set.copyOf(MetricCatalog.forTask(Task.REGRESSION).stream().map(MetricDefinition::name)
                .filter(n -> !operational.contains(n)).toList()));
        assertEquals("r2", MetricCatalog.require(Task.REGRESSION, "r2_score").name());
    }

    @Test
    void pinballRejectsAlphaOutsideUnitInterval() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegressionData.metric("pinball", Map.of("alpha", 1.5)));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> RegressionData.metric("pinball", Map.of("alpha", -0.1)));
    }

    @Test
    void maseRejectsPeriodBelowOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegressionData.metric("mase", Map.of("period", 0)));
        assertTrue(e.getMessage().contains("period"), e.getMessage());
    }

    @Test
    void unknownParameterIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegressionData.metric("mae", Map.of("alpha", 0.3)));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }

    @Test
    void emptyInputGivesNanWithWarningForEveryMetric() {
        Columns empty = Columns.builder(0).yTrue(new double[0]).yPred(new double[0]).lower(new double[0])
                .upper(new double[0]).time(new double[0]).build();
        for (var v : MetricProperties.onePass(RegressionData.all(), empty)) {
            assertTrue(Double.isNaN(v.value()), String.valueOf(v));
            assertTrue(v.warning() != null, String.valueOf(v));
        }
    }
}
