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
