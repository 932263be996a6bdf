package dev.verdict.core.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricState;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The resampling contract of binary metrics: replicate under counts = metric on rows repeated counts times. */
final class ResamplableBinaryMetricsTest {
    private static final long SEED = 77;
    private static final TaskContext CONTEXT = new TaskContext(Task.BINARY, 0.5, List.of(), false, true);
    private static final List<String> FAST = List.of("roc_auc", "average_precision", "accuracy", "precision",
            "recall", "specificity", "npv", "fpr", "fnr", "f1", "mcc", "cohen_kappa", "balanced_accuracy", "log_loss",
            "brier");

    private static Metric<?> metric(String name) {
        return MetricCatalog.require(Task.BINARY, name).create(Map.of(), CONTEXT);
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

    private static <S extends MetricState<S>> double recompute(Metric<S> m, Columns rows, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] idx = new int[total];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                idx[k++] = i;
            }
        }
        S s = m.stateSpec().newState();
        s.accept(rows.select(idx, total));
        return m.compute(s).value();
    }

    @Test
    void replicateEqualsRecomputationOnRepeatedRows() {
        Random r = new Random(SEED);
        for (boolean weighted : new boolean[] {false, true}) {
            Columns rows = data(r, 300, weighted);
            for (String name : FAST) {
                Metric<?> m = metric(name);
                assertTrue(m instanceof Resamplable, name);
                Resamplable.Replicator rep = ((Resamplable) m).replicator(rows);
                int[] ones = new int[rows.size()];
                java.util.Arrays.fill(ones, 1);
                assertEquals(recompute(m, rows, ones), rep.value(ones), 1e-12, name + " all ones");
                for (int t = 0; t < 5; t++) {
                    int[] counts = new int[rows.size()];
                    for (int k = 0; k < rows.size(); k++) {
                        counts[r.nextInt(rows.size())]++;
                    }
                    assertEquals(recompute(m, rows, counts), rep.fork().value(counts), 1e-12,
                            name + " weighted=" + weighted);
                }
            }
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
            s[i] = r.nextGaussian() + y[i];
            byScore[i] = i;
        }
        java.util.Arrays.sort(byScore, (a, b) -> Double.compare(s[b], s[a]));
        Columns rows = Columns.builder(n).label(y).score(s).build();
        for (String name : List.of("roc_auc", "average_precision")) {
            Resamplable.Replicator rep = ((Resamplable) metric(name)).replicator(rows);
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
            assertEquals(recompute(metric(name), rows, byRow), rep.valueInOrder(byPosition), 1e-12, name);
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
            assertEquals(recompute(m, rows, ones), (double) c[0] / c[1], 1e-12, name);
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
            assertEquals(recompute(m, rows, ones), mean, 1e-12, name);
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
