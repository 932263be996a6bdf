package dev.verdict.stats;

import static dev.verdict.stats.ConfidenceIntervalsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Paired tests through metrics: choice, agreement between tests, degenerate and invalid cases. */
final class PairedComparisonsTest {
    private static final long SEED = 4242;
    private final Random random = new Random(SEED);
    private final Columns baseline = Fixtures.binormal(random, 600, 0.4, 0.8);
    private final Columns candidate = better(baseline);

    /** Candidate: the baseline's scores plus a push towards the truth (a clearly better, correlated model). */
    private Columns better(Columns base) {
        double[] s = base.score().clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += 0.8 * base.label()[i] + 0.3 * random.nextGaussian();
        }
        return Columns.builder(s.length).label(base.label()).score(s).build();
    }

    private static TestResult compare(String metric, Columns b, Columns c, PairedTest t) {
        return PairedComparisons.compare(Fixtures.binary(metric), b, c, t, 0.95,
                Resampling.of(7).withResamples(300));
    }

    @Test
    void autoPicksTheTestAndTheDifferenceIsCandidateMinusBaseline() {
        TestResult d = compare("roc_auc", baseline, candidate, PairedTest.AUTO);
        assertEquals(PairedTest.DELONG, d.method());
        assertEquals((Double) d.detail().get("candidate") - (Double) d.detail().get("baseline"), d.difference(),
                1e-12);
        assertTrue(d.pValue() < 1e-6 && d.interval().low() > 0, "a clearly better model");
        assertEquals(PairedTest.MCNEMAR, compare("accuracy", baseline, candidate, PairedTest.AUTO).method());
        assertEquals(PairedTest.BOOTSTRAP, compare("f1", baseline, candidate, PairedTest.AUTO).method());
    }

    @Test
    void bootstrapAndPermutationAgreeWithDelongOnAClearDifference() {
        TestResult delong = compare("roc_auc", baseline, candidate, PairedTest.DELONG);
        TestResult boot = compare("roc_auc", baseline, candidate, PairedTest.BOOTSTRAP);
        TestResult perm = compare("roc_auc", baseline, candidate, PairedTest.PERMUTATION);
        assertEquals(delong.difference(), boot.difference(), 1e-12);
        assertEquals(1.0 / 301, (Double) boot.detail().get("monteCarloPValue"), 1e-12, "no replicate reaches the null");
        assertEquals(1.0 / 301, perm.pValue(), 1e-12, "the permutation p-value is floored at 1 / (R + 1)");
        assertEquals(1.0 / 301, (Double) perm.detail().get("pValueFloor"), 1e-12);
        assertTrue(boot.pValue() < 1e-3 / 301 && delong.pValue() < 1e-6, "normal-approximation p resolves beyond "
                + "1 / (B + 1): " + boot.pValue());
        double width = delong.interval().high() - delong.interval().low();
        assertEquals(delong.interval().low(), boot.interval().low(), 0.25 * width);
        assertEquals(delong.interval().high(), boot.interval().high(), 0.25 * width);
    }

    @Test
    void bootstrapPValueIsTheNormalApproximationOfTheReplicates() {
        TestResult boot = compare("average_precision", baseline, candidate, PairedTest.BOOTSTRAP);
        double se = (Double) boot.detail().get("standardError");
        double z = boot.difference() / se;
        assertEquals(z, (Double) boot.detail().get("z"), 1e-12);
        assertEquals(2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .cumulativeProbability(-Math.abs(z)), boot.pValue(), 1e-15);
        assertEquals(se, (Double) boot.interval().detail().get("standardError"), 1e-15, "same replicates");
        assertTrue(boot.pValue() < 1e-10, "clear difference: " + boot.pValue());
        assertTrue(((String) boot.detail().get("pValueMethod")).contains("normal"));
    }

    /**
     * Under the null (two exchangeable models: independent draws of the same score distribution) the bootstrap
     * p-values must be roughly uniform: 300 simulated pairs (n = 200, 200 resamples, average_precision). A floored
     * p-value (always >= 1/201), a p always 1 or always 0, or a test twice too liberal fails: the rejection rate at
     * 0.05 must lie in [0.015, 0.10] (binomial sd 0.0126), at 0.20 in [0.12, 0.29], and the mean p in [0.42, 0.58]
     * (sd of the mean of uniforms 0.017).
     */
    @Test
    void nullDifferenceGivesRoughlyUniformPValues() {
        Random r = new Random(SEED + 11);
        int sims = 300;
        int below05 = 0;
        int below20 = 0;
        double sum = 0;
        for (int k = 0; k < sims; k++) {
            Columns b = Fixtures.binormal(r, 200, 0.4, 1.0);
            double[] s = new double[200];
            for (int i = 0; i < s.length; i++) {
                s[i] = r.nextGaussian() + 1.0 * b.label()[i];
            }
            Columns c = Columns.builder(200).label(b.label()).score(s).build();
            double p = PairedComparisons.compare(Fixtures.binary("average_precision"), b, c, PairedTest.BOOTSTRAP,
                    0.95, Resampling.of(k).withResamples(200).withThreads(1)).pValue();
            below05 += p < 0.05 ? 1 : 0;
            below20 += p < 0.20 ? 1 : 0;
            sum += p;
        }
        double mean = sum / sims;
        System.out.println("null bootstrap p-values: " + below05 + "/" + sims + " below 0.05, " + below20
                + " below 0.20, mean " + mean);
        assertTrue(below05 >= 0.015 * sims && below05 <= 0.10 * sims, "rejections at 0.05: " + below05);
        assertTrue(below20 >= 0.12 * sims && below20 <= 0.29 * sims, "rejections at 0.20: " + below20);
        assertTrue(mean >= 0.42 && mean <= 0.58, "mean p " + mean);
    }

    @Test
    void identicalModelsAreNotSignificant() {
        for (PairedTest t : new PairedTest[] {PairedTest.DELONG, PairedTest.MCNEMAR, PairedTest.BOOTSTRAP,
                PairedTest.PERMUTATION}) {
            String metric = t == PairedTest.MCNEMAR ? "accuracy" : "roc_auc";
            TestResult r = compare(metric, baseline, baseline, t);
            assertEquals(0.0, r.difference(), 0.0, t.id());
            assertEquals(1.0, r.pValue(), 0.0, t.id());
        }
        assertNotNull(compare("accuracy", baseline, baseline, PairedTest.MCNEMAR).warning(), "no discordant pairs");
    }

    @Test
    void perRowTestsOnRegressionLosses() {
        int n = 120;
        double[] y = new double[n];
        double[] pb = new double[n];
        double[] pc = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextGaussian();
            pb[i] = y[i] + random.nextGaussian();
            pc[i] = y[i] + 0.7 * random.nextGaussian();
        }
        Columns b = Columns.builder(n).yTrue(y).yPred(pb).build();
        Columns c = Columns.builder(n).yTrue(y).yPred(pc).build();
        TestResult t = PairedComparisons.compare(Fixtures.regression("mae"), b, c, PairedTest.AUTO, 0.95,
                Resampling.of(3).withResamples(200));
        assertEquals(PairedTest.PAIRED_T, t.method());
        assertEquals(t.difference(), t.interval().estimate(), 1e-12, "mean per-row difference = mae difference");
        TestResult w = PairedComparisons.compare(Fixtures.regression("mae"), b, c, PairedTest.WILCOXON, 0.95,
                Resampling.of(3).withResamples(200));
        assertEquals("approx", w.detail().get("mode"));
        assertTrue(w.pValue() < 0.05 && t.pValue() < 0.05, "candidate errors are smaller");
    }

    @Test
    void corpusLevelBleuUsesTheGenericPathForBootstrapAndPermutation() {
        String[] refs = {"the cat sat on the mat", "a quick brown fox jumps", "we evaluate models with care",
            "statistics need paired tests", "the dog barked at night", "rain falls on the green hills",
            "she reads a long book", "numbers must match the reference"};
        int n = 40;
        String[] good = new String[n];
        String[] bad = new String[n];
        String[][] references = new String[n][];
        for (int i = 0; i < n; i++) {
            String ref = refs[i % refs.length];
            references[i] = new String[] {ref};
            good[i] = i % 5 == 0 ? ref.replace("the", "a") : ref;
            bad[i] = i % 2 == 0 ? ref.substring(0, ref.lastIndexOf(' ')) : "something else entirely " + i;
        }
        dev.verdict.core.Metric<?> bleu = dev.verdict.core.catalog.MetricCatalog.require(
                dev.verdict.core.Task.GENERATION, "bleu").create(java.util.Map.of(),
                new dev.verdict.core.TaskContext(dev.verdict.core.Task.GENERATION, 0.5, java.util.List.of(), false,
                        false));
        Columns b = Columns.builder(n).text(bad).references(references).build();
        Columns c = Columns.builder(n).text(good).references(references).build();
        Resampling r = Resampling.of(5).withResamples(200);
        TestResult auto = PairedComparisons.compare(bleu, b, c, PairedTest.AUTO, 0.95, r);
        assertEquals(PairedTest.BOOTSTRAP, auto.method());
        assertEquals(false, auto.interval().detail().get("fastPath"));
        assertTrue(auto.difference() > 20 && auto.pValue() < 0.01 && auto.interval().low() > 0, auto.toString());
        TestResult perm = PairedComparisons.compare(bleu, b, c, PairedTest.PERMUTATION, 0.95, r);
        assertTrue(perm.pValue() < 0.01, perm.toString());
        Interval ci = ConfidenceIntervals.interval(bleu, c, IntervalMethod.AUTO, 0.95, r);
        assertEquals(IntervalMethod.BCA, ci.method());
        assertTrue(ci.low() <= ci.estimate() && ci.estimate() <= ci.high(), ci.toString());
    }

    @Test
    void testsThatDoNotFitTheMetricOrTheRowsAreRejected() {
        assertMessage("test delong does not fit metric accuracy",
                () -> compare("accuracy", baseline, candidate, PairedTest.DELONG));
        assertMessage("mcnemar does not fit metric precision",
                () -> compare("precision", baseline, candidate, PairedTest.MCNEMAR));
        assertMessage("test mcnemar does not fit metric f1",
                () -> compare("f1", baseline, candidate, PairedTest.MCNEMAR));
        assertMessage("test paired_t does not fit metric roc_auc",
                () -> compare("roc_auc", baseline, candidate, PairedTest.PAIRED_T));
        Columns shorter = Fixtures.binormal(new Random(1), 10, 0.5, 1);
        assertMessage("join the rows on id", () -> compare("roc_auc", baseline, shorter, PairedTest.DELONG));
        int[] flipped = baseline.label().clone();
        flipped[3] = 1 - flipped[3];
        Columns misaligned = Columns.builder(flipped.length).label(flipped).score(candidate.score()).build();
        assertMessage("not aligned", () -> compare("roc_auc", baseline, misaligned, PairedTest.DELONG));
        assertMessage("unknown paired test", () -> PairedTest.parse("ttest"));
    }
}
