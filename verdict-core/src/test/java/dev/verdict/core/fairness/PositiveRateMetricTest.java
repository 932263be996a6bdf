package dev.verdict.core.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** positive_rate's fast resampling equals recomputing on the rows repeated by their counts. */
final class PositiveRateMetricTest {
    private static final long SEED = 4711;

    @Test
    void replicateEqualsRecomputeOnRepeatedRows() {
        Random rnd = new Random(SEED);
        int n = 300;
        int[] label = new int[n];
        double[] score = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            label[i] = rnd.nextInt(2);
            score[i] = Math.rint(rnd.nextDouble() * 20) / 20;
            weight[i] = rnd.nextInt(4) == 0 ? 0.0 : 0.25 + rnd.nextDouble();
        }
        for (double[] w : new double[][] {null, weight}) {
            Columns rows = Columns.builder(n).label(label).score(score).weight(w).build();
            for (Map<String, ?> params : List.of(Map.<String, Object>of(), Map.of("threshold", 0.35))) {
                TaskContext ctx = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);
                Metric<?> m = MetricCatalog.require(Task.BINARY, "positive_rate").create(params, ctx);
                assertTrue(m instanceof Resamplable, "positive_rate is resamplable");
                Resamplable.Replicator r = ((Resamplable) m).replicator(rows);
                for (int rep = 0; rep < 20; rep++) {
                    int[] counts = new int[n];
                    for (int i = 0; i < n; i++) {
                        counts[i] = rnd.nextInt(3);
                    }
                    double expected = MetricProperties.recomputeOnRepeatedRows(m, rows, counts);
                    assertEquals(expected, r.value(counts), 1e-12, "seed " + SEED + " rep " + rep);
                    assertEquals(expected, r.fork().value(counts), 1e-12);
                }
            }
        }
    }
}
