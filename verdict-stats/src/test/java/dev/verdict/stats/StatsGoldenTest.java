package dev.verdict.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden values of tools/golden/stats.py (statsmodels, scipy, R pROC). */
final class StatsGoldenTest {
    private static JsonNode golden;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = StatsGoldenTest.class.getResourceAsStream("/golden/stats.json")) {
            golden = new ObjectMapper().readTree(in);
        }
    }

    static void close(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(1.0, Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }

    static double[] doubles(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    static int[] ints(JsonNode n) {
        int[] v = new int[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asInt();
        }
        return v;
    }

    @Test
    void wilsonAndClopperPearsonMatchStatsmodels() {
        for (JsonNode c : golden.get("proportions")) {
            long x = c.get("successes").asLong();
            long n = c.get("trials").asLong();
            double level = c.get("level").asDouble();
            double[] w = Proportions.wilson(x, n, level);
            double[] b = Proportions.clopperPearson(x, n, level);
            String what = x + "/" + n + " @" + level;
            close(c.get("wilson").get(0).asDouble(), w[0], 1e-9, "wilson low " + what);
            close(c.get("wilson").get(1).asDouble(), w[1], 1e-9, "wilson high " + what);
            close(c.get("clopper_pearson").get(0).asDouble(), b[0], 1e-8, "cp low " + what);
            close(c.get("clopper_pearson").get(1).asDouble(), b[1], 1e-8, "cp high " + what);
        }
    }

    @Test
    void tIntervalMatchesScipy() {
        for (JsonNode c : golden.get("t_intervals")) {
            Interval i = MeanTests.tInterval(doubles(c.get("values")), c.get("level").asDouble());
            close(c.get("low").asDouble(), i.low(), 1e-8, "low");
            close(c.get("high").asDouble(), i.high(), 1e-8, "high");
        }
    }

    @Test
    void pairedTMatchesTtestRel() {
        for (JsonNode c : golden.get("paired_t")) {
            TestResult r = MeanTests.pairedT(doubles(c.get("candidate")), doubles(c.get("baseline")),
                    c.get("level").asDouble(), 0.0);
            close(c.get("statistic").asDouble(), r.statistic(), 1e-9, "t");
            close(c.get("pvalue").asDouble(), r.pValue(), 1e-9, "p");
            close(c.get("low").asDouble(), r.interval().low(), 1e-8, "ci low");
            close(c.get("high").asDouble(), r.interval().high(), 1e-8, "ci high");
        }
    }

    @Test
    void wilcoxonMatchesScipy() {
        for (JsonNode c : golden.get("wilcoxon")) {
            double[] w = MeanTests.wilcoxon(doubles(c.get("candidate")), doubles(c.get("baseline")));
            String name = c.get("name").asText();
            close(c.get("statistic").asDouble(), w[0], 1e-9, "statistic " + name);
            close(c.get("pvalue").asDouble(), w[1], 1e-9, "p " + name);
        }
    }

    @Test
    void mcnemarMatchesStatsmodels() {
        for (JsonNode c : golden.get("mcnemar")) {
            int n01 = c.get("n01").asInt();
            int n10 = c.get("n10").asInt();
            byte[] base = new byte[n01 + n10 + 3];
            byte[] cand = new byte[base.length];
            for (int i = 0; i < base.length; i++) {
                base[i] = (byte) (i < n01 ? 1 : i < n01 + n10 ? 0 : 1);
                cand[i] = (byte) (i < n01 ? 0 : 1);
            }
            String what = n01 + "/" + n10;
            TestResult e = McNemar.test("accuracy", base, cand, true);
            close(c.get("exact_statistic").asDouble(), e.statistic(), 1e-12, "exact stat " + what);
            close(c.get("exact_pvalue").asDouble(), e.pValue(), 1e-9, "exact p " + what);
            TestResult x = McNemar.test("accuracy", base, cand, false);
            close(c.get("chi2_statistic").asDouble(), x.statistic(), 1e-12, "chi2 " + what);
            close(c.get("chi2_pvalue").asDouble(), x.pValue(), 1e-9, "chi2 p " + what);
        }
    }

    @Test
    void correctionsMatchMultipletests() {
        for (JsonNode c : golden.get("multipletests")) {
            double[] p = doubles(c.get("pvalues"));
            for (Correction k : List.of(Correction.BONFERRONI, Correction.HOLM, Correction.BH, Correction.BY)) {
                double[] expected = doubles(c.get(k.id()));
                double[] actual = k.adjust(p);
                for (int i = 0; i < p.length; i++) {
                    close(expected[i], actual[i], 1e-12, k.id() + " #" + i);
                }
            }
        }
    }

    @Test
    void bcaAndPercentileMatchScipyForTheSameReplicates() {
        for (JsonNode c : golden.get("bca")) {
            double[] x = doubles(c.get("sample"));
            double[] reps = Bootstrap.finiteSorted(doubles(c.get("replicates")));
            double level = c.get("level").asDouble();
            double[] jack = new double[x.length];
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            for (int i = 0; i < x.length; i++) {
                jack[i] = (sum - x[i]) / (x.length - 1);
            }
            double[] bca = Bootstrap.bca(sum / x.length, reps, jack, level);
            close(c.get("acceleration").asDouble(), bca[3], 1e-9, "acceleration");
            close(c.get("bca_low").asDouble(), bca[0], 1e-9, "bca low");
            close(c.get("bca_high").asDouble(), bca[1], 1e-9, "bca high");
            double[] p = Bootstrap.percentile(reps, level);
            close(c.get("percentile_low").asDouble(), p[0], 1e-12, "percentile low");
            close(c.get("percentile_high").asDouble(), p[1], 1e-12, "percentile high");
        }
    }

    @Test
    void delongMatchesProc() {
        Metric<?> auc = MetricCatalog.require(Task.BINARY, "roc_auc").create(Map.of(),
                new TaskContext(Task.BINARY, 0.5, List.of(), false, true));
        for (JsonNode c : golden.get("delong")) {
            int[] label = ints(c.get("label"));
            Columns base = Columns.builder(label.length).label(label).score(doubles(c.get("baseline"))).build();
            Columns cand = Columns.builder(label.length).label(label).score(doubles(c.get("candidate"))).build();
            double level = c.get("level").asDouble();
            Interval ci = ConfidenceIntervals.interval(auc, base, IntervalMethod.AUTO, level, Resampling.of(1));
            assertEquals(IntervalMethod.DELONG, ci.method());
            close(c.get("auc").asDouble(), ci.estimate(), 1e-12, "auc");
            close(c.get("low").asDouble(), ci.low(), 1e-9, "ci low");
            close(c.get("high").asDouble(), ci.high(), 1e-9, "ci high");
            TestResult t = PairedComparisons.compare(auc, base, cand, PairedTest.AUTO, level, Resampling.of(1));
            assertEquals(PairedTest.DELONG, t.method());
            close(c.get("z").asDouble(), t.statistic(), 1e-9, "z");
            close(c.get("pvalue").asDouble(), t.pValue(), 1e-9, "p");
            close(c.get("diff_low").asDouble(), t.interval().low(), 1e-9, "diff low");
            close(c.get("diff_high").asDouble(), t.interval().high(), 1e-9, "diff high");
            assertTrue(t.difference() > 0, "candidate is the better model by construction");
        }
    }
}
