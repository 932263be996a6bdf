package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.stats.ConfidenceIntervals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verdict compare} on a ranking plan (TREC run files, per-query pairing) and a generation plan (rows paired
 * by id, BLEU by paired bootstrap), and {@code verdict evaluate} intervals on TREC files (a mean over queries). The
 * per-query reciprocal ranks are computed here by hand; the differences, intervals and p-values are cross-checked
 * against verdict-stats called directly on the same paired units.
 */
final class CompareTasksEndToEndTest {
    private static final long SEED = 777L;
    private static final int QUERIES = 40;
    private static final int DOCS = 15;

    @TempDir
    Path dir;

    /** A mean of per-unit values, as verdict-stats sees per-query values: mae of the values against 0. */
    private static Metric<?> mean() {
        return MetricCatalog.require(Task.REGRESSION, "mae").create(Map.of(),
                new TaskContext(Task.REGRESSION, 0.5, List.of(), true, false));
    }

    private static Columns units(double[] v) {
        return Columns.builder(v.length).yTrue(new double[v.length]).yPred(v).build();
    }

    /**
     * Writes qrels (docs d0..d2 of each query relevant) and a run file; the run ranks the relevant doc
     * {@code skill}-biased towards the top. Returns each query's reciprocal rank of the first relevant doc.
     */
    private double[] run(String name, double skill, long seed, boolean reverseQueries) throws IOException {
        Random rnd = new Random(seed);
        double[] rr = new double[QUERIES];
        List<String> blocks = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            double[] score = new double[DOCS];
            for (int d = 0; d < DOCS; d++) {
                score[d] = Math.round((rnd.nextDouble() + (d < 3 ? skill * rnd.nextDouble() : 0)) * 1e6) / 1e6;
            }
            Integer[] order = new Integer[DOCS];
            for (int d = 0; d < DOCS; d++) {
                order[d] = d;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < DOCS; r++) {
                int d = order[r];
                if (rr[q] == 0 && d < 3) {
                    rr[q] = 1.0 / (r + 1);
                }
                sb.append(String.format(Locale.ROOT, "Q%02d Q0 d%d %d %s sys%n", q, d, r + 1, score[d]));
            }
            blocks.add(sb.toString());
        }
        if (reverseQueries) {
            Collections.reverse(blocks);
        }
        Files.writeString(dir.resolve(name), String.join("", blocks));
        StringBuilder qrels = new StringBuilder();
        for (int q = 0; q < QUERIES; q++) {
            for (int d = 0; d < DOCS; d++) {
                qrels.append(String.format(Locale.ROOT, "Q%02d 0 d%d %d%n", q, d, d < 3 ? 1 : 0));
            }
        }
        Files.writeString(dir.resolve("qrels.txt"), qrels);
        return rr;
    }

    private Path rankingPlan(String extra) throws IOException {
        Path p = dir.resolve("rank.yaml");
        Files.writeString(p, "task: ranking\ndata: {run: base.txt, qrels: qrels.txt}\n" + extra
                + "metrics:\n  - {id: rr, name: mrr}\n");
        return p;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void rankingCompareOfTrecRunsPairsQueriesAndMatchesThePairedTest() throws Exception {
        double[] base = run("base.txt", 0.3, SEED, false);
        double[] cand = run("cand.txt", 1.2, SEED + 1, true);
        Path plan = rankingPlan("confidence: {resamples: 300, seed: 5}\n");
        Path json = dir.resolve("cmp.json");
        CliRun cli = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.txt").toString(),
                "--candidate", dir.resolve("cand.txt").toString(), "--json", json.toString());
        assertEquals(0, cli.exit(), cli::toString);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("query", report.get("joined_on").asText(), report::toString);
        JsonNode c = report.get("comparisons").get(0);
        assertEquals(QUERIES, c.get("n").asInt());
        assertEquals(mean(base), c.get("baseline").asDouble(), 1e-12);
        assertEquals(mean(cand), c.get("candidate").asDouble(), 1e-12);
        TestResult t = PairedComparisons.compare(mean(), units(base), units(cand), PairedTest.AUTO, 0.95,
                Resampling.of(5).withResamples(300));
        assertEquals(PairedTest.PAIRED_T, t.method());
        assertEquals("paired_t", c.get("test").asText());
        assertEquals(t.difference(), c.get("difference").asDouble(), 1e-12);
        assertEquals(t.statistic(), c.get("statistic").asDouble(), 1e-9);
        assertEquals(t.pValue(), c.get("p_value").asDouble(), 1e-12);
        assertEquals(t.interval().low(), c.get("ci").get("low").asDouble(), 1e-12);
        assertEquals(t.interval().high(), c.get("ci").get("high").asDouble(), 1e-12);
        assertTrue(c.get("significant").asBoolean() && cli.out().contains("improved"), cli::toString);
    }

    @Test
    void rankingEvaluateOnTrecFilesGetsTheIntervalOfTheMeanOverQueries() throws Exception {
        double[] base = run("base.txt", 0.3, SEED, false);
        Path json = dir.resolve("ev.json");
        CliRun cli = CliRun.of("evaluate", "--plan", rankingPlan("confidence: {level: 0.9}\n").toString(), "--json",
                json.toString());
        assertEquals(0, cli.exit(), cli::toString);
        JsonNode ci = new ObjectMapper().readTree(json.toFile()).get("results").get(0).get("ci");
        Interval t = ConfidenceIntervals.interval(mean(), units(base), IntervalMethod.AUTO, 0.9, Resampling.of(0));
        assertEquals(IntervalMethod.T, t.method());
        assertEquals("t", ci.get("method").asText(), ci::toString);
        assertEquals(t.low(), ci.get("low").asDouble(), 1e-12);
        assertEquals(t.high(), ci.get("high").asDouble(), 1e-12);
        assertTrue(t.low() < mean(base) && mean(base) < t.high());

        Path boot = rankingPlan("confidence: {method: percentile, resamples: 500, seed: 9}\n");
        assertEquals(0, CliRun.of("evaluate", "--plan", boot.toString(), "--json", json.toString()).exit());
        JsonNode bci = new ObjectMapper().readTree(json.toFile()).get("results").get(0).get("ci");
        Interval p = ConfidenceIntervals.interval(mean(), units(base), IntervalMethod.PERCENTILE, 0.95,
                Resampling.of(9).withResamples(500));
        assertEquals("percentile", bci.get("method").asText());
        assertEquals(p.low(), bci.get("low").asDouble(), 1e-12);
        assertEquals(p.high(), bci.get("high").asDouble(), 1e-12);
    }

    @Test
    void rankingBoundGuardrailUsesTheIntervalOverQueries() throws Exception {
        double[] base = run("base.txt", 0.3, SEED, false);
        Interval t = ConfidenceIntervals.interval(mean(), units(base), IntervalMethod.T, 0.95, Resampling.of(0));
        double inside = Math.round((t.low() + mean(base)) / 2 * 1000) / 1000.0;
        Path plan = dir.resolve("g.yaml");
        Files.writeString(plan, "task: ranking\ndata: {run: base.txt, qrels: qrels.txt}\nmetrics:\n"
                + "  - {id: rr, name: mrr}\nguardrails:\n  - {metric: rr, min: " + inside + "}\n"
                + "  - {metric: rr, min: " + inside + ", bound: lower}\n");
        CliRun cli = CliRun.of("evaluate", "--plan", plan.toString());
        assertEquals(1, cli.exit(), cli::toString);
        assertTrue(cli.out().contains("decision: INCONCLUSIVE"), cli::toString);
        assertTrue(cli.out().contains("straddles the limit " + inside), "the point passes, the lower bound does not\n"
                + cli);
    }

    @Test
    void generationCompareOfJsonLinesPairsRowsByIdAndMatchesThePairedBootstrap() throws Exception {
        String[] words = {"the", "order", "ships", "today", "refund", "is", "on", "its", "way", "track", "package",
            "in", "two", "days", "contact", "us"};
        Random rnd = new Random(SEED);
        int n = 60;
        String[] hypB = new String[n];
        String[] hypC = new String[n];
        String[][] refs = new String[n][];
        StringBuilder b = new StringBuilder();
        List<String> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] ref = sentence(words, rnd, 8 + rnd.nextInt(5));
            refs[i] = new String[] {String.join(" ", ref)};
            hypB[i] = String.join(" ", perturb(ref, words, rnd, 0.5));
            hypC[i] = String.join(" ", perturb(ref, words, rnd, 0.25));
            b.append(String.format("{\"id\": \"g%d\", \"hyp\": \"%s\", \"refs\": [\"%s\"]}%n", i, hypB[i], refs[i][0]));
            c.add(String.format("{\"id\": \"g%d\", \"hyp\": \"%s\", \"refs\": [\"%s\"]}", i, hypC[i], refs[i][0]));
        }
        Collections.shuffle(c, new Random(SEED + 3));
        Files.writeString(dir.resolve("base.jsonl"), b);
        Files.writeString(dir.resolve("cand.jsonl"), String.join("\n", c) + "\n");
        Path plan = dir.resolve("gen.yaml");
        Files.writeString(plan, "task: generation\ndata: {path: base.jsonl, id: id, prediction: hyp, references: refs}\n"
                + "confidence: {resamples: 200, seed: 11}\nmetrics:\n  - {id: bleu, name: bleu, test: bootstrap}\n");
        Path json = dir.resolve("cmp.json");
        CliRun cli = CliRun.of("compare", "--plan", plan.toString(), "--baseline", dir.resolve("base.jsonl").toString(),
                "--candidate", dir.resolve("cand.jsonl").toString(), "--json", json.toString());
        assertEquals(0, cli.exit(), cli::toString);
        JsonNode row = new ObjectMapper().readTree(json.toFile()).get("comparisons").get(0);
        Metric<?> bleu = MetricCatalog.require(Task.GENERATION, "bleu").create(Map.of(),
                new TaskContext(Task.GENERATION, 0.5, List.of(), false, false));
        TestResult t = PairedComparisons.compare(bleu, Columns.builder(n).text(hypB).references(refs).build(),
                Columns.builder(n).text(hypC).references(refs).build(), PairedTest.BOOTSTRAP, 0.95,
                Resampling.of(11).withResamples(200));
        assertEquals("bootstrap", row.get("test").asText());
        assertEquals(n, row.get("n").asInt());
        assertEquals(t.difference(), row.get("difference").asDouble(), 1e-9);
        assertTrue(t.difference() > 0, "the candidate keeps more of the reference");
        assertEquals(t.pValue(), row.get("p_value").asDouble(), 1e-12);
        assertEquals(t.interval().low(), row.get("ci").get("low").asDouble(), 1e-9);
        assertEquals(t.interval().high(), row.get("ci").get("high").asDouble(), 1e-9);
    }

    private static String[] sentence(String[] words, Random rnd, int len) {
        String[] out = new String[len];
        for (int i = 0; i < len; i++) {
            out[i] = words[rnd.nextInt(words.length)];
        }
        return out;
    }

    /** @return the reference with each word replaced by a random one with probability {@code p} */
    private static String[] perturb(String[] ref, String[] words, Random rnd, double p) {
        String[] out = ref.clone();
        for (int i = 0; i < out.length; i++) {
            if (rnd.nextDouble() < p) {
                out[i] = words[rnd.nextInt(words.length)];
            }
        }
        return out;
    }
}
