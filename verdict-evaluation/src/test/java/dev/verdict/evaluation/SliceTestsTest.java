package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.fairness.SliceComparison;
import dev.verdict.evaluation.decision.SliceGaps;
import dev.verdict.io.DataTable;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slice-against-the-rest tests of every metric: a slice made clearly worse is flagged with a Holm-adjusted
 * p-value, slices drawn from one distribution are not, results depend on the seed only, and untestable metrics say
 * why.
 */
final class SliceTestsTest {
    private static final String[] REGIONS = {"east", "north", "south", "west"};

    @TempDir
    Path dir;

    private Plan plan(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return PlanLoader.load(p);
    }

    /** 4 regions x {@code perRegion} rows; regression errors N(0, sd), sd = {@code badSd} in region "west". */
    private static DataTable regression(long seed, int perRegion, double badSd) {
        Random rnd = new Random(seed);
        int n = 4 * perRegion;
        double[] y = new double[n];
        double[] p = new double[n];
        String[] region = new String[n];
        for (int i = 0; i < n; i++) {
            region[i] = REGIONS[i % 4];
            y[i] = 30 + 8 * rnd.nextGaussian();
            p[i] = y[i] + (region[i].equals("west") ? badSd : 2.0) * rnd.nextGaussian();
        }
        return Tables.of(n).number("y", y).number("p", p).category("region", region).build();
    }

    /** Binary rows: positives scored N(delta, 1), negatives N(0, 1); delta = {@code badDelta} in "west". */
    private static DataTable binary(long seed, int perRegion, double badDelta) {
        Random rnd = new Random(seed);
        int n = 4 * perRegion;
        String[] y = new String[n];
        double[] s = new double[n];
        String[] region = new String[n];
        for (int i = 0; i < n; i++) {
            region[i] = REGIONS[i % 4];
            boolean pos = rnd.nextDouble() < 0.3;
            y[i] = pos ? "1" : "0";
            double z = rnd.nextGaussian() + (pos ? (region[i].equals("west") ? badDelta : 1.5) : 0);
            s[i] = 1 / (1 + Math.exp(-z));
        }
        return Tables.of(n).category("y", y).number("p", s).category("region", region).build();
    }

    private static SliceGaps.Gap gap(List<SliceGaps.Gap> gaps, String metric) {
        return gaps.stream().filter(g -> g.metric().equals(metric)).findFirst().orElseThrow();
    }

    private static ResultRow row(EvaluationReport r, String id, String slice) {
        return r.results().stream().filter(x -> x.id().equals(id) && x.slice().equals(slice)).findFirst()
                .orElseThrow();
    }

    private static List<String> flagged(SliceGaps.Gap g) {
        return g.flagged().stream().map(SliceComparison.SliceTest::name).toList();
    }

    private static final String REGRESSION = "task: regression\ndata: {path: d.csv, label: y, prediction: p}\n"
            + "slices: [region]\nmetrics:\n  - {id: mae, name: mae}\n  - {id: rmse, name: rmse}\n"
            + "  - {id: r2, name: r2}\n";

    @Test
    void aRegionWithLargerErrorsIsFlaggedOnMaeAndRmse() throws Exception {
        Plan plan = plan(REGRESSION);
        EvaluationReport r = Evaluation.evaluate(plan, regression(1, 300, 4.0));
        List<SliceGaps.Gap> gaps = SliceGaps.of(plan, r.results());
        SliceGaps.Gap mae = gap(gaps, "mae");
        assertEquals(List.of("region=west"), flagged(mae));
        SliceComparison.SliceTest west = mae.flagged().get(0);
        assertEquals("welch_t", west.method());
        assertTrue(west.adjustedPValue() < 1e-6 && west.adjustedPValue() >= west.pValue(), west.toString());
        SliceGaps.Gap rmse = gap(gaps, "rmse");
        assertEquals(List.of("region=west"), flagged(rmse));
        assertEquals("bootstrap_z", rmse.flagged().get(0).method());
        assertTrue(rmse.flagged().get(0).adjustedPValue() < 1e-6, rmse.flagged().toString());
        for (SliceComparison.SliceTest t : gap(gaps, "r2").result().tests()) {
            assertTrue(t.reason().contains("no fast resampling path for r2"), t.reason());
            assertTrue(Double.isNaN(t.pValue()));
        }
    }

    @Test
    void theRestIsEveryRowOutsideTheSlice() throws Exception {
        Plan plan = plan(REGRESSION);
        DataTable t = regression(2, 100, 2.0);
        EvaluationReport r = Evaluation.evaluate(plan, t);
        VersusRest v = row(r, "mae", "region=east").vsRest();
        assertEquals(300, v.restN());
        double sum = 0;
        for (int i = 0; i < 400; i++) {
            if (i % 4 != 0) {
                sum += Math.abs(t.numbers("y")[i] - t.numbers("p")[i]);
            }
        }
        assertEquals(sum / 300, v.restValue(), 1e-12);
        assertNull(row(r, "mae", "all").vsRest(), "all is not a slice");
    }

    /**
     * 20 seeded datasets whose 4 regions come from one distribution, 5 metric families each (mae: Welch, rmse:
     * bootstrap, roc_auc: DeLong, average_precision: bootstrap, log_loss: Welch). Holm keeps each family's chance of
     * any flag at or below 5%, so about 5 of the 100 families may be flagged; more than 10 (binomial tail 1%) means
     * the tests are too liberal. Measured: see the assertion message.
     */
    @Test
    void slicesFromOneDistributionAreRarelyFlagged() throws Exception {
        Plan reg = plan(REGRESSION);
        Plan bin = plan("task: binary\ndata: {path: d.csv, label: y, score: p}\nslices: [region]\n"
                + "metrics: [{id: auc, name: roc_auc}, {id: ap, name: average_precision}, {id: ll, name: log_loss}]\n");
        int families = 0;
        int flagged = 0;
        StringBuilder which = new StringBuilder();
        for (long seed = 100; seed < 120; seed++) {
            List<SliceGaps.Gap> gaps = new java.util.ArrayList<>(SliceGaps.of(reg,
                    Evaluation.evaluate(reg, regression(seed, 200, 2.0)).results()));
            gaps.removeIf(g -> g.metric().equals("r2"));
            gaps.addAll(SliceGaps.of(bin, Evaluation.evaluate(bin, binary(seed, 300, 1.5)).results()));
            for (SliceGaps.Gap g : gaps) {
                assertTrue(g.result().tests().stream().allMatch(t -> t.method() != null), g.toString());
                families++;
                if (!g.flagged().isEmpty()) {
                    flagged++;
                    which.append(seed).append('/').append(g.metric()).append(' ');
                }
            }
        }
        assertEquals(100, families);
        assertTrue(flagged <= 10, flagged + " of 100 null families flagged: " + which);
    }

    @Test
    void aRegionWithWeakerRankingIsFlaggedOnRocAucByDeLongAndOnAveragePrecision() throws Exception {
        Plan plan = plan("task: binary\ndata: {path: d.csv, label: y, score: p}\nslices: [region]\n"
                + "metrics: [{id: auc, name: roc_auc}, {id: ap, name: average_precision}]\n");
        List<SliceGaps.Gap> gaps = SliceGaps.of(plan, Evaluation.evaluate(plan, binary(5, 400, 0.3)).results());
        SliceGaps.Gap auc = gap(gaps, "auc");
        assertEquals(List.of("region=west"), flagged(auc));
        assertEquals("delong", auc.flagged().get(0).method());
        assertTrue(auc.flagged().get(0).adjustedPValue() < 1e-4, auc.flagged().toString());
        SliceGaps.Gap ap = gap(gaps, "ap");
        assertEquals(List.of("region=west"), flagged(ap));
        assertEquals("bootstrap_z", ap.flagged().get(0).method());
    }

    @Test
    void bootstrapTestsDependOnTheSeedOnly() throws Exception {
        DataTable t = binary(6, 300, 1.0);
        String head = "task: binary\ndata: {path: d.csv, label: y, score: p}\nslices: [region]\n";
        String metrics = "metrics: [{id: ap, name: average_precision}, {id: auc, name: roc_auc}]\n";
        Plan plan = plan(head + metrics);
        VersusRest a = row(Evaluation.evaluate(plan, t), "ap", "region=west").vsRest();
        VersusRest b = row(Evaluation.evaluate(plan, t), "ap", "region=west").vsRest();
        assertEquals(a.pValue(), b.pValue(), 0.0);
        assertEquals(a.standardError(), b.standardError(), 0.0);
        assertEquals("stratified", a.detail().get("resampling"));
        assertEquals(0L, a.detail().get("seed"));
        Plan seeded = plan(head + "confidence: {seed: 99}\n" + metrics);
        EvaluationReport other = Evaluation.evaluate(seeded, t);
        VersusRest c = row(other, "ap", "region=west").vsRest();
        assertNotEquals(a.standardError(), c.standardError());
        assertEquals(a.restValue(), c.restValue(), 0.0);
        assertEquals(row(Evaluation.evaluate(plan, t), "auc", "region=west").vsRest().pValue(),
                row(other, "auc", "region=west").vsRest().pValue(), 0.0, "DeLong does not resample");
    }

    @Test
    void smallSlicesAreNotTestedButBelongToTheRest() throws Exception {
        Plan plan = plan("task: regression\ndata: {path: d.csv, label: y, prediction: p}\nslices: [region]\n"
                + "min_slice_size: 200\nmetrics: [{id: mae, name: mae}]\n");
        Random rnd = new Random(7);
        int n = 700;
        double[] y = new double[n];
        double[] p = new double[n];
        String[] region = new String[n];
        for (int i = 0; i < n; i++) {
            region[i] = i < 300 ? "a" : i < 600 ? "b" : "tiny";
            y[i] = rnd.nextGaussian();
            p[i] = y[i] + rnd.nextGaussian();
        }
        EvaluationReport r = Evaluation.evaluate(plan, Tables.of(n).number("y", y).number("p", p)
                .category("region", region).build());
        assertNull(row(r, "mae", "region=tiny").vsRest());
        assertEquals(400, row(r, "mae", "region=a").vsRest().restN());
        assertEquals(2, SliceGaps.of(plan, r.results()).get(0).result().tests().size());
    }

    @Test
    void noBootstrapWhenResamplesIsZeroAndNoTestForThresholdsOrCounts() throws Exception {
        Plan plan = plan("task: binary\ndata: {path: d.csv, label: y, score: p}\nslices: [region]\n"
                + "slice_gaps: {resamples: 0}\n"
                + "metrics: [{id: ap, name: average_precision}, {id: auc, name: roc_auc},\n"
                + "  {id: t, name: threshold_at_max_fbeta}, {id: cm, name: confusion_matrix}]\n");
        EvaluationReport r = Evaluation.evaluate(plan, binary(8, 200, 1.0));
        assertEquals("slice_gaps.resamples is 0: no bootstrap test", row(r, "ap", "region=east").vsRest().reason());
        assertTrue(row(r, "auc", "region=east").vsRest().tested(), "DeLong needs no resampling");
        assertTrue(row(r, "t", "region=east").vsRest().reason().contains("is a threshold, not a quality score"));
        assertTrue(row(r, "cm", "region=east").vsRest().reason().contains("is a count, not a quality score"));
        assertFalse(row(r, "cm", "region=east").vsRest().tested());
    }

    @Test
    void aClusterColumnResamplesWholeClustersOfEachPart() throws Exception {
        Plan plan = plan("task: regression\ndata: {path: d.csv, label: y, prediction: p}\nslices: [region]\n"
                + "confidence: {cluster: user}\nmetrics: [{id: mae, name: mae}]\n");
        DataTable base = regression(9, 200, 4.0);
        String[] user = new String[800];
        for (int i = 0; i < 800; i++) {
            user[i] = "u" + (i / 8) + "-" + REGIONS[i % 4];
        }
        DataTable t = Tables.of(800).number("y", base.numbers("y")).number("p", base.numbers("p"))
                .category("region", regionsOf(800))
                .category("user", user).build();
        VersusRest west = row(Evaluation.evaluate(plan, t), "mae", "region=west").vsRest();
        assertEquals("bootstrap_z", west.method(), "clustered rows are not independent: no Welch test");
        assertEquals("cluster", west.detail().get("resampling"));
        assertTrue(west.tested() && west.pValue() < 0.01, west.toString());
    }

    private static String[] regionsOf(int n) {
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = REGIONS[i % 4];
        }
        return r;
    }
}
