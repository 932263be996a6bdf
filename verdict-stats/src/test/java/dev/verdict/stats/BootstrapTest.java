package dev.verdict.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Resamplable;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Reproducibility, coverage and agreement of the bootstrap engine. Seeds are fixed and named. */
final class BootstrapTest {
    private static final long SEED = 1234;

    @Test
    void replicatesDependOnTheSeedOnlyNotOnThreads() {
        Columns rows = Fixtures.binormal(new Random(SEED), 2000, 0.3, 1.0);
        Metric<?> auc = Fixtures.binary("roc_auc");
        Units units = Units.of(rows, Resampling.of(9));
        Resamplable.Replicator rep = Replicators.of(auc, rows, units);
        double[] one = Bootstrap.replicates(rep, units, Resampling.of(9).withResamples(200).withThreads(1));
        double[] three = Bootstrap.replicates(rep, units, Resampling.of(9).withResamples(200).withThreads(3));
        assertArrayEquals(one, three, 0.0);
        double[] other = Bootstrap.replicates(rep, units, Resampling.of(10).withResamples(200).withThreads(2));
        assertFalse(Arrays.equals(one, other), "another seed gives other replicates");
        Interval a = ConfidenceIntervals.interval(auc, rows, IntervalMethod.BCA, 0.95,
                Resampling.of(9).withResamples(300).withThreads(1));
        Interval b = ConfidenceIntervals.interval(auc, rows, IntervalMethod.BCA, 0.95,
                Resampling.of(9).withResamples(300).withThreads(4));
        assertEquals(a, b);
    }

    /** Row-space counts (stratified here) give identical replicates on the fast and the generic path. */
    @Test
    void fastPathEqualsRecomputation() {
        Columns rows = Fixtures.binormal(new Random(SEED + 1), 300, 0.4, 0.8);
        for (String name : new String[] {"roc_auc", "average_precision", "f1", "precision"}) {
            Metric<?> m = Fixtures.binary(name);
            Resampling r = Resampling.of(3).withResamples(50).withThreads(2).stratified();
            Units units = Units.of(rows, r);
            double[] fast = Bootstrap.replicates(Replicators.of(m, rows, units), units, r);
            double[] slow = Bootstrap.replicates(new Replicators.Recompute<>(m, rows, false), units, r);
            assertArrayEquals(slow, fast, 1e-12, name);
        }
    }

    @Test
    void stratifiedResamplingKeepsClassCounts() {
        Columns rows = Fixtures.binormal(new Random(SEED + 2), 500, 0.1, 1.0);
        Units units = Units.of(rows, Resampling.of(1).stratified());
        int positives = Arrays.stream(rows.label()).sum();
        int[] counts = new int[rows.size()];
        for (int b = 0; b < 20; b++) {
            units.draw(Units.stream(1, b), new int[units.units], counts);
            int pos = 0;
            int total = 0;
            for (int i = 0; i < counts.length; i++) {
                pos += counts[i] * rows.label()[i];
                total += counts[i];
            }
            assertEquals(positives, pos);
            assertEquals(rows.size(), total);
        }
    }

    @Test
    void clusteredResamplingMovesWholeClusters() {
        int n = 400;
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = 1000 + i / 8;
        }
        Units units = Units.of(Fixtures.binormal(new Random(SEED), n, 0.5, 1), Resampling.of(1).clustered(cluster));
        assertEquals(50, units.units);
        int[] counts = new int[n];
        units.draw(Units.stream(5, 0), new int[units.units], counts);
        int total = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(counts[i - i % 8], counts[i], "row " + i + " moves with its cluster");
            total += counts[i];
        }
        assertEquals(n, total);
    }

    @Test
    void undefinedReplicatesAreCountedAndExcluded() {
        Columns rows = Columns.builder(6).label(new int[] {0, 0, 0, 0, 0, 1})
                .score(new double[] {.1, .2, .3, .4, .5, .9}).build();
        Interval ci = ConfidenceIntervals.interval(Fixtures.binary("roc_auc"), rows, IntervalMethod.PERCENTILE, 0.95,
                Resampling.of(2).withResamples(400));
        int nan = (Integer) ci.detail().get("nanReplicates");
        assertTrue(nan > 50 && nan < 400, "about (5/6)^6 = 33% single-class resamples, got " + nan);
        assertNotNull(ci.warning());
        assertEquals(1.0, ci.high(), 0.0);
    }

    /**
     * Coverage on simulated data: 400 binormal datasets (n = 300, true AUC = Phi(1/sqrt 2) = 0.760); the share of
     * 95% intervals covering the truth must lie in [0.915, 0.98] (binomial sd 0.011: an interval with 90% coverage
     * or a degenerate one fails).
     */
    @Test
    void bootstrapIntervalsCoverTheTruthAbout95Percent() {
        double truth = NormalDistribution.of(0, 1).cumulativeProbability(1 / Math.sqrt(2));
        Metric<?> auc = Fixtures.binary("roc_auc");
        Random r = new Random(SEED + 3);
        int datasets = 400;
        int coveredPct = 0;
        int coveredBca = 0;
        for (int k = 0; k < datasets; k++) {
            Columns rows = Fixtures.binormal(r, 300, 0.35, 1.0);
            Resampling res = Resampling.of(k).withResamples(400).withThreads(2);
            Interval p = ConfidenceIntervals.interval(auc, rows, IntervalMethod.PERCENTILE, 0.95, res);
            Interval b = ConfidenceIntervals.interval(auc, rows, IntervalMethod.BCA, 0.95, res);
            coveredPct += p.low() <= truth && truth <= p.high() ? 1 : 0;
            coveredBca += b.low() <= truth && truth <= b.high() ? 1 : 0;
        }
        double pct = coveredPct / (double) datasets;
        double bca = coveredBca / (double) datasets;
        assertTrue(pct >= 0.915 && pct <= 0.98, "percentile coverage " + pct);
        assertTrue(bca >= 0.915 && bca <= 0.98, "BCa coverage " + bca);
    }

    @Test
    void bootstrapAgreesWithAnalyticIntervals() {
        Columns rows = Fixtures.binormal(new Random(SEED + 4), 3000, 0.3, 1.0);
        Resampling r = Resampling.of(11).withResamples(2000);
        assertClose(ConfidenceIntervals.interval(Fixtures.binary("roc_auc"), rows, IntervalMethod.DELONG, 0.95, r),
                ConfidenceIntervals.interval(Fixtures.binary("roc_auc"), rows, IntervalMethod.BCA, 0.95, r));
        assertClose(ConfidenceIntervals.interval(Fixtures.binary("accuracy"), rows, IntervalMethod.WILSON, 0.95, r),
                ConfidenceIntervals.interval(Fixtures.binary("accuracy"), rows, IntervalMethod.PERCENTILE, 0.95, r));
        double[] y = new double[3000];
        double[] p = new double[3000];
        Random g = new Random(SEED + 5);
        for (int i = 0; i < y.length; i++) {
            y[i] = g.nextGaussian();
            p[i] = y[i] + Math.exp(g.nextGaussian());
        }
        Columns reg = Columns.builder(3000).yTrue(y).yPred(p).build();
        assertClose(ConfidenceIntervals.interval(Fixtures.regression("mae"), reg, IntervalMethod.T, 0.95, r),
                ConfidenceIntervals.interval(Fixtures.regression("mae"), reg, IntervalMethod.BCA, 0.95, r));
    }

    /** Bounds within 12% of the analytic width (Monte Carlo error of 2000 replicates is about 3-5%). */
    private static void assertClose(Interval analytic, Interval boot) {
        double width = analytic.high() - analytic.low();
        assertTrue(width > 0);
        assertEquals(analytic.low(), boot.low(), 0.12 * width, analytic.method() + " vs " + boot.method() + " low");
        assertEquals(analytic.high(), boot.high(), 0.12 * width, analytic.method() + " vs " + boot.method() + " high");
        assertEquals(analytic.estimate(), boot.estimate(), 1e-12);
    }

    @Test
    void groupedJackknifeApproximatesExactAcceleration() {
        double[] x = new double[5000];
        Random r = new Random(SEED + 6);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(r.nextGaussian());
        }
        Columns reg = Columns.builder(x.length).yTrue(x).yPred(new double[x.length]).build();
        Metric<?> mae = Fixtures.regression("mae");
        Units units = Units.of(reg, Resampling.of(1));
        double grouped = Bootstrap.acceleration(Bootstrap.jackknife(Replicators.of(mae, reg, units), units, 1, 2));
        double mean = Arrays.stream(x).average().orElseThrow();
        double[] exact = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            exact[i] = (mean * x.length - x[i]) / (x.length - 1);
        }
        double a = Bootstrap.acceleration(exact);
        assertTrue(a > 0.005, "lognormal mean has positive acceleration " + a);
        assertEquals(a, grouped, 0.35 * a, "grouped jackknife acceleration");
    }
}
