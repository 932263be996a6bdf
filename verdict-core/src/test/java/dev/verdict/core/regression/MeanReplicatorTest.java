package dev.verdict.core.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Resampling and per-row values of the moment regression metrics. */
final class MeanReplicatorTest {
    private static final TaskContext CONTEXT = new TaskContext(Task.REGRESSION, 0.5, List.of(), false, false);

    private static Metric<?> metric(String name) {
        return MetricCatalog.require(Task.REGRESSION, name).create(Map.of(), CONTEXT);
    }

    private static Columns data(Random r, int n, boolean weighted) {
        double[] y = new double[n];
        double[] p = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextGaussian() * 3 + (i % 7 == 0 ? 0 : 5);
            p[i] = i % 11 == 0 ? y[i] : y[i] + r.nextGaussian();
            w[i] = 0.5 + r.nextInt(3);
        }
        Columns.Builder b = Columns.builder(n).yTrue(y).yPred(p);
        return (weighted ? b.weight(w) : b).build();
    }

    @Test
    void replicateEqualsRecomputationOnRepeatedRows() {
        Random r = new Random(5);
        for (boolean weighted : new boolean[] {false, true}) {
            Columns rows = data(r, 200, weighted);
            for (String name : List.of("mae", "mse", "rmse", "mape", "smape", "pinball")) {
                Resamplable.Replicator rep = ((Resamplable) metric(name)).replicator(rows);
                int[] counts = new int[rows.size()];
                for (int k = 0; k < rows.size(); k++) {
                    counts[r.nextInt(rows.size())]++;
                }
                assertEquals(MetricProperties.recomputeOnRepeatedRows(metric(name), rows, counts), rep.value(counts), 1e-10, name);
            }
        }
    }

    @Test
    void perRowValuesAverageToTheMetric() {
        Columns rows = data(new Random(6), 300, false);
        int[] ones = new int[rows.size()];
        java.util.Arrays.fill(ones, 1);
        for (String name : List.of("mae", "mse", "mape", "smape", "pinball")) {
            double[] v = ((PerRowValues) metric(name)).perRowValues(rows);
            double mean = 0;
            for (double x : v) {
                mean += x / v.length;
            }
            assertEquals(MetricProperties.recomputeOnRepeatedRows(metric(name), rows, ones), mean, 1e-10, name);
        }
    }

    @Test
    void scoresThatAreNotMeansHaveNoPerRowValuesNorFastPath() {
        Columns rows = data(new Random(7), 20, false);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ((PerRowValues) metric("r2")).perRowValues(rows));
        assertTrue(e.getMessage().contains("not a mean"), e.getMessage());
        assertNull(((Resamplable) metric("r2")).replicator(rows));
    }
}
