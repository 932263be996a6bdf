package dev.verdict.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.stats.IndependentComparisons.Method;
import dev.verdict.stats.IndependentComparisons.Result;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slice-against-the-rest tests. Reference values: tools/golden/slice_tests.py (scipy 1.10.1 ttest_ind, statsmodels
 * 0.13.5 proportions_ztest, R pROC 1.18 roc.test(paired=FALSE)); tolerance 1e-9 relative (1e-8 where the p-value
 * goes through Student's t CDF).
 */
final class IndependentComparisonsTest {
    private static final Resampling PLAIN = Resampling.of(7).withResamples(200);
    private static JsonNode golden;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = IndependentComparisonsTest.class.getResourceAsStream("/golden/slice_tests.json")) {
            golden = new ObjectMapper().readTree(in);
        }
    }

    private static Columns regression(JsonNode y, JsonNode p) {
        return Columns.builder(y.size()).yTrue(StatsGoldenTest.doubles(y)).yPred(StatsGoldenTest.doubles(p)).build();
    }

    private static Columns binary(JsonNode y, JsonNode s) {
        return Columns.builder(y.size()).label(StatsGoldenTest.ints(y)).score(StatsGoldenTest.doubles(s)).build();
    }

    @Test
    void meansOfPerRowValuesGetWelchsTestAsScipy() {
        Metric<?> mae = Fixtures.regression("mae");
        for (JsonNode c : golden.get("welch")) {
            Result r = IndependentComparisons.worse(mae, regression(c.get("y1"), c.get("p1")), PLAIN,
                    regression(c.get("y2"), c.get("p2")), PLAIN, c.get("largerIsBetter").asBoolean());
            String what = c.get("source").asText();
            assertEquals(Method.WELCH_T, r.method(), what);
            StatsGoldenTest.close(c.get("t").asDouble(), r.statistic(), 1e-9, "t " + what);
            StatsGoldenTest.close(c.get("se").asDouble(), r.standardError(), 1e-9, "se " + what);
            StatsGoldenTest.close(c.get("df").asDouble(), (double) r.detail().get("df"), 1e-9, "df " + what);
            StatsGoldenTest.close(c.get("p").asDouble(), r.pValue(), 1e-8, "p " + what);
        }
    }

    @Test
    void proportionsGetThePooledZTestAsStatsmodels() {
        Metric<?> accuracy = Fixtures.binary("accuracy");
        for (JsonNode c : golden.get("proportions")) {
            Result r = IndependentComparisons.worse(accuracy, binary(c.get("y1"), c.get("s1")), PLAIN,
                    binary(c.get("y2"), c.get("s2")), PLAIN, true);
            String what = c.get("source").asText();
            assertEquals(Method.TWO_PROPORTION_Z, r.method(), what);
            StatsGoldenTest.close(c.get("z").asDouble(), r.statistic(), 1e-9, "z " + what);
            StatsGoldenTest.close(c.get("p").asDouble(), r.pValue(), 1e-9, "p " + what);
        }
    }

    @Test
    void rocAucGetsDeLongsUnpairedTestAsPROC() {
        Metric<?> auc = Fixtures.binary("roc_auc");
        for (JsonNode c : golden.get("delong")) {
            Result r = IndependentComparisons.worse(auc, binary(c.get("y1"), c.get("s1")), PLAIN,
                    binary(c.get("y2"), c.get("s2")), PLAIN, true);
            String what = c.get("source").asText();
            assertEquals(Method.DELONG, r.method(), what);
            StatsGoldenTest.close(c.get("auc1").asDouble(), r.first(), 1e-9, "auc1 " + what);
            StatsGoldenTest.close(c.get("auc2").asDouble(), r.second(), 1e-9, "auc2 " + what);
            StatsGoldenTest.close(c.get("var1").asDouble() + c.get("var2").asDouble(),
                    r.standardError() * r.standardError(), 1e-9, "var " + what);
            StatsGoldenTest.close(c.get("d").asDouble(), r.statistic(), 1e-9, "D " + what);
            StatsGoldenTest.close(c.get("df").asDouble(), (double) r.detail().get("df"), 1e-9, "df " + what);
            StatsGoldenTest.close(c.get("p").asDouble(), r.pValue(), 1e-8, "p " + what);
            StatsGoldenTest.close(c.get("pTwoSided").asDouble(), 2 * Math.min(r.pValue(), 1 - r.pValue()), 1e-8,
                    "two-sided p " + what);
        }
    }

    @Test
    void theBootstrapZFromTwoStandardErrorsMatchesScipysNormal() {
        for (JsonNode c : golden.get("normal")) {
            double[] z = IndependentComparisons.zTest(c.get("m1").asDouble(), c.get("m2").asDouble(),
                    c.get("se1").asDouble(), c.get("se2").asDouble(), c.get("largerIsBetter").asBoolean());
            StatsGoldenTest.close(c.get("z").asDouble(), z[1], 1e-12, "z " + c.get("source").asText());
            StatsGoldenTest.close(c.get("p").asDouble(), z[2], 1e-9, "p " + c.get("source").asText());
        }
    }

    private static Columns weighted(Columns c) {
        double[] w = new double[c.size()];
        Arrays.fill(w, 2.0);
        return Columns.builder(c.size()).yTrue(c.yTrue()).yPred(c.yPred()).label(c.label()).score(c.score())
                .weight(w).build();
    }

    private static Columns errors(Random rnd, int n, double sd) {
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 20 + 5 * rnd.nextGaussian();
            p[i] = y[i] + sd * rnd.nextGaussian();
        }
        return Columns.builder(n).yTrue(y).yPred(p).build();
    }

    @Test
    void bootstrapStandardErrorsAgreeWithTheAnalyticOnesOfAMean() {
        // weights of 2 do not change mae but rule out Welch's test: the bootstrap path runs
        Random rnd = new Random(11);
        Columns slice = errors(rnd, 400, 3.0);
        Columns rest = errors(rnd, 1600, 2.0);
        Metric<?> mae = Fixtures.regression("mae");
        Result welch = IndependentComparisons.worse(mae, slice, PLAIN, rest, PLAIN, false);
        Resampling r = Resampling.of(3).withResamples(400);
        Result boot = IndependentComparisons.worse(mae, weighted(slice), r, weighted(rest), r, false);
        assertEquals(Method.BOOTSTRAP_Z, boot.method());
        assertEquals(welch.difference(), boot.difference(), 1e-9);
        // B = 400 replicates estimate an SE to about 1 / sqrt(2 B) = 3.5% (Efron and Tibshirani 1993, ch. 6)
        assertEquals(1.0, boot.standardError() / welch.standardError(), 0.12,
                boot.standardError() + " vs " + welch.standardError());
        assertEquals(1.0, (double) boot.detail().get("sliceStandardError")
                / (double) welch.detail().get("sliceStandardError"), 0.12);
        assertTrue(boot.pValue() < 1e-6 && welch.pValue() < 1e-6, boot + " / " + welch);
    }

    private static Columns scored(Random rnd, int n, double prevalence, double delta) {
        return Fixtures.binormal(rnd, n, prevalence, delta);
    }

    @Test
    void aClearlyWorseSliceOfAveragePrecisionHasATinyPValue() {
        Random rnd = new Random(5);
        Metric<?> ap = Fixtures.binary("average_precision");
        Resampling r = PLAIN.stratified();
        Result worse = IndependentComparisons.worse(ap, scored(rnd, 400, 0.2, 0.3), r, scored(rnd, 3000, 0.2, 2.0),
                r, true);
        assertEquals(Method.BOOTSTRAP_Z, worse.method());
        assertTrue(worse.pValue() < 1e-6, worse.toString());
        assertEquals("stratified", worse.detail().get("resampling"));
        Result better = IndependentComparisons.worse(ap, scored(rnd, 400, 0.2, 2.0), r, scored(rnd, 3000, 0.2, 0.3),
                r, true);
        assertTrue(better.pValue() > 1 - 1e-6, better.toString());
    }

    @Test
    void bootstrapResultsDependOnTheSeedOnlyNotOnThreads() {
        Random rnd = new Random(9);
        Columns slice = scored(rnd, 300, 0.3, 0.8);
        Columns rest = scored(rnd, 900, 0.3, 1.0);
        Metric<?> ap = Fixtures.binary("average_precision");
        Resampling one = Resampling.of(42).withResamples(200).withThreads(1).stratified();
        Resampling three = one.withThreads(3);
        Result a = IndependentComparisons.worse(ap, slice, one, rest, one, true);
        Result b = IndependentComparisons.worse(ap, slice, three, rest, three, true);
        assertEquals(a.pValue(), b.pValue(), 0.0);
        assertEquals(a.standardError(), b.standardError(), 0.0);
        Resampling other = Resampling.of(43).withResamples(200).stratified();
        Result c = IndependentComparisons.worse(ap, slice, other, rest, other, true);
        assertNotEquals(a.standardError(), c.standardError());
        assertEquals(a.difference(), c.difference(), 0.0);
    }

    /**
     * Under the null (slice and rest from one distribution) the one-sided p-value is roughly uniform: 300 simulated
     * pairs (slice 150 rows, rest 600, prevalence 0.3, average precision, B = 200). Binomial sd of a 5% rate over 300
     * draws is 1.3%, so [1.5%, 10%] rejects a floored, constant or twice too liberal p.
     */
    @Test
    void underTheNullTheBootstrapTestRejectsAboutAlphaOfTheTime() {
        Random rnd = new Random(2026);
        Metric<?> ap = Fixtures.binary("average_precision");
        Resampling r = Resampling.of(1).withResamples(200).withThreads(1).stratified();
        int reject05 = 0;
        int reject20 = 0;
        double sum = 0;
        int runs = 300;
        for (int k = 0; k < runs; k++) {
            Result t = IndependentComparisons.worse(ap, scored(rnd, 150, 0.3, 1.0), r, scored(rnd, 600, 0.3, 1.0),
                    r.withResamples(200), true);
            assertTrue(t.tested(), t.toString());
            reject05 += t.pValue() <= 0.05 ? 1 : 0;
            reject20 += t.pValue() <= 0.20 ? 1 : 0;
            sum += t.pValue();
        }
        assertTrue(reject05 >= 0.015 * runs && reject05 <= 0.10 * runs, "rejections at 0.05: " + reject05);
        assertTrue(reject20 >= 0.12 * runs && reject20 <= 0.29 * runs, "rejections at 0.20: " + reject20);
        assertTrue(sum / runs >= 0.42 && sum / runs <= 0.58, "mean p " + sum / runs);
    }

    @Test
    void untestedPartsSayWhy() {
        Random rnd = new Random(4);
        Columns rest = scored(rnd, 500, 0.3, 1.0);
        // one positive in the slice: DeLong needs 2
        Columns onePositive = Columns.builder(4).label(new int[] {1, 0, 0, 0}).score(new double[] {.9, .1, .2, .3})
                .build();
        Result delong = IndependentComparisons.worse(Fixtures.binary("roc_auc"), onePositive, PLAIN, rest, PLAIN,
                true);
        assertFalse(delong.tested());
        assertTrue(Double.isNaN(delong.pValue()));
        assertTrue(delong.reason().contains("at least 2 positive"), delong.reason());
        // no positive: undefined on the slice
        Columns none = Columns.builder(3).label(new int[] {0, 0, 0}).score(new double[] {.9, .1, .2}).build();
        Result undefined = IndependentComparisons.worse(Fixtures.binary("roc_auc"), none, PLAIN, rest, PLAIN, true);
        assertTrue(undefined.reason().contains("undefined (NaN) on the slice"), undefined.reason());
        // r2 has no fast resampling path
        Result r2 = IndependentComparisons.worse(Fixtures.regression("r2"), errors(rnd, 50, 1), PLAIN,
                errors(rnd, 50, 1), PLAIN, true);
        assertTrue(r2.reason().contains("no fast resampling path for r2"), r2.reason());
        assertEquals(null, r2.method());
    }

    @Test
    void tooManyUndefinedReplicatesOrNoVariationIsNoTest() {
        Random rnd = new Random(8);
        Metric<?> auc = Fixtures.binary("roc_auc");
        // weights of 2 rule out DeLong; one positive among 30 rows, row resampling: about (29/30)^30 = 36% of the
        // resamples have no positive, where roc_auc is undefined
        int[] y = new int[30];
        y[0] = 1;
        double[] s = new double[30];
        double[] w = new double[30];
        for (int i = 0; i < 30; i++) {
            s[i] = rnd.nextDouble();
            w[i] = 2;
        }
        Columns rest = scored(rnd, 500, 0.3, 1.0);
        double[] wr = new double[500];
        Arrays.fill(wr, 2);
        Result nan = IndependentComparisons.worse(auc, Columns.builder(30).label(y).score(s).weight(w).build(), PLAIN,
                Columns.builder(500).label(rest.label()).score(rest.score()).weight(wr).build(), PLAIN, true);
        assertEquals(Method.BOOTSTRAP_Z, nan.method(), nan.toString());
        assertTrue(nan.reason() != null && nan.reason().contains("replicates of the slice are undefined"),
                nan.toString());
        assertTrue((long) nan.detail().get("nanReplicates") > 40, nan.toString());
        Metric<?> ap = Fixtures.binary("average_precision");
        // perfectly separated in both parts: average precision is 1 in every resample
        Columns perfect = Columns.builder(6).label(new int[] {1, 1, 0, 0, 0, 0})
                .score(new double[] {.9, .8, .3, .2, .1, .0}).build();
        Result flat = IndependentComparisons.worse(ap, perfect, PLAIN.stratified(), perfect, PLAIN.stratified(),
                true);
        assertTrue(flat.reason().contains("standard errors are 0"), flat.reason());
    }
}
