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
 * {@code verdict evaluate --baseline} judged by the paired comparison engine, and guardrails with {@code bound}
 * getting an auto interval, end to end on seeded CSV files; the judged intervals are cross-checked against
 * verdict-stats called directly on the same paired rows.
 */
final class BaselineGuardrailEndToEndTest {
    private static final long SEED = 20261123L;
    private static final int N = 400;
    private static final TaskContext BINARY = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);

    @TempDir
    Path dir;

    private final int[] label = new int[N];
    private final double[] base = new double[N];

    /** Writes the baseline (signal strength 1.5) and returns its scores; labels ~30% positive. */
    private Path baseline() throws IOException {
        Random rnd = new Random(SEED);
        for (int i = 0; i < N; i++) {
            label[i] = rnd.nextDouble() < 0.3 ? 1 : 0;
            base[i] = round(1 / (1 + Math.exp(-(label[i] * 1.5 + rnd.nextGaussian() - 0.8))));
        }
        return write("base.csv", base, false);
    }

    /** @return a candidate's scores: {@code strength} times the label plus its own noise */
    private double[] candidate(double strength, long seed) {
        Random rnd = new Random(seed);
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            out[i] = round(1 / (1 + Math.exp(-(label[i] * strength + rnd.nextGaussian() - 0.8))));
        }
        return out;
    }

    private Path write(String name, double[] score, boolean shuffle) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            rows.add(String.format(Locale.ROOT, "r%d,%d,%s,%s", i, label[i], score[i], i % 2 == 0 ? "web" : "app"));
        }
        if (shuffle) {
            Collections.shuffle(rows, new Random(SEED + 7));
        }
        Path p = dir.resolve(name);
        Files.writeString(p, "id,y,p,channel\n" + String.join("\n", rows) + "\n");
        return p;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private Path plan(String guardrails) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: binary\ndata: {path: cand.csv, id: id, label: y, score: p}\nslices: [channel]\n"
                + "metrics:\n  - {id: auc, name: roc_auc}\n  - {id: rec, name: recall}\nguardrails:\n" + guardrails);
        return p;
    }

    private static Metric<?> metric(String name) {
        return MetricCatalog.require(Task.BINARY, name).create(Map.of(), BINARY);
    }

    private Columns rows(double[] score) {
        return Columns.builder(N).label(label).score(score).build();
    }

    private JsonNode check(Path plan, Path baseline, int exit) throws IOException {
        Path json = dir.resolve("out.json");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--baseline", baseline.toString(), "--json",
                json.toString());
        assertEquals(exit, run.exit(), run::toString);
        JsonNode checks = new ObjectMapper().readTree(json.toFile()).get("decision").get("checks");
        assertEquals(1, checks.size(), checks::toString);
        return checks.get(0);
    }

    /** Asserts the check's value and interval are the DeLong comparison of the candidate with the baseline. */
    private static void assertDeLong(JsonNode check, TestResult expected) {
        assertEquals(expected.difference(), check.get("value").asDouble(), 1e-12, check::toString);
        assertEquals("delong", check.get("ci").get("method").asText(), check::toString);
        assertEquals(expected.interval().low(), check.get("ci").get("low").asDouble(), 1e-12);
        assertEquals(expected.interval().high(), check.get("ci").get("high").asDouble(), 1e-12);
    }

    @Test
    void aClearRegressionFailsAClearImprovementPassesAnEqualModelIsInconclusive() throws Exception {
        Path basePath = baseline();
        Path plan = plan("  - {metric: auc, max_drop: 0.01, vs: baseline}\n");

        double[] worse = candidate(0.4, SEED + 1);
        write("cand.csv", worse, true);
        JsonNode fail = check(plan, basePath, 1);
        TestResult w = PairedComparisons.compare(metric("roc_auc"), rows(base), rows(worse), PairedTest.DELONG, 0.95,
                Resampling.of(0));
        assertDeLong(fail, w);
        assertTrue(w.interval().high() < -0.01, "the whole interval is below -max_drop: " + w.interval());
        assertEquals("fail", fail.get("status").asText(), fail::toString);

        double[] better = candidate(3.5, SEED + 2);
        write("cand.csv", better, true);
        JsonNode pass = check(plan, basePath, 0);
        TestResult b = PairedComparisons.compare(metric("roc_auc"), rows(base), rows(better), PairedTest.DELONG,
                0.95, Resampling.of(0));
        assertDeLong(pass, b);
        assertEquals("pass", pass.get("status").asText(), pass::toString);

        double[] noisy = candidate(1.5, SEED + 3);
        write("cand.csv", noisy, true);
        JsonNode open = check(plan, basePath, 1);
        TestResult n = PairedComparisons.compare(metric("roc_auc"), rows(base), rows(noisy), PairedTest.DELONG, 0.95,
                Resampling.of(0));
        assertDeLong(open, n);
        assertTrue(n.interval().low() < -0.01 && n.interval().high() > -0.01, n.interval()::toString);
        assertEquals("inconclusive", open.get("status").asText(), open::toString);
        assertTrue(open.get("reason").asText().contains("straddles the limit -0.01"), open::toString);
    }

    @Test
    void minGainNeedsTheWholeIntervalAboveTheGain() throws Exception {
        Path basePath = baseline();
        double[] better = candidate(3.5, SEED + 2);
        write("cand.csv", better, true);
        TestResult b = PairedComparisons.compare(metric("roc_auc"), rows(base), rows(better), PairedTest.DELONG,
                0.95, Resampling.of(0));
        double justBelowLow = Math.floor(b.interval().low() * 1000) / 1000;
        assertEquals("pass", check(plan("  - {metric: auc, min_gain: " + justBelowLow + ", vs: baseline}\n"),
                basePath, 0).get("status").asText());
        double inside = Math.round((b.interval().low() + b.interval().high()) / 2 * 1000) / 1000.0;
        Path straddle = plan("  - {metric: auc, min_gain: " + inside + ", vs: baseline}\n"
                + "decision: {inconclusive: report}\n");
        assertEquals("inconclusive", check(straddle, basePath, 0).get("status").asText());
    }

    @Test
    void baselineGuardrailsWithoutAnIdColumnAreAnError() throws Exception {
        Path basePath = baseline();
        write("cand.csv", base, false);
        Path plan = dir.resolve("noid.yaml");
        Files.writeString(plan, "task: binary\ndata: {path: cand.csv, label: y, score: p}\nmetrics: [{id: auc, "
                + "name: roc_auc}]\nguardrails:\n  - {metric: auc, max_drop: 0.01, vs: baseline}\n");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--baseline", basePath.toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("data.id"), run::toString);
    }

    @Test
    void aBoundGuardrailWithoutCiGetsTheAutoInterval() throws Exception {
        baseline();
        write("cand.csv", base, false);
        Interval wilson = ConfidenceIntervals.interval(metric("recall"), rows(base), IntervalMethod.AUTO, 0.95,
                Resampling.of(0).stratified());
        assertEquals(IntervalMethod.WILSON, wilson.method(), "auto picks wilson for recall");
        double below = Math.floor(wilson.low() * 100) / 100;
        Path json = dir.resolve("r.json");
        CliRun run = CliRun.of("evaluate", "--plan", plan("  - {metric: rec, min: " + below + ", bound: lower}\n")
                .toString(), "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        JsonNode results = new ObjectMapper().readTree(json.toFile()).get("results");
        JsonNode rec = results.get(3);
        assertEquals("rec", rec.get("id").asText());
        assertEquals("wilson", rec.get("ci").get("method").asText());
        assertEquals(wilson.low(), rec.get("ci").get("low").asDouble(), 1e-12);
        assertEquals(wilson.high(), rec.get("ci").get("high").asDouble(), 1e-12);
        assertTrue(!results.get(0).has("ci"), "auc has no bound guardrail and no ci: key");
        double inside = Math.round(wilson.low() * 100 + 1) / 100.0;
        CliRun open = CliRun.of("evaluate", "--plan", plan("  - {metric: rec, min: " + inside + ", bound: lower}\n"
                + "decision: {inconclusive: report}\n").toString());
        assertEquals(0, open.exit(), open::toString);
        assertTrue(open.out().contains("decision: INCONCLUSIVE") && open.out().contains("straddles"),
                open::toString);
        double above = Math.ceil(wilson.high() * 100) / 100 + 0.01;
        assertEquals(1, CliRun.of("evaluate", "--plan", plan("  - {metric: rec, min: " + above + ", bound: lower}\n")
                .toString()).exit(), "the whole interval below the minimum fails");
    }
}
