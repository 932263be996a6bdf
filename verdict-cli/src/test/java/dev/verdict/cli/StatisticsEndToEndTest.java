package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.stats.ConfidenceIntervals;
import dev.verdict.stats.Correction;
import dev.verdict.stats.Interval;
import dev.verdict.stats.IntervalMethod;
import dev.verdict.stats.PairedComparisons;
import dev.verdict.stats.PairedTest;
import dev.verdict.stats.Resampling;
import dev.verdict.stats.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verdict evaluate} with confidence intervals and {@code verdict compare}, end to end on CSV files; values are
 * cross-checked against verdict-stats called directly (whose functions are golden-tested against pROC, statsmodels
 * and scipy), and every bad-input case exits 2 with a clear message.
 */
final class StatisticsEndToEndTest {
    private static final long SEED = 20240611L;
    private static final int N = 300;
    private static final TaskContext BINARY = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);

    @TempDir
    Path dir;

    private final int[] label = new int[N];
    private final double[] base = new double[N];
    private final double[] cand = new double[N];

    @BeforeEach
    void data() throws IOException {
        Random rnd = new Random(SEED);
        StringBuilder b = new StringBuilder("id,y,p,region\n");
        List<String> candRows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            label[i] = rnd.nextDouble() < 0.3 ? 1 : 0;
            base[i] = round(1 / (1 + Math.exp(-(label[i] * 1.0 + rnd.nextGaussian() - 0.5))));
            cand[i] = round(1 / (1 + Math.exp(-(label[i] * 1.8 + rnd.nextGaussian() - 0.9))));
            String region = i % 3 == 0 ? "north" : "south";
            b.append(String.format(Locale.ROOT, "r%d,%d,%s,%s%n", i, label[i], base[i], region));
            candRows.add(String.format(Locale.ROOT, "r%d,%d,%s,%s", i, label[i], cand[i], region));
        }
        Collections.shuffle(candRows, new Random(SEED + 1));
        Files.writeString(dir.resolve("base.csv"), b);
        Files.writeString(dir.resolve("cand.csv"), "id,y,p,region\n" + String.join("\n", candRows) + "\n");
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private Path plan(String extra, String metrics) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: binary\ndata:\n  path: base.csv\n  id: id\n  label: y\n  score: p\n"
                + "slices: [region]\n" + extra + "metrics:\n" + metrics);
        return p;
    }

    private Columns rows(double[] score) {
        return Columns.builder(N).label(label).score(score).build();
    }

    private static Metric<?> metric(String name) {
        return MetricCatalog.require(Task.BINARY, name).create(Map.of(), BINARY);
    }

    private static void assertInvalid(CliRun run, String... fragments) {
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("verdict: error: "), run::toString);
        for (String f : fragments) {
            assertTrue(run.err().contains(f), () -> "expected '" + f + "' in\n" + run);
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }

    @Test
    void evaluateAttachesIntervalsEqualToTheStatsFunctions() throws Exception {
        Path plan = plan("", "  - {id: auc, name: roc_auc, ci: delong}\n  - {id: acc, name: accuracy, ci: wilson}\n"
                + "  - {id: f1, name: f1}\n");
        Path json = dir.resolve("out.json");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("95% interval"), run::toString);
        JsonNode results = new ObjectMapper().readTree(json.toFile()).get("results");
        Interval auc = ConfidenceIntervals.interval(metric("roc_auc"), rows(base), IntervalMethod.DELONG, 0.95,
                Resampling.of(0));
        JsonNode ci = results.get(0).get("ci");
        assertEquals("delong", ci.get("method").asText());
        assertEquals(0.95, ci.get("level").asDouble());
        assertEquals(auc.low(), ci.get("low").asDouble(), 1e-12);
        assertEquals(auc.high(), ci.get("high").asDouble(), 1e-12);
        assertTrue(run.out().contains(String.format(Locale.ROOT, "[%.4f, %.4f] delong", auc.low(), auc.high())),
                run::toString);
        JsonNode acc = results.get(3).get("ci");
        Interval wilson = ConfidenceIntervals.interval(metric("accuracy"), rows(base), IntervalMethod.WILSON, 0.95,
                Resampling.of(0));
        assertEquals("wilson", acc.get("method").asText());
        assertEquals(wilson.low(), acc.get("low").asDouble(), 1e-12);
        assertFalse(results.get(6).has("ci"), "f1 has no ci: and the plan no confidence:");
        assertTrue(results.get(1).has("ci"), "slices get intervals too");
    }

    @Test
    void planWideConfidenceUsesAutoAndTheSeedReproducibly() throws Exception {
        Path plan = plan("confidence: {level: 0.9, resamples: 300, seed: 7}\n", "  - {id: f1, name: f1}\n");
        Path json = dir.resolve("out.json");
        assertEquals(0, CliRun.of("evaluate", "--plan", plan.toString(), "--json", json.toString()).exit());
        JsonNode ci = new ObjectMapper().readTree(json.toFile()).get("results").get(0).get("ci");
        Interval expected = ConfidenceIntervals.interval(metric("f1"), rows(base), IntervalMethod.AUTO, 0.9,
                Resampling.of(7).withResamples(300).stratified());
        assertEquals("bca", ci.get("method").asText());
        assertEquals(expected.low(), ci.get("low").asDouble(), 1e-12);
        assertEquals(expected.high(), ci.get("high").asDouble(), 1e-12);
    }

    @Test
    void noStatisticsKeysLeaveTheOutputUnchanged() throws Exception {
        Path plan = plan("", "  - {id: auc, name: roc_auc}\n");
        Path json = dir.resolve("out.json");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--json", json.toString());
        assertFalse(run.out().contains("interval"), run::toString);
        assertFalse(Files.readString(json).contains("\"ci\""));
    }

    @Test
    void compareJoinsOnIdAndMatchesPairedComparisons() throws Exception {
        Path plan = plan("confidence: {resamples: 200, seed: 3}\ncomparison: {correction: holm}\n",
                "  - {id: auc, name: roc_auc}\n  - {id: acc, name: accuracy, test: mcnemar_exact}\n");
        Path json = dir.resolve("cmp.json");
        CliRun run = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.csv").toString(),
                "--candidate", dir.resolve("cand.csv").toString(), "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("improved") || run.out().contains("no significant change"), run::toString);
        JsonNode cmp = new ObjectMapper().readTree(json.toFile()).get("comparisons");
        assertEquals(6, cmp.size());
        JsonNode auc = cmp.get(0);
        TestResult t = PairedComparisons.compare(metric("roc_auc"), rows(base), rows(cand), PairedTest.DELONG, 0.95,
                Resampling.of(3).withResamples(200).stratified());
        assertEquals("all", auc.get("slice").asText());
        assertEquals(N, auc.get("n").asInt());
        assertEquals("delong", auc.get("test").asText());
        assertEquals("delong", auc.get("ci").get("method").asText());
        assertEquals(t.difference(), auc.get("difference").asDouble(), 1e-12);
        assertEquals(auc.get("candidate").asDouble() - auc.get("baseline").asDouble(),
                auc.get("difference").asDouble(), 1e-12);
        assertEquals(t.pValue(), auc.get("p_value").asDouble(), 1e-12);
        assertEquals(t.interval().low(), auc.get("ci").get("low").asDouble(), 1e-12);
        assertEquals("mcnemar_exact", cmp.get(3).get("test").asText());
        double[] p = new double[cmp.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = cmp.get(i).get("p_value").asDouble();
        }
        double[] adj = Correction.HOLM.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertEquals(adj[i], cmp.get(i).get("p_adjusted").asDouble(), 1e-12);
            assertEquals(adj[i] < 0.05, cmp.get(i).get("significant").asBoolean());
        }
    }

    @Test
    void mismatchedIdsAreAnErrorWithCountAndExamples() throws Exception {
        Path plan = plan("", "  - {id: auc, name: roc_auc}\n");
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("cand.csv")));
        lines.removeIf(l -> l.startsWith("r7,") || l.startsWith("r8,"));
        lines.add("zz1,0,0.5,north");
        Files.write(dir.resolve("cand.csv"), lines);
        CliRun run = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.csv").toString(),
                "--candidate", dir.resolve("cand.csv").toString());
        assertInvalid(run, "2 only in the baseline", "r7", "1 only in the candidate", "zz1");
    }

    @Test
    void differingLabelsAreAnError() throws Exception {
        Path plan = plan("", "  - {id: auc, name: roc_auc}\n");
        String text = Files.readString(dir.resolve("cand.csv"));
        int at = text.indexOf("\nr5,") + 1;
        int comma = text.indexOf(',', at) + 1;
        char flipped = text.charAt(comma) == '1' ? '0' : '1';
        Files.writeString(dir.resolve("cand.csv"), text.substring(0, comma) + flipped + text.substring(comma + 1));
        CliRun run = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.csv").toString(),
                "--candidate", dir.resolve("cand.csv").toString());
        assertInvalid(run, "column \"y\" (the truth) differs", "in 1 of 300 rows", "r5");
    }

    @Test
    void aTestThatDoesNotFitAndUnknownMethodsAreErrorsWithThePlanLine() throws Exception {
        Path plan = plan("", "  - {id: acc, name: accuracy, test: delong}\n");
        CliRun run = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.csv").toString(),
                "--candidate", dir.resolve("cand.csv").toString());
        assertInvalid(run, "plan.yaml:9:", "test delong does not fit metric accuracy");
        plan = plan("", "  - {id: acc, name: accuracy, ci: delong}\n");
        assertInvalid(CliRun.of("evaluate", "--plan", plan.toString()), "plan.yaml:9:",
                "interval method delong does not fit metric accuracy");
        plan = plan("confidence: {method: magic}\n", "  - {id: acc, name: accuracy}\n");
        assertInvalid(CliRun.of("evaluate", "--plan", plan.toString()), "unknown interval method 'magic'");
    }

    @Test
    void tooFewRowsIsAnError() throws Exception {
        Files.writeString(dir.resolve("one.csv"), "id,y,p,region\nr0,1,0.4,north\n");
        Files.writeString(dir.resolve("one2.csv"), "id,y,p,region\nr0,1,0.6,north\n");
        Path plan = plan("", "  - {id: acc, name: accuracy}\n");
        CliRun run = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("one.csv").toString(),
                "--candidate", dir.resolve("one2.csv").toString());
        assertInvalid(run, "cannot compare accuracy", "at least 2 rows");
    }

    @Test
    void noDiscordantPairsGiveADefinedResultWithAWarning() throws Exception {
        Path plan = plan("", "  - {id: acc, name: accuracy, test: mcnemar}\n");
        Path json = dir.resolve("same.json");
        CliRun run = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.csv").toString(),
                "--candidate", dir.resolve("base.csv").toString(), "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        JsonNode all = new ObjectMapper().readTree(json.toFile()).get("comparisons").get(0);
        assertEquals(1.0, all.get("p_value").asDouble());
        assertEquals(0.0, all.get("difference").asDouble());
        assertTrue(all.get("warning").asText().contains("discordant"), all::toString);
    }
}
