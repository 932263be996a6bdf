package dev.verdict.core.multiclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import dev.verdict.core.TaskContext;
import dev.verdict.core.testing.MetricProperties;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Statistical views of multiclass confusion metrics: resampling replicator, proportion outcomes, per-row values. */
final class AccuracyMetricTest {
    private static final long SEED = 31;

    @Test
    void confusionReplicatesEqualRecomputationOnRepeatedRows() {
        Random r = new Random(SEED);
        for (boolean prediction : new boolean[] {true, false}) {
            TaskContext ctx = MulticlassData.context(4, prediction, true);
            Columns rows = MulticlassData.random(SEED, 250, 4, prediction, !prediction);
            for (String name : List.of("accuracy", "f1", "mcc", "cohen_kappa", "balanced_accuracy", "recall")) {
                Metric<?> m = MulticlassData.metric(name, Map.of(), ctx);
                Resamplable.Replicator rep = ((Resamplable) m).replicator(rows).fork();
                for (int t = 0; t < 4; t++) {
                    int[] counts = new int[rows.size()];
                    for (int k = 0; k < rows.size(); k++) {
                        counts[r.nextInt(rows.size())]++;
                    }
                    assertEquals(MetricProperties.recomputeOnRepeatedRows(m, rows, counts), rep.value(counts), 1e-12, name);
                }
            }
        }
    }

    @Test
    void accuracyIsAProportionOfCorrectRows() {
        TaskContext ctx = MulticlassData.context(3, true, true);
        Columns rows = MulticlassData.random(SEED + 1, 300, 3, true, false);
        Metric<?> acc = MulticlassData.metric("accuracy", Map.of(), ctx);
        long[] c = ProportionCounts.count(((ProportionCounts) acc).outcomes(rows));
        int[] ones = new int[rows.size()];
        java.util.Arrays.fill(ones, 1);
        assertEquals(300, c[1]);
        assertEquals(MetricProperties.recomputeOnRepeatedRows(acc, rows, ones), (double) c[0] / c[1], 1e-12);
        double[] v = ((PerRowValues) acc).perRowValues(rows);
        assertEquals(c[0], java.util.Arrays.stream(v).sum(), 0);
        assertFalse(MulticlassData.metric("f1", Map.of(), ctx) instanceof ProportionCounts);
        Columns weighted = MulticlassData.random(SEED + 2, 50, 3, true, true);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ((ProportionCounts) acc).outcomes(weighted));
        assertTrue(e.getMessage().contains("unweighted"), e.getMessage());
    }
}
