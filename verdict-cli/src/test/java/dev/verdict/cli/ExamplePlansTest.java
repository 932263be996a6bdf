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
}
