package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict evaluate} with a plan that decides: exit 0/1/2, the decision JSON, lock and --require-lock. */
final class DecisionEndToEndTest {
    /** 8 rows, recall at 0.5: US 2/2, FR 1/2. */
    private static final String CSV = "id,y,p,country,ts\n"
            + "a,1,0.9,US,1767225600\nb,1,0.8,US,1767225660\nc,0,0.7,US,1767225720\nd,0,0.1,US,1767225780\n"
            + "e,1,0.9,FR,1767225840\nf,1,0.2,FR,1767225900\ng,0,0.3,FR,1767225960\nh,0,0.1,FR,1767226020\n";

    @TempDir
    Path dir;

    private Path plan(String guardrails) throws IOException {
        Files.writeString(dir.resolve("preds.csv"), CSV);
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "name: e2e\npurpose: \"test the decision\"\nowner: qa\n"
                + "task: binary\ndata: {path: preds.csv, id: id, label: y, score: p, time: ts}\nslices: [country]\n"
                + "metrics:\n  - {id: rec, name: recall, role: primary, level: L1}\n"
                + "  - {id: pr, name: positive_rate, role: guardrail, level: L2}\n" + guardrails);
        return p;
    }

    private static CliRun evaluate(Path plan, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "evaluate";
        args[1] = "--plan";
        args[2] = plan.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void passingPlanExitsZeroAndWritesTheDecision() throws Exception {
        Path p = plan("guardrails:\n  - {metric: rec, slice: \"country=*\", min: 0.5}\n"
                + "scorecard:\n  rec: {weight: 1, floor: 0.5, target: 1.0}\n");
        Path json = dir.resolve("r.json");
        CliRun run = evaluate(p, "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("decision: PASS"), run::toString);
        JsonNode d = new ObjectMapper().readTree(json.toFile()).get("decision");
        assertEquals("pass", d.get("outcome").asText());
        assertEquals(0.5, d.get("score").asDouble(), 1e-12, "recall 0.75 between floor 0.5 and target 1");
        JsonNode check = d.get("checks").get(0);
        assertEquals("country=FR", check.get("slice").asText());
        assertEquals(0.5, check.get("value").asDouble(), 1e-12);
        assertEquals(0.5, check.get("limit").asDouble(), 1e-12);
        assertEquals("pass", check.get("status").asText());
        assertTrue(check.has("ci"));
        JsonNode design = new ObjectMapper().readTree(json.toFile()).get("design");
        assertEquals("qa", design.get("owner").asText());
        assertEquals("primary", design.get("metrics").get(0).get("role").asText());
        assertEquals("unlocked", design.get("lock").get("status").asText());
    }

    @Test
    void failingGuardrailExitsOne() throws Exception {
        CliRun run = evaluate(plan("guardrails:\n  - {metric: rec, slice: \"country=*\", min: 0.6}\n"));
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("FAIL rec >= 0.6 on country=FR"), run::toString);
    }

    @Test
    void inconclusiveExitsOneUnlessThePlanSaysReport() throws Exception {
        String g = "guardrails:\n  - {metric: rec, min: 0.6, bound: lower}\n";
        assertEquals(1, evaluate(plan(g)).exit(), "no interval: inconclusive, which fails by default");
        CliRun report = evaluate(plan(g + "decision: {inconclusive: report}\n"));
        assertEquals(0, report.exit(), report::toString);
        assertTrue(report.out().contains("decision: INCONCLUSIVE"), report::toString);
    }

    @Test
    void badInputExitsTwoNamingThePlanLine() throws Exception {
        CliRun unknown = evaluate(plan("guardrails:\n  - {metric: recall, min: 0.6}\n"));
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("plan.yaml:11: guardrails[0]: unknown metric 'recall'"), unknown::toString);
        CliRun slice = evaluate(plan("guardrails:\n  - {metric: rec, slice: \"country=DE\", min: 0.6}\n"));
        assertEquals(2, slice.exit());
        assertTrue(slice.err().contains("plan.yaml:11: guardrail on metric 'rec': slice 'country=DE' does not exist"),
                slice::toString);
        CliRun weights = evaluate(plan("scorecard:\n  rec: {weight: 0.6, floor: 0, target: 1}\n"));
        assertEquals(2, weights.exit());
        assertTrue(weights.err().contains("scorecard weights sum to 0.6"), weights::toString);
        CliRun floor = evaluate(plan("scorecard:\n  rec: {weight: 1, floor: 1, target: 1}\n"));
        assertEquals(2, floor.exit());
        assertTrue(floor.err().contains("plan.yaml:11: scorecard.rec: floor and target are both"), floor::toString);
        CliRun baseline = evaluate(plan("guardrails:\n  - {metric: rec, max_drop: 0.1, vs: baseline}\n"));
        assertEquals(2, baseline.exit());
        assertTrue(baseline.err().contains("plan.yaml:11: guardrail 'rec drops at most 0.1 vs baseline'")
                && baseline.err().contains("--baseline"), baseline::toString);
    }

    @Test
    void baselineGuardrailComparesWithTheBaselineFile() throws Exception {
        Path p = plan("guardrails:\n  - {metric: rec, max_drop: 0.1, vs: baseline}\n");
        Path base = dir.resolve("base.csv");
        Files.writeString(base, CSV.replace("f,1,0.2,FR", "f,1,0.6,FR"));
        CliRun worse = evaluate(p, "--baseline", base.toString());
        assertEquals(1, worse.exit(), "recall 0.75 vs baseline 1.0: a drop of 0.25\n" + worse);
        CliRun same = evaluate(p, "--baseline", dir.resolve("preds.csv").toString());
        assertEquals(0, same.exit(), same::toString);
    }

    @Test
    void lockAndRequireLock() throws Exception {
        Path p = plan("guardrails:\n  - {metric: rec, min: 0.5}\n");
        CliRun unlocked = evaluate(p, "--require-lock");
        assertEquals(2, unlocked.exit());
        assertTrue(unlocked.err().contains("the plan is not locked"), unlocked::toString);
        CliRun lock = CliRun.of("plan", "lock", p.toString());
        assertEquals(0, lock.exit(), lock::toString);
        assertTrue(Files.exists(dir.resolve("plan.lock")));
        CliRun locked = evaluate(p, "--require-lock");
        assertEquals(0, locked.exit(), locked::toString);
        assertTrue(locked.out().contains("plan lock: locked"), locked::toString);
        assertTrue(locked.out().contains("after the data's newest timestamp (2026-01-01T00:07:00Z)"),
                "locked now, after the 2026-01-01 data\n" + locked);
        Files.writeString(p, Files.readString(p).replace("min: 0.5", "min: 0.4"));
        CliRun changed = evaluate(p, "--require-lock");
        assertEquals(2, changed.exit());
        assertTrue(changed.err().contains("the plan changed after it was locked"), changed::toString);
        CliRun reported = evaluate(p);
        assertEquals(0, reported.exit(), "without --require-lock a change is reported, not an error");
        assertTrue(reported.out().contains("CHANGED"), reported::toString);
    }

    @Test
    void lockingAnInvalidPlanFails() throws Exception {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, "task: binary\n");
        CliRun run = CliRun.of("plan", "lock", p.toString());
        assertEquals(2, run.exit());
        assertTrue(!Files.exists(dir.resolve("bad.lock")));
    }

    @Test
    void reportShowsTheDecisionAndTheHierarchy() throws Exception {
        Path p = plan("guardrails:\n  - {metric: rec, slice: \"country=*\", min: 0.6}\n");
        Path out = dir.resolve("report");
        CliRun run = evaluate(p, "--report", out.toString());
        assertEquals(1, run.exit(), run::toString);
        String html = Files.readString(out.resolve("report.html"));
        for (String s : new String[] {"id=\"decision\"", "badge fail", "Guardrail checks", "test the decision",
            "role primary", "L1"}) {
            assertTrue(html.contains(s), s);
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("Decision: FAIL"), md);
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals("fail", results.get("decision").get("outcome").asText());
    }
}
