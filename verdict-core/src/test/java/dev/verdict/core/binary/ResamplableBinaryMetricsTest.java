package dev.verdict.core.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The resampling contract of binary metrics: replicate under counts = metric on rows repeated counts times. */
final class ResamplableBinaryMetricsTest {
    private static final long SEED = 77;
    private static final TaskContext CONTEXT = new TaskContext(Task.BINARY, 0.5, List.of(), false, true);
    /** Parameter sets per metric (default: none); every binary metric of the family is checked with each. */
    private static final Map<String, List<Map<String, Object>>> PARAMS = Map.of(
            "fbeta", List.of(Map.of("beta", 2.0)),
            "expected_cost", List.of(Map.of("cost_fp", 1.0, "cost_fn", 25.0)),
            "threshold_at_min_cost", List.of(Map.of("cost_fp", 1.0, "cost_fn", 5.0, "cost_tn", 0.5)),
            "recall_at_precision", List.of(Map.of("min_precision", 0.5), Map.of("min_precision", 0.95)),
            "threshold_at_precision", List.of(Map.of("min_precision", 0.6), Map.of("min_precision", 1.0)),
            "precision_at_recall", List.of(Map.of("min_recall", 0.3), Map.of("min_recall", 1.0)),
            "precision_at_k", List.of(Map.of("k", 7), Map.of("fraction", 0.1), Map.of("k", 100000)),
            "lift_at_k", List.of(Map.of("k", 13), Map.of("fraction", 0.01)));
    private static final List<Map<String, Object>> BINNINGS = List.of(Map.of(), Map.of("bins", 5, "strategy",
            "quantile"), Map.of("bins", 1));

    private static Metric<?> metric(String name) {
        return MetricCatalog.require(Task.BINARY, name).create(Map.of(), CONTEXT);
    }

    private static List<Map<String, Object>> configurations(MetricDefinition d) {
        if (List.of("ece", "mce", "brier_decomposition", "reliability_diagram").contains(d.name())) {
            return BINNINGS;
        }
        return PARAMS.getOrDefault(d.name(), List.of(Map.of()));
    }

    private static Columns data(Random r, int n, boolean weighted) {
        int[] y = new int[n];
        double[] s = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.3 ? 1 : 0;
            s[i] = Math.round((r.nextDouble() + 0.3 * y[i]) * 20) / 26.0;
            w[i] = r.nextInt(4) * 0.5;
        }
        Columns.Builder b = Columns.builder(n).label(y).score(s);
        return (weighted ? b.weight(w) : b).build();
    }

    @Test
    void everyBinaryMetricReplicateEqualsRecomputationOnRepeatedRows() {
        Random r = new Random(SEED);
        int checked = 0;
        for (boolean weighted : new boolean[] {false, true}) {
            Columns rows = data(r, 300, weighted);
            for (MetricDefinition d : BinaryMetrics.definitions()) {
                for (Map<String, Object> p : configurations(d)) {
                    Metric<?> m = d.create(p, CONTEXT);
                    String what = d.name() + p + " weighted=" + weighted;
                    assertTrue(m instanceof Resamplable, what);
                    assertReplicatesMatch(m, rows, r, what);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 2 * BinaryMetrics.definitions().size(), "checked " + checked);
    }

    @Test
    void curveReplicatesMatchWithHeavyTiesAndSmallResamples() {
        Random r = new Random(SEED + 5);
        int n = 60;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.2 ? 1 : 0;
            s[i] = r.nextInt(4) / 3.0;
        }
        Columns rows = Columns.builder(n).label(y).score(s).build();
        for (MetricDefinition d : RankMetrics.definitions()) {
            for (Map<String, Object> p : configurations(d)) {
                assertReplicatesMatch(d.create(p, CONTEXT), rows, r, d.name() + p + " ties");
            }
        }
    }

    private static void assertReplicatesMatch(Metric<?> m, Columns rows, Random r, String what) {
        Resamplable.Replicator rep = ((Resamplable) m).replicator(rows);
        int[] ones = new int[rows.size()];
        java.util.Arrays.fill(ones, 1);
        assertEquals(MetricProperties.recomputeOnRepeatedRows(m, rows, ones), rep.value(ones), 1e-12, what + " all ones");
        Resamplable.Replicator fork = rep.fork();
        for (int t = 0; t < 6; t++) {
            int[] counts = new int[rows.size()];
            int draws = t == 5 ? 3 : rows.size();
            for (int k = 0; k < draws; k++) {
                counts[r.nextInt(rows.size())]++;
            }
            assertEquals(MetricProperties.recomputeOnRepeatedRows(m, rows, counts), fork.value(counts), 1e-12, what + " resample " + t);
        }
    }

    @Test
    void countsBySortedPositionEqualCountsByRow() {
        Random r = new Random(SEED + 4);
        int n = 400;
        int[] y = new int[n];
        double[] s = new double[n];
        Integer[] byScore = new Integer[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.4 ? 1 : 0;
            s[i] = 1 / (1 + Math.exp(-(r.nextGaussian() + y[i])));
            byScore[i] = i;
        }
        java.util.Arrays.sort(byScore, (a, b) -> Double.compare(s[b], s[a]));
        Columns rows = Columns.builder(n).label(y).score(s).build();
        for (String name : List.of("roc_auc", "average_precision", "lift_at_k", "ece")) {
            Metric<?> m = name.equals("lift_at_k") ? MetricCatalog.require(Task.BINARY, name).create(
                    Map.of("fraction", 0.05), CONTEXT) : name.equals("ece") ? MetricCatalog.require(Task.BINARY, name)
                    .create(Map.of("strategy", "quantile"), CONTEXT) : metric(name);
            Resamplable.Replicator rep = ((Resamplable) m).replicator(rows);
            assertTrue(rep.hasOrder());
            int[] byPosition = new int[n];
            for (int k = 0; k < n; k++) {
                byPosition[r.nextInt(n)]++;
            }
            int[] byRow = new int[n];
            for (int k = 0; k < n; k++) {
                byRow[byScore[k]] = byPosition[k];
            }
            assertEquals(rep.value(byRow), rep.fork().valueInOrder(byPosition), 1e-12, name);
            assertEquals(MetricProperties.recomputeOnRepeatedRows(m, rows, byRow), rep.valueInOrder(byPosition), 1e-12, name);
        }
    }

    @Test
    void singleClassResampleIsNanForAuc() {
        Columns rows = Columns.builder(4).label(new int[] {0, 1, 0, 1}).score(new double[] {.1, .9, .2, .8}).build();
        Resamplable.Replicator rep = ((Resamplable) metric("roc_auc")).replicator(rows);
        assertTrue(Double.isNaN(rep.value(new int[] {2, 0, 2, 0})));
        assertEquals(1.0, rep.value(new int[] {1, 3, 0, 0}), 0);
    }

    @Test
    void proportionOutcomesCountTheMetric() {
        Columns rows = data(new Random(SEED + 1), 500, false);
        for (String name : List.of("accuracy", "precision", "recall", "specificity", "npv", "fpr", "fnr")) {
            Metric<?> m = metric(name);
            long[] c = ProportionCounts.count(((ProportionCounts) m).outcomes(rows));
            int[] ones = new int[rows.size()];
            java.util.Arrays.fill(ones, 1);
            assertEquals(MetricProperties.recomputeOnRepeatedRows(m, rows, ones), (double) c[0] / c[1], 1e-12, name);
        }
        assertFalse(metric("f1") instanceof ProportionCounts, "f1 is not a proportion");
    }

    @Test
    void perRowValuesAverageToTheMetric() {
        Columns rows = data(new Random(SEED + 2), 400, false);
        for (String name : List.of("accuracy", "log_loss", "brier")) {
            Metric<?> m = metric(name);
            double[] v = ((PerRowValues) m).perRowValues(rows);
            double mean = 0;
            for (double x : v) {
                mean += x / v.length;
            }
            int[] ones = new int[rows.size()];
            java.util.Arrays.fill(ones, 1);
            assertEquals(MetricProperties.recomputeOnRepeatedRows(m, rows, ones), mean, 1e-12, name);
        }
    }

    @Test
    void perRowValuesRejectWeights() {
        Columns rows = data(new Random(SEED + 3), 50, true);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ((PerRowValues) metric("brier")).perRowValues(rows));
        assertTrue(e.getMessage().contains("unweighted"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ((ProportionCounts) metric("recall")).outcomes(rows));
    }
}
