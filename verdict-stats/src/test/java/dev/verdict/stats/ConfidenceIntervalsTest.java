package dev.verdict.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Method choice, analytic intervals through metrics, degenerate cases and invalid requests. */
final class ConfidenceIntervalsTest {
    private static final long SEED = 99;
    private final Columns rows = Fixtures.binormal(new Random(SEED), 400, 0.3, 1.0);

    @Test
    void autoPicksTheAnalyticMethodAndReportsIt() {
        Resampling r = Resampling.of(1).withResamples(200);
        assertEquals(IntervalMethod.DELONG, interval("roc_auc", IntervalMethod.AUTO, r).method());
        assertEquals(IntervalMethod.WILSON, interval("recall", IntervalMethod.AUTO, r).method());
        assertEquals(IntervalMethod.WILSON, interval("accuracy", IntervalMethod.AUTO, r).method());
        assertEquals(IntervalMethod.BCA, interval("f1", IntervalMethod.AUTO, r).method());
        assertEquals(IntervalMethod.BCA, interval("average_precision", IntervalMethod.AUTO, r).method());
        int[] clusters = new int[rows.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = i / 4;
        }
        assertEquals(IntervalMethod.BCA, interval("roc_auc", IntervalMethod.AUTO, r.clustered(clusters)).method(),
                "clustered rows are not independent: bootstrap");
    }

    @Test
    void proportionIntervalsCountTheMetricsTrials() {
        Interval w = interval("recall", IntervalMethod.WILSON, Resampling.of(1));
        long positives = java.util.Arrays.stream(rows.label()).sum();
        assertEquals(positives, ((Number) w.detail().get("trials")).longValue());
        long tp = ((Number) w.detail().get("successes")).longValue();
        assertEquals((double) tp / positives, w.estimate(), 1e-12);
        double[] expected = Proportions.wilson(tp, positives, 0.95);
        assertEquals(expected[0], w.low(), 0);
        Interval cp = interval("recall", IntervalMethod.CLOPPER_PEARSON, Resampling.of(1));
        assertTrue(cp.low() < w.low() && cp.high() > w.high(), "Clopper-Pearson is wider than Wilson here");
    }

    @Test
    void tIntervalOfMaeIsAroundTheMae() {
        double[] y = new double[200];
        double[] p = new double[200];
        Random g = new Random(SEED);
        for (int i = 0; i < y.length; i++) {
            y[i] = g.nextGaussian();
            p[i] = y[i] + g.nextGaussian();
        }
        Columns reg = Columns.builder(200).yTrue(y).yPred(p).build();
        Interval t = ConfidenceIntervals.interval(Fixtures.regression("mae"), reg, IntervalMethod.AUTO, 0.9,
                Resampling.of(1));
        assertEquals(IntervalMethod.T, t.method());
        assertTrue(t.low() < t.estimate() && t.estimate() < t.high());
        assertEquals(t.estimate() - t.low(), t.high() - t.estimate(), 1e-12);
    }

    @Test
    void zeroVarianceGivesAZeroWidthIntervalWithAWarning() {
        Columns reg = Columns.builder(5).yTrue(new double[] {1, 2, 3, 4, 5}).yPred(new double[] {2, 3, 4, 5, 6})
                .build();
        Interval t = ConfidenceIntervals.interval(Fixtures.regression("mae"), reg, IntervalMethod.T, 0.95,
                Resampling.of(1));
        assertEquals(1.0, t.low(), 0);
        assertEquals(1.0, t.high(), 0);
        assertNotNull(t.warning());
        Columns separated = Columns.builder(4).label(new int[] {0, 0, 1, 1}).score(new double[] {.1, .2, .8, .9})
                .build();
        Interval d = ConfidenceIntervals.interval(Fixtures.binary("roc_auc"), separated, IntervalMethod.DELONG, 0.95,
                Resampling.of(1));
        assertEquals(1.0, d.low(), 0);
        assertNotNull(d.warning());
    }

    @Test
    void aMethodThatDoesNotFitTheMetricIsRejected() {
        assertMessage("does not fit metric accuracy", () -> interval("accuracy", IntervalMethod.DELONG, null));
        assertMessage("does not fit metric roc_auc", () -> interval("roc_auc", IntervalMethod.WILSON, null));
        assertMessage("does not fit metric f1", () -> interval("f1", IntervalMethod.T, null));
        assertMessage("confidence level", () -> ConfidenceIntervals.interval(Fixtures.binary("roc_auc"), rows,
                IntervalMethod.AUTO, 1.5, Resampling.of(1)));
        Columns few = Columns.builder(3).label(new int[] {0, 1, 1}).score(new double[] {.1, .2, .3}).build();
        assertMessage("at least 2 positive and 2 negative", () -> ConfidenceIntervals.interval(
                Fixtures.binary("roc_auc"), few, IntervalMethod.DELONG, 0.95, Resampling.of(1)));
        assertMessage("unknown interval method", () -> IntervalMethod.parse("bootstrap-t"));
        assertMessage("resamples must be >= 1", () -> Resampling.of(1).withResamples(0));
        assertMessage("cannot be combined", () -> new Resampling(10, 1, 1, true, new int[] {1}));
    }

    @Test
    void weightedRowsAreRejectedByAnalyticMethodsAndBootstrappedByAuto() {
        double[] w = new double[rows.size()];
        java.util.Arrays.fill(w, 2.0);
        Columns weighted = Columns.builder(rows.size()).label(rows.label()).score(rows.score()).weight(w).build();
        assertMessage("weight", () -> ConfidenceIntervals.interval(Fixtures.binary("roc_auc"), weighted,
                IntervalMethod.DELONG, 0.95, Resampling.of(1)));
        assertMessage("unweighted", () -> ConfidenceIntervals.interval(Fixtures.binary("accuracy"), weighted,
                IntervalMethod.WILSON, 0.95, Resampling.of(1)));
        assertEquals(IntervalMethod.BCA, ConfidenceIntervals.interval(Fixtures.binary("accuracy"), weighted,
                IntervalMethod.AUTO, 0.95, Resampling.of(1).withResamples(100)).method());
    }

    private Interval interval(String metric, IntervalMethod m, Resampling r) {
        return ConfidenceIntervals.interval(Fixtures.binary(metric), rows, m, 0.95, r == null ? Resampling.of(1) : r);
    }

    static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        assertTrue(x.getMessage().contains(fragment), x.getMessage());
    }
}
