package dev.verdict.core.operational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
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

final class OperationalMetricsTest {
    private static final long SEED = 4242;
    private static final TaskContext CTX = new TaskContext(Task.REGRESSION, 0.5, List.of(), false, false);
    private static final Map<String, Object> PRICES = Map.of("input_tokens", "tin", "output_tokens", "tout",
            "price_per_1k_input_tokens", 0.5, "price_per_1k_output_tokens", 1.5, "price_per_request", 0.001);

    private static Metric<?> metric(String name, Map<String, ?> params) {
        return MetricCatalog.require(Task.REGRESSION, name).create(params, CTX);
    }

    private static List<Metric<?>> all() {
        List<Metric<?>> m = new ArrayList<>();
        m.add(metric("mean", Map.of("column", "lat")));
        for (double q : new double[] {0, 0.1, 0.5, 0.9, 0.99, 1}) {
            m.add(metric("percentile", Map.of("column", "lat", "q", q)));
        }
        m.add(metric("error_rate", Map.of("column", "err")));
        m.add(metric("throughput", Map.of("column", "ts")));
        m.add(metric("throughput", Map.of("column", "ts", "time_unit", "milliseconds")));
        m.add(metric("tokens_per_request", Map.of("column", "tout")));
        m.add(metric("cost_per_request", PRICES));
        m.add(metric("cost_per_1k_requests", PRICES));
        m.add(metric("cost_per_1k_tokens", PRICES));
        Map<String, Object> spend = new java.util.HashMap<>(PRICES);
        spend.put("daily_requests", 1000.0);
        spend.put("budget", 5.0);
        m.add(metric("monthly_spend", spend));
        return m;
    }

    private static Columns data(int n, Random rnd, boolean integerWeights) {
        double[] lat = new double[n];
        double[] err = new double[n];
        double[] ts = new double[n];
        double[] tin = new double[n];
        double[] tout = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = rnd.nextInt(4) == 0 ? 50 : Math.exp(3 + rnd.nextGaussian());
            err[i] = rnd.nextInt(10) == 0 ? 1 : 0;
            ts[i] = 1.7e9 + rnd.nextDouble() * 600;
            tin[i] = rnd.nextInt(1000);
            tout[i] = rnd.nextInt(300);
            w[i] = integerWeights ? rnd.nextInt(4) : rnd.nextDouble() * 3;
        }
        return Columns.builder(n).numeric("lat", lat).numeric("err", err).numeric("ts", ts).numeric("tin", tin)
                .numeric("tout", tout).weight(w).build();
    }

    @Test
    void everyMetricIsRegisteredForEveryTask() {
        for (Task t : Task.values()) {
            for (String name : List.of("mean", "percentile", "error_rate", "throughput", "tokens_per_request",
                    "cost_per_request", "cost_per_1k_requests", "cost_per_1k_tokens", "monthly_spend")) {
                assertTrue(MetricCatalog.find(t, name).isPresent(), name + " for " + t);
            }
        }
    }

    @Test
    void chunkedEqualsOnePassAndRowOrderDoesNotMatter() {
        Random rnd = new Random(SEED);
        for (boolean intW : new boolean[] {true, false}) {
            Columns c = data(300, rnd, intW);
            MetricProperties.assertMergeInvariant(all(), c, SEED);
            MetricProperties.assertPermutationInvariant(all(), c, SEED);
            MetricProperties.assertMergeInvariant(all(), MetricProperties.withoutWeight(c), SEED + 1);
        }
    }

    @Test
    void integerWeightsEqualDuplicatedRows() {
        MetricProperties.assertIntegerWeightsEqualDuplication(all(), data(250, new Random(SEED + 2), true));
    }

    @Test
    void percentileInterpolatesLinearlyLikeNumpy() {
        Columns c = Columns.builder(4).numeric("lat", new double[] {4, 1, 3, 2}).build();
        // numpy.quantile([1, 2, 3, 4], 0.5) = 2.5, 0.9 -> 3.7, 0.1 -> 1.3
        assertEquals(2.5, value("percentile", Map.of("column", "lat", "q", 0.5), c).value(), 1e-15);
        assertEquals(3.7, value("percentile", Map.of("column", "lat", "q", 0.9), c).value(), 1e-15);
        assertEquals(1.3, value("percentile", Map.of("column", "lat", "q", 0.1), c).value(), 1e-15);
    }

    @Test
    void monthlySpendComparesWithTheBudget() {
        Columns c = Columns.builder(2).numeric("tin", new double[] {1000, 3000}).build();
        Map<String, Object> p = Map.of("input_tokens", "tin", "price_per_1k_input_tokens", 1.0,
                "daily_requests", 100.0, "budget", 5000.0);
        MetricValue v = value("monthly_spend", p, c);
        assertEquals(2.0 * 100 * 30, v.value(), 1e-12);
        assertEquals(Boolean.TRUE, v.detail().get("over_budget"));
        assertEquals(6000.0 / 5000.0, (Double) v.detail().get("share_of_budget"), 1e-12);
    }

    @Test
    void emptyInputAndZeroSpanGiveNaNWithAWarning() {
        Columns empty = Columns.builder(0).numeric("lat", new double[0]).build();
        for (MetricValue v : List.of(value("mean", Map.of("column", "lat"), empty),
                value("percentile", Map.of("column", "lat", "q", 0.5), empty),
                value("throughput", Map.of("column", "lat"), empty))) {
            assertTrue(Double.isNaN(v.value()));
            assertNotNull(v.warning());
        }
        Columns same = Columns.builder(3).numeric("ts", new double[] {5, 5, 5}).build();
        MetricValue t = value("throughput", Map.of("column", "ts"), same);
        assertTrue(Double.isNaN(t.value()));
        assertNotNull(t.warning());
    }

    @Test
    void invalidParametersAreRejected() {
        assertMessage(() -> metric("percentile", Map.of("q", 0.5)), "column");
        assertMessage(() -> metric("percentile", Map.of("column", "lat", "q", 1.5)), "'q' must be in [0, 1]");
        assertMessage(() -> metric("percentile", Map.of("column", "lat", "q", -0.1)), "'q'");
        assertMessage(() -> metric("mean", Map.of()), "column");
        assertMessage(() -> metric("cost_per_request", Map.of("input_tokens", "tin")), "at least one price");
        assertMessage(() -> metric("cost_per_request", Map.of("price_per_1k_input_tokens", 1.0)), "input_tokens");
        assertMessage(() -> metric("cost_per_1k_tokens", Map.of("price_per_request", 1.0)), "token column");
        assertMessage(() -> metric("cost_per_request", Map.of("price_per_request", -1.0)), ">= 0");
        assertMessage(() -> metric("monthly_spend", Map.of("price_per_request", 1.0)), "daily_requests");
        assertMessage(() -> metric("monthly_spend", Map.of("price_per_request", 1.0, "daily_requests", 10.0,
                "days", 0.0)), "'days' must be > 0");
        assertMessage(() -> metric("throughput", Map.of("column", "ts", "time_unit", "hours")), "time_unit");
    }

    @Test
    void aBatchWithoutTheNamedColumnIsRejectedNamingColumnAndMetric() {
        Columns c = Columns.builder(2).numeric("other", new double[] {1, 2}).build();
        for (String name : List.of("mean", "error_rate", "throughput", "tokens_per_request")) {
            assertMessage(() -> value(name, Map.of("column", "latency_ms"), c), "latency_ms", name);
        }
        assertMessage(() -> value("percentile", Map.of("column", "latency_ms", "q", 0.5), c), "latency_ms",
                "percentile");
        assertMessage(() -> value("cost_per_request", PRICES, c), "tin", "cost_per_request");
    }

    @Test
    void badValuesAreRejectedNamingTheColumn() {
        Columns flags = Columns.builder(2).numeric("err", new double[] {0, 2}).build();
        assertMessage(() -> value("error_rate", Map.of("column", "err"), flags), "err", "row 1");
        Columns nan = Columns.builder(2).numeric("lat", new double[] {1, Double.NaN}).build();
        assertMessage(() -> value("mean", Map.of("column", "lat"), nan), "lat", "finite");
        Columns neg = Columns.builder(1).numeric("tin", new double[] {-3}).numeric("tout", new double[] {1}).build();
        assertMessage(() -> value("cost_per_request", PRICES, neg), "tin", ">= 0");
    }

    @Test
    void definitionsShareOneStatePerColumn() {
        MetricDefinition mean = MetricCatalog.require(Task.BINARY, "mean");
        MetricDefinition tpr = MetricCatalog.require(Task.BINARY, "tokens_per_request");
        assertEquals(mean.create(Map.of("column", "x"), CTX).stateSpec().key(),
                metric("mean", Map.of("column", "x")).stateSpec().key());
        assertTrue(!mean.create(Map.of("column", "x"), CTX).stateSpec()
                .equals(tpr.create(Map.of("column", "x"), CTX).stateSpec()), "different validation, different state");
        assertEquals(metric("percentile", Map.of("column", "x", "q", 0.5)).stateSpec(),
                metric("percentile", Map.of("column", "x", "q", 0.99)).stateSpec());
    }

    private static MetricValue value(String name, Map<String, ?> params, Columns c) {
        return MetricProperties.onePass(List.of(metric(name, params)), c).get(0);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String... fragments) {
        InvalidInputException ex = assertThrows(InvalidInputException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), ex.getMessage() + " lacks " + f);
        }
    }
}
