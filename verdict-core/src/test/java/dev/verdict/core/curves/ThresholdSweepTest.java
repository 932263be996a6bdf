package dev.verdict.core.curves;

import static dev.verdict.core.curves.CurvesFixture.doubles;
import static dev.verdict.core.curves.CurvesFixture.ints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class ThresholdSweepTest {
    private static final ThresholdSweep.Costs COSTS = new ThresholdSweep.Costs(1.0, 25.0, 0.5, 0.0);

    @Test
    void everyPointMatchesSklearnConfusionMatrixAtThatThreshold() {
        for (JsonNode c : CurvesFixture.ROOT.get("binary")) {
            ClassifierCurves.Counts counts = ClassifierCurves.counts(ints(c.get("label")), doubles(c.get("score")),
                    doubles(c.get("weight")));
            JsonNode points = c.get("confusion_at").get("points");
            double[] t = new double[points.size()];
            for (int j = 0; j < t.length; j++) {
                t[j] = points.get(j).get("threshold").asDouble();
            }
            ThresholdSweep sweep = ThresholdSweep.of(counts, t, 2.0, COSTS);
            for (int j = 0; j < t.length; j++) {
                JsonNode p = points.get(j);
                double tp = p.get("tp").asDouble();
                double fp = p.get("fp").asDouble();
                double fn = p.get("fn").asDouble();
                double tn = p.get("tn").asDouble();
                String where = c.get("name").asText() + " at " + t[j];
                double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
                double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
                double denom = 4 * precision + recall;
                assertEquals(precision, sweep.precision()[j], 1e-12, where + " precision");
                assertEquals(recall, sweep.recall()[j], 1e-12, where + " recall");
                assertEquals(denom == 0 ? 0 : 5 * precision * recall / denom, sweep.fbeta()[j], 1e-12, where + " f2");
                double total = tp + fp + fn + tn;
                assertEquals((fp + 25 * fn + 0.5 * tp) / total, sweep.expectedCost()[j], 1e-12, where + " cost");
                assertEquals((tp + fp) / total, sweep.positiveRate()[j], 1e-12, where + " rate");
            }
        }
    }

    @Test
    void gridIsTheDistinctScoresWhenFewElseEvenlySpaced() {
        ClassifierCurves.Counts c = ClassifierCurves.counts(new int[] {0, 1, 0, 1}, new double[] {0.2, 0.8, 0.2, 0.5},
                null);
        assertArrayEquals(new double[] {0.2, 0.5, 0.8}, ThresholdSweep.grid(c, 10));
        assertArrayEquals(new double[] {0.2, 0.8}, ThresholdSweep.grid(c, 2), 1e-15);
    }

    @Test
    void withoutCostsThereIsNoCostSeries() {
        ClassifierCurves.Counts c = ClassifierCurves.counts(new int[] {0, 1}, new double[] {0.2, 0.8}, null);
        assertEquals(null, ThresholdSweep.of(c, new double[] {0.5}, 1.0, null).expectedCost());
    }

    @Test
    void invalidParametersAreRejected() {
        ClassifierCurves.Counts c = ClassifierCurves.counts(new int[] {0, 1}, new double[] {0.2, 0.8}, null);
        assertThrows(InvalidInputException.class, () -> ThresholdSweep.of(c, new double[] {0.5}, -1, null));
        assertThrows(InvalidInputException.class, () -> ThresholdSweep.grid(c, 1));
    }
}
