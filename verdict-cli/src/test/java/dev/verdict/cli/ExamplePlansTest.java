package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bundled example runs end to end and reaches the decision its story tells. */
final class ExamplePlansTest {
    private static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !p.resolve("examples").toFile().isDirectory()) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/ not found");
        }
        return p.resolve("examples");
    }

    @ParameterizedTest
    @CsvSource({
        "fraud/plan.yaml, 1, FAIL recall >= 0.25 on country=US",
        "churn/plan.yaml, 0, decision: PASS",
        "tickets/plan.yaml, 1, FAIL recall_per_class[urgent] >= 0.4 on all",
        "delivery/plan.yaml, 0, decision: PASS",
        "search/plan.yaml, 0, decision: PASS",
        "assistant/plan.yaml, 0, decision: PASS",
    })
    void exampleReachesItsDecision(String plan, int exit, String expected) {
        CliRun run = CliRun.of("evaluate", "--plan", examples().resolve(plan).toString());
        assertEquals(exit, run.exit(), run::toString);
        assertTrue(run.out().contains(expected),
                run::toString);
    }

    @org.junit.jupiter.api.Test
    void searchJudgesNdcgAndTheLatencyP99OfItsQueriesAndReportsTheLatencyDistribution(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("evaluate", "--plan", examples().resolve("search/plan.yaml").toString(), "--report",
                out.toString(), "--json", dir.resolve("out.json").toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("PASS"), run::toString);
        assertTrue(run.out().contains("1 guardrail slice(s) below min_slice_size 10"), run::toString);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("out.json").toFile());
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> rows = new java.util.HashMap<>();
        json.get("results").forEach(r -> rows.put(r.get("id").asText() + " " + r.get("slice").asText(), r));
        // numpy 1.24: np.percentile(pd.read_csv("examples/search/queries.csv").latency_ms, 99)
        assertEquals(259.606, rows.get("p99 all").get("value").asDouble(), 1e-9);
        assertEquals(50, rows.get("p99 all").get("n").asInt());
        // ... over the billing queries only (10 rows)
        assertEquals(229.82100000000003, rows.get("p99 category=billing").get("value").asDouble(), 1e-9);
        // trec_eval 10.0 -m ndcg_cut.10 examples/search/qrels.txt examples/search/run.txt (printing %.17g)
        assertEquals(0.2422837093516414, rows.get("ndcg10 all").get("value").asDouble(), 1e-12);
        assertEquals(7, rows.get("ndcg10 category=account").get("detail").get("num_q").asInt());
        boolean p99Checked = false;
        for (com.fasterxml.jackson.databind.JsonNode c : json.get("decision").get("checks")) {
            p99Checked |= c.get("guardrail").asText().equals("p99 <= 300") && c.get("status").asText().equals("pass");
        }
        assertTrue(p99Checked, json.get("decision")::toString);
        String html = java.nio.file.Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("latency_ms per query distribution"), "no latency section in report.html");
    }

    @org.junit.jupiter.api.Test
    void fraudReleaseNeedsTheBaselineAndPassesAgainstIt() {
        Path plan = examples().resolve("fraud/release.yaml");
        CliRun without = CliRun.of("evaluate", "--plan", plan.toString());
        assertEquals(2, without.exit(), without::toString);
        CliRun with = CliRun.of("evaluate", "--plan", plan.toString(), "--baseline",
                examples().resolve("fraud/baseline.csv").toString());
        assertEquals(0, with.exit(), with::toString);
        assertTrue(with.out().contains("decision: PASS"), with::toString);
    }

    /** The fraud example's log loss is worse in Brazil: a non-proportion slice flagged by Welch's t in results.json. */
    @org.junit.jupiter.api.Test
    void fraudFlagsSlicesOfEveryKindOfMetricInTheJson(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun run = CliRun.of("evaluate", "--plan", examples().resolve("fraud/plan.yaml").toString(), "--json",
                json.toString());
        assertEquals(1, run.exit(), run::toString);
        com.fasterxml.jackson.databind.JsonNode gaps = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).get("slice_gaps");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byKey = new java.util.HashMap<>();
        gaps.forEach(g -> byKey.put(g.get("metric").asText() + "/" + g.get("slices_of").asText(), g));
        com.fasterxml.jackson.databind.JsonNode logLoss = byKey.get("log_loss/country");
        com.fasterxml.jackson.databind.JsonNode br = logLoss.get("significantly_worse").get(0);
        assertEquals("country=BR", br.get("slice").asText());
        assertEquals("welch_t", br.get("method").asText());
        assertTrue(br.get("p_adjusted").asDouble() < 0.05);
        assertEquals(5, logLoss.get("tests").size());
        com.fasterxml.jackson.databind.JsonNode t = logLoss.get("tests").get(0);
        for (String f : new String[] {"slice", "n", "value", "method", "rest_n", "rest_value", "statistic",
            "standard_error", "p_value", "p_adjusted", "significantly_worse", "reason"}) {
            assertTrue(t.has(f), f + " in " + t);
        }
        assertEquals(6000, t.get("n").asInt() + t.get("rest_n").asInt());
        assertEquals("delong", byKey.get("auc/country").get("tests").get(0).get("method").asText());
        assertEquals("bootstrap_z", byKey.get("ap/country").get("tests").get(0).get("method").asText());
        assertEquals("two_proportion_z", byKey.get("recall/country").get("significantly_worse").get(0).get("method")
                .asText());
        assertTrue(byKey.get("confusion/country").get("tests").get(0).get("reason").asText().contains("count"));
        assertEquals(12, byKey.get("ap/country,device").get("tests").size(), "3 crosses below min_slice_size 200");
    }
}
