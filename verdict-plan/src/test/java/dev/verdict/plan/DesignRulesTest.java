package dev.verdict.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.plan.DesignSpec.Bound;
import dev.verdict.plan.DesignSpec.Guardrail;
import dev.verdict.plan.DesignSpec.Inconclusive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metric-design keys of a plan: every key parsed, every mistake reported with its plan line. */
final class DesignRulesTest {
    private static final String HEAD = "task: binary\ndata: {path: p.csv, label: y, score: p}\n";
    private static final String METRICS = "metrics:\n"
            + "  - {id: ap, name: mean_score, role: primary, level: L1}\n"
            + "  - {id: rec, name: mean_score, beta: 2, role: secondary, level: 2}\n"
            + "  - {id: cost, name: mean_score, role: guardrail, level: L3, ci: percentile, test: bootstrap}\n";

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    private Plan load(String yaml) throws IOException {
        return PlanLoader.load(write(yaml), TestMetrics.LOOKUP);
    }

    /** @return the message; asserts it names the plan file and {@code line} */
    private String error(String yaml, int line) throws IOException {
        Path p = write(yaml);
        String msg = assertThrows(InvalidInputException.class, () -> PlanLoader.load(p, TestMetrics.LOOKUP))
                .getMessage();
        assertTrue(msg.startsWith("plan " + p + ":" + line + ": "), msg);
        return msg;
    }

    private static void assertContains(String msg, String... fragments) {
        for (String f : fragments) {
            assertTrue(msg.contains(f), () -> "expected '" + f + "' in: " + msg);
        }
    }

    @Test
    void parsesEveryDesignKey() throws Exception {
        Plan plan = load("name: fraud-model-v7\npurpose: \"Catch fraud\"\nowner: risk-ml\n"
                + "review: {cadence: quarterly, next: 2027-02-01}\n" + HEAD
                + "slices: [country, [country, device]]\nmin_slice_size: 200\n" + METRICS
                + "guardrails:\n"
                + "  - {metric: rec, slice: \"country=*\", min: 0.60, bound: lower}\n"
                + "  - {metric: cost, max: 0.02}\n"
                + "  - {metric: ap, max_drop: 0.01, vs: baseline}\n"
                + "  - {metric: rec, slice: \"country=US,device=*\", min: 0.1, max: 0.9, bound: upper, class: a}\n"
                + "scorecard:\n  ap: {weight: 0.5, floor: 0.30, target: 0.60}\n"
                + "  cost: {weight: 0.5, floor: 5.0, target: 1.0}\n"
                + "decision: {inconclusive: report, min_score: 0.5}\n");
        DesignSpec d = plan.design();
        assertEquals("fraud-model-v7", d.name());
        assertEquals("Catch fraud", d.purpose());
        assertEquals("risk-ml", d.owner());
        assertEquals(new DesignSpec.Review("quarterly", "2027-02-01"), d.review());
        assertEquals(200, d.minSliceSize());
        assertEquals(DesignSpec.DEFAULT_SLICE_TEST_RESAMPLES, d.sliceTestResamples());
        assertEquals(List.of("country"), plan.slices());
        assertEquals(List.of(List.of("country", "device")), d.crosses());
        assertEquals(4, d.guardrails().size());
        assertEquals(new Guardrail("rec", "country=*", 0.60, null, null, null, Bound.LOWER, null, 14),
                d.guardrails().get(0));
        assertEquals(new Guardrail("ap", "all", null, null, 0.01, null, Bound.POINT, null, 16),
                d.guardrails().get(2));
        assertTrue(d.guardrails().get(2).vsBaseline());
        assertTrue(d.needsBaseline());
        assertEquals("a", d.guardrails().get(3).cls());
        assertEquals(Bound.UPPER, d.guardrails().get(3).bound());
        assertEquals(new DesignSpec.ScoreLine("cost", 0.5, 5.0, 1.0, 20), d.scorecard().get(1));
        assertEquals(Inconclusive.REPORT, d.policy().inconclusive());
        assertEquals(0.5, d.policy().minScore());
        assertTrue(d.decides());
    }

    @Test
    void rolesAndLevelsAreNotMetricParameters() throws Exception {
        Plan plan = load(HEAD + METRICS);
        MetricSpec ap = plan.metrics().get(0);
        assertEquals(new MetricDesign(MetricDesign.Role.PRIMARY, 1), ap.design());
        assertEquals(new MetricDesign(MetricDesign.Role.SECONDARY, 2), plan.metrics().get(1).design());
        assertEquals(new MetricDesign(MetricDesign.Role.GUARDRAIL, 3), plan.metrics().get(2).design());
        assertTrue(ap.rawParams().isEmpty(), ap.rawParams().toString());
        assertEquals(java.util.Map.of("beta", 2L), plan.metrics().get(1).rawParams());
        assertTrue(plan.metrics().get(2).rawParams().isEmpty(), "ci and test belong to the statistics layer");
    }

    @Test
    void aPlanWithoutDesignHasTheEmptyDesign() throws Exception {
        Plan plan = load(HEAD + "metrics: [{name: mean_score}]\n");
        assertEquals(DesignSpec.EMPTY, plan.design());
        assertFalse(plan.design().decides());
        assertEquals(MetricDesign.NONE, plan.metrics().get(0).design());
        assertNull(plan.design().name());
    }

    @Test
    void guardrailOnAnUnknownMetricNamesTheLineAndTheIds() throws Exception {
        assertContains(error(HEAD + METRICS + "guardrails:\n  - {metric: recall, min: 0.5}\n", 8),
                "guardrails[0]: unknown metric 'recall'", "[ap, rec, cost]");
    }

    @Test
    void guardrailSliceMustBeOverAPlanSlice() throws Exception {
        assertContains(error(HEAD + "slices: [country]\n" + METRICS
                + "guardrails:\n  - {metric: ap, slice: \"device=*\", min: 0.5}\n", 9),
                "slice 'device=*' is not over a slice of the plan", "[country]");
        assertContains(error(HEAD + "slices: [country, [country, device]]\n" + METRICS
                + "guardrails:\n  - {metric: ap, slice: \"device=*,country=*\", min: 0.5}\n", 9),
                "'slices' gives [country, country,device]");
        assertContains(error(HEAD + "slices: [country]\n" + METRICS
                + "guardrails:\n  - {metric: ap, slice: \"country\", min: 0.5}\n", 9), "must look like");
    }

    @Test
    void guardrailLimitMistakes() throws Exception {
        String g = HEAD + METRICS + "guardrails:\n";
        assertContains(error(g + "  - {metric: ap}\n", 8), "needs a limit");
        assertContains(error(g + "  - {metric: ap, min: 0.9, max: 0.1}\n", 8), "min 0.9 is above max 0.1");
        assertContains(error(g + "  - {metric: ap, max_drop: 0.1}\n", 8), "add vs: baseline");
        assertContains(error(g + "  - {metric: ap, min: 0.1, vs: baseline}\n", 8), "needs max_drop or min_gain");
        assertContains(error(g + "  - {metric: ap, max_drop: 0.1, min: 0.2, vs: baseline}\n", 8), "not both");
        assertContains(error(g + "  - {metric: ap, max_drop: -0.1, vs: baseline}\n", 8), "max_drop must be >= 0");
        assertContains(error(g + "  - {metric: ap, min: 0.1, bound: median}\n", 8), "point, lower or upper");
        assertContains(error(g + "  - {metric: ap, min: high}\n", 8), "'guardrails[0].min' must be a finite number");
        assertContains(error(g + "  - {metric: ap, min: 0.1, vs: champion}\n", 8), "'vs' must be baseline");
        assertContains(error(g + "  - {metric: ap, min: 0.1, limit: 3}\n", 8), "unknown guardrails[0] key 'limit'");
    }

    @Test
    void scorecardWeightsMustSumToOne() throws Exception {
        assertContains(error(HEAD + METRICS + "scorecard:\n  ap: {weight: 0.5, floor: 0, target: 1}\n"
                + "  cost: {weight: 0.4, floor: 5, target: 1}\n", 8), "scorecard weights sum to 0.9");
    }

    @Test
    void scorecardFloorEqualToTargetIsAnError() throws Exception {
        assertContains(error(HEAD + METRICS + "scorecard:\n  ap: {weight: 1, floor: 0.5, target: 0.5}\n", 8),
                "scorecard.ap: floor and target are both 0.5");
    }

    @Test
    void scorecardMistakes() throws Exception {
        assertContains(error(HEAD + METRICS + "scorecard:\n  auc: {weight: 1, floor: 0, target: 1}\n", 8),
                "unknown metric 'auc'");
        assertContains(error(HEAD + METRICS + "scorecard:\n  ap: {weight: 1, floor: 0}\n", 8), "needs 'target'");
        assertContains(error(HEAD + METRICS + "scorecard:\n  ap: {weight: 1, floor: 0, target: 1, cap: 2}\n", 8),
                "unknown scorecard.ap key 'cap'");
    }

    @Test
    void roleLevelAndOtherKeyMistakes() throws Exception {
        assertContains(error(HEAD + "metrics:\n  - {id: ap, name: mean_score, role: main}\n", 4),
                "metrics[0] (id ap): 'role' must be primary, secondary, guardrail or diagnostic");
        assertContains(error(HEAD + "metrics:\n  - {id: ap, name: mean_score, level: L4}\n", 4),
                "'level' must be L1 (model), L2 (system) or L3 (business)");
        assertContains(error("review: {next: soon}\n" + HEAD + METRICS, 1), "ISO date");
        assertContains(error("min_slice_size: -3\n" + HEAD + METRICS, 1), "whole number >= 0");
        assertContains(error("slice_gaps: {resamples: 1}\n" + HEAD + METRICS, 1), "0 (no bootstrap test) or a whole");
        assertContains(error("slice_gaps: {resamples: 2.5}\n" + HEAD + METRICS, 1), "'slice_gaps.resamples'");
        assertContains(error("slice_gaps: {alpha: 0.1}\n" + HEAD + METRICS, 1), "unknown slice_gaps key 'alpha'");
        assertContains(error("slice_gaps: 200\n" + HEAD + METRICS, 1), "'slice_gaps' must be a mapping");
        assertContains(error(HEAD + METRICS + "decision: {inconclusive: maybe}\n", 7), "fail, pass or report");
        assertContains(error(HEAD + METRICS + "decision: {min_score: 0.5}\n", 7), "needs a scorecard");
        assertContains(error(HEAD + "slices: [[country]]\n" + METRICS, 3), "2 or more distinct columns");
        assertContains(error("owner: [a, b]\n" + HEAD + METRICS, 1), "'owner' must be a non-empty string");
    }

    @Test
    void sliceGapResamplesCanBeSetOrTurnedOff() throws Exception {
        assertEquals(500, load("slice_gaps: {resamples: 500}\n" + HEAD + METRICS).design().sliceTestResamples());
        assertEquals(0, load("slice_gaps: {resamples: 0}\n" + HEAD + METRICS).design().sliceTestResamples());
        assertEquals(200, load("slice_gaps: {}\n" + HEAD + METRICS).design().sliceTestResamples());
    }
}
