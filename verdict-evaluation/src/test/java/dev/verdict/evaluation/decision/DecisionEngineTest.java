package dev.verdict.evaluation.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.ConfidenceInterval;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.evaluation.decision.Decision.Check;
import dev.verdict.evaluation.decision.Decision.Outcome;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guardrail statuses (point and interval bounds, baseline differences), wildcards, min_slice_size, scorecard. */
final class DecisionEngineTest {
    private static final String HEAD = "task: binary\ndata: {path: p.csv, label: y, score: p}\n"
            + "slices: [country, [country, device]]\n";
    private static final String METRICS = "metrics:\n  - {id: rec, name: recall}\n"
            + "  - {id: ll, name: log_loss}\n  - {id: ap, name: average_precision}\n";

    @TempDir
    Path dir;

    private Plan plan(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return PlanLoader.load(p);
    }

    private static ResultRow row(String id, String slice, long n, double value) {
        return new ResultRow(id, id, Map.of(), slice, n, value, Map.of(), null);
    }

    private static ResultRow row(String id, String slice, long n, double value, double low, double high) {
        return row(id, slice, n, value).withCi(new ConfidenceInterval(low, high, 0.95, "test", Map.of(), null));
    }

    private static Check only(Decision d) {
        assertEquals(1, d.checks().size(), d.checks()::toString);
        return d.checks().get(0);
    }

    @Test
    void pointBoundJudgesThePointEstimate() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, min: 0.6}\n  - {metric: ll, max: 0.5}\n");
        Decision pass = DecisionEngine.decide(p, List.of(row("rec", "all", 100, 0.6, 0.4, 0.8),
                row("ll", "all", 100, 0.5)), null);
        assertEquals(Outcome.PASS, pass.outcome());
        assertEquals(0, pass.exitCode());
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), pass.checks().stream().map(Check::status).toList());
        Decision fail = DecisionEngine.decide(p, List.of(row("rec", "all", 100, 0.59), row("ll", "all", 100, 0.2)),
                null);
        assertEquals(Outcome.FAIL, fail.outcome());
        assertEquals(1, fail.exitCode());
        assertEquals(">=", fail.checks().get(0).op());
        assertEquals(0.6, fail.checks().get(0).limit());
        assertTrue(fail.reasons().get(0).startsWith("FAIL rec >= 0.6 on all: 0.59 breaks"), fail.reasons().toString());
    }

    @Test
    void lowerBoundPassesWhenTheLowEndClearsFailsWhenAllBelowAndIsInconclusiveWhenStraddling() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, min: 0.6, bound: lower}\n");
        assertEquals(Outcome.PASS, only(DecisionEngine.decide(p, List.of(row("rec", "all", 9, .7, .61, .8)), null))
                .status());
        assertEquals(Outcome.FAIL, only(DecisionEngine.decide(p, List.of(row("rec", "all", 9, .5, .4, .59)), null))
                .status());
        Decision d = DecisionEngine.decide(p, List.of(row("rec", "all", 9, .65, .55, .75)), null);
        Check c = only(d);
        assertEquals(Outcome.INCONCLUSIVE, c.status());
        assertTrue(c.reason().contains("straddles the limit 0.6"), c.reason());
        assertEquals(Outcome.INCONCLUSIVE, d.outcome());
        assertEquals(1, d.exitCode(), "inconclusive fails by default");
        Check none = only(DecisionEngine.decide(p, List.of(row("rec", "all", 9, .9)), null));
        assertEquals(Outcome.INCONCLUSIVE, none.status(), "no interval to judge");
        assertTrue(none.reason().contains("needs a confidence interval"), none.reason());
    }

    @Test
    void upperBoundOnAMaximum() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: ll, max: 0.5, bound: upper}\n");
        assertEquals(Outcome.PASS, only(DecisionEngine.decide(p, List.of(row("ll", "all", 9, .3, .2, .5)), null))
                .status());
        assertEquals(Outcome.INCONCLUSIVE, only(DecisionEngine.decide(p, List.of(row("ll", "all", 9, .45, .4, .6)),
                null)).status());
        assertEquals(Outcome.FAIL, only(DecisionEngine.decide(p, List.of(row("ll", "all", 9, .7, .51, .9)), null))
                .status());
    }

    @Test
    void undefinedValueIsInconclusive() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, min: 0.6}\n");
        ResultRow nan = new ResultRow("rec", "recall", Map.of(), "all", 0, Double.NaN, Map.of(), "no rows");
        Check c = only(DecisionEngine.decide(p, List.of(nan), null));
        assertEquals(Outcome.INCONCLUSIVE, c.status());
        assertTrue(c.reason().contains("no rows"), c.reason());
    }

    @Test
    void inconclusivePolicyPassOrReport() throws Exception {
        String g = "guardrails:\n  - {metric: rec, min: 0.6, bound: lower}\n";
        List<ResultRow> straddle = List.of(row("rec", "all", 9, .65, .55, .75));
        Decision asPass = DecisionEngine.decide(plan(HEAD + METRICS + g + "decision: {inconclusive: pass}\n"),
                straddle, null);
        assertEquals(Outcome.PASS, asPass.outcome());
        assertEquals(0, asPass.exitCode());
        Decision report = DecisionEngine.decide(plan(HEAD + METRICS + g + "decision: {inconclusive: report}\n"),
                straddle, null);
        assertEquals(Outcome.INCONCLUSIVE, report.outcome());
        assertEquals(0, report.exitCode());
    }

    @Test
    void wildcardCoversEveryValueOfTheColumnButNotTheCrosses() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, slice: \"country=*\", min: 0.6}\n"
                + "  - {metric: ap, slice: \"country=*,device=web\", min: 0.1}\n");
        List<ResultRow> rows = List.of(row("rec", "all", 900, .7), row("rec", "country=FR", 300, .5),
                row("rec", "country=US", 600, .8), row("rec", "country=US,device=web", 300, .1),
                row("ap", "country=US,device=web", 300, .3), row("ap", "country=US,device=ios", 300, .01),
                row("ap", "country=FR,device=web", 300, .2));
        Decision d = DecisionEngine.decide(p, rows, null);
        assertEquals(List.of("country=FR", "country=US", "country=US,device=web", "country=FR,device=web"),
                d.checks().stream().map(Check::slice).toList());
        assertEquals(Outcome.FAIL, d.outcome());
        assertEquals(1, d.checks().stream().filter(c -> c.status() == Outcome.FAIL).count());
    }

    @Test
    void slicesBelowMinSliceSizeAreReportedNotJudged() throws Exception {
        Plan p = plan(HEAD + "min_slice_size: 200\n" + METRICS
                + "guardrails:\n  - {metric: rec, slice: \"country=*\", min: 0.6}\n");
        Decision d = DecisionEngine.decide(p, List.of(row("rec", "country=FR", 199, .1),
                row("rec", "country=US", 200, .7)), null);
        assertEquals(Outcome.PASS, d.outcome());
        assertEquals(List.of("country=US"), d.checks().stream().map(Check::slice).toList());
        assertEquals(List.of(new Decision.NotJudged("rec >= 0.6 on country=*", "country=FR", 199)), d.notJudged());
    }

    @Test
    void aSliceValueThatDoesNotExistIsAnErrorAtThePlanLine() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, slice: \"country=XX\", min: 0.6}\n");
        String msg = assertThrows(InvalidInputException.class, () -> DecisionEngine.decide(p,
                List.of(row("rec", "all", 9, .7), row("rec", "country=US", 9, .7)), null)).getMessage();
        assertTrue(msg.startsWith("plan " + p.path() + ":9: "), msg);
        assertTrue(msg.contains("slice 'country=XX' does not exist in the data; slices: [all, country=US]"), msg);
    }

    @Test
    void baselineGuardrailsHoldTheDifferenceInTheMetricsDirection() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: ap, max_drop: 0.01, vs: baseline}\n"
                + "  - {metric: ll, max_drop: 0.05, vs: baseline}\n  - {metric: rec, min_gain: 0.02, vs: baseline}\n");
        List<ResultRow> rows = List.of(row("ap", "all", 9, .50), row("ll", "all", 9, .40), row("rec", "all", 9, .7));
        List<Comparison> cmp = List.of(Comparison.ofPoints("ap", "all", .505, .50),
                Comparison.ofPoints("ll", "all", .30, .40), Comparison.ofPoints("rec", "all", .65, .7));
        Decision d = DecisionEngine.decide(p, rows, cmp);
        List<Check> c = d.checks();
        assertEquals(Outcome.PASS, c.get(0).status(), "ap dropped 0.005 <= 0.01");
        assertEquals(-0.01, c.get(0).limit(), 1e-15);
        assertEquals(Outcome.FAIL, c.get(1).status(), "log loss (smaller is better) rose by 0.1 > 0.05");
        assertEquals("<=", c.get(1).op());
        assertEquals(0.05, c.get(1).limit(), 1e-15);
        assertEquals(Outcome.PASS, c.get(2).status(), "recall gained 0.05 >= 0.02");
        assertEquals(Outcome.FAIL, d.outcome());
    }

    @Test
    void baselineGuardrailJudgedOnTheDifferencesInterval() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: ap, max_drop: 0.01, vs: baseline, bound: lower}\n");
        ConfidenceInterval ci = new ConfidenceInterval(-0.03, 0.01, 0.95, "paired_bootstrap", Map.of(), null);
        Comparison c = new Comparison("ap", "all", .5, .49, -0.01, ci, 0.2, 0.2);
        Check check = only(DecisionEngine.decide(p, List.of(row("ap", "all", 9, .49)), List.of(c)));
        assertEquals(Outcome.INCONCLUSIVE, check.status(), check.reason());
        assertEquals(ci, check.ci());
    }

    @Test
    void baselineGuardrailWithoutComparisonsIsAnErrorAtThePlanLine() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: ap, max_drop: 0.01, vs: baseline}\n");
        String msg = assertThrows(InvalidInputException.class, () -> DecisionEngine.decide(p,
                List.of(row("ap", "all", 9, .5)), null)).getMessage();
        assertTrue(msg.startsWith("plan " + p.path() + ":9: ") && msg.contains("--baseline"), msg);
    }

    @Test
    void perClassGuardrailReadsDetailPerClass() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, class: urgent, min: 0.5}\n");
        ResultRow r = new ResultRow("rec", "recall", Map.of(), "all", 9, 0.8,
                Map.of("per_class", Map.of("urgent", 0.4, "billing", 0.9)), null);
        Check c = only(DecisionEngine.decide(p, List.of(r), null));
        assertEquals(0.4, c.value());
        assertEquals(Outcome.FAIL, c.status());
        Plan bad = plan(HEAD + METRICS + "guardrails:\n  - {metric: rec, class: vip, min: 0.5}\n");
        String msg = assertThrows(InvalidInputException.class, () -> DecisionEngine.decide(bad, List.of(r), null))
                .getMessage();
        assertTrue(msg.contains("class 'vip' does not exist"), msg);
    }

    @Test
    void scorecardNormalisesBetweenFloorAndTargetInEitherDirection() throws Exception {
        Plan p = plan(HEAD + METRICS + "scorecard:\n  ap: {weight: 0.5, floor: 0.30, target: 0.60}\n"
                + "  ll: {weight: 0.3, floor: 0.9, target: 0.3}\n  rec: {weight: 0.2, floor: 0.5, target: 0.7}\n");
        List<ResultRow> rows = new ArrayList<>(List.of(row("ap", "all", 9, 0.51), row("ll", "all", 9, 0.45),
                row("rec", "all", 9, 0.95), row("ap", "country=US", 9, 0.99)));
        Decision d = DecisionEngine.decide(p, rows, null);
        assertEquals(0.7, d.scorecard().get(0).score(), 1e-12);
        assertEquals(0.35, d.scorecard().get(0).contribution(), 1e-12);
        assertEquals(0.75, d.scorecard().get(1).score(), 1e-12, "smaller is better: (0.45 - 0.9) / (0.3 - 0.9)");
        assertEquals(1.0, d.scorecard().get(2).score(), 1e-12, "clamped above the target");
        assertEquals(0.5 * 0.7 + 0.3 * 0.75 + 0.2 * 1.0, d.score(), 1e-12);
        assertEquals(0.0, Scorecard.normalise(0.1, 0.3, 0.6), 0.0, "clamped below the floor");
        assertEquals(0.0, Scorecard.normalise(Double.NaN, 0.3, 0.6), 0.0);
        assertEquals(Outcome.PASS, d.outcome(), "no guardrail, no min_score");
    }

    @Test
    void minScoreFailsALowScorecard() throws Exception {
        Plan p = plan(HEAD + METRICS + "scorecard:\n  ap: {weight: 1, floor: 0.30, target: 0.60}\n"
                + "decision: {min_score: 0.8}\n");
        Decision d = DecisionEngine.decide(p, List.of(row("ap", "all", 9, 0.51)), null);
        assertEquals(Outcome.FAIL, d.outcome());
        assertTrue(d.reasons().get(0).contains("below min_score 0.8"), d.reasons().toString());
    }

    @Test
    void baselineGuardrailWithTheDefaultBoundNeedsTheWholeIntervalOnTheRightSide() throws Exception {
        Plan p = plan(HEAD + METRICS + "guardrails:\n  - {metric: ap, max_drop: 0.01, vs: baseline}\n"
                + "  - {metric: ll, max_drop: 0.05, vs: baseline}\n");
        List<ResultRow> rows = List.of(row("ap", "all", 9, .5), row("ll", "all", 9, .4));
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), statuses(p, rows, -0.005, -0.008, 0.0, 0.02, 0.04));
        assertEquals(List.of(Outcome.INCONCLUSIVE, Outcome.INCONCLUSIVE), statuses(p, rows, -0.005, -0.02, 0.01,
                0.02, 0.06), "ap's interval straddles -0.01, log loss's straddles +0.05 (the upper end counts)");
        assertEquals(List.of(Outcome.FAIL, Outcome.FAIL), statuses(p, rows, -0.05, -0.08, -0.02, 0.1, 0.15));
    }

    /** @return the statuses of ap (difference d, interval [lo, hi]) and log loss (interval [llLo, llHi]) */
    private static List<Outcome> statuses(Plan p, List<ResultRow> rows, double d, double lo, double hi, double llLo,
            double llHi) {
        Comparison ap = new Comparison("ap", "all", .5, .5 + d, d, new ConfidenceInterval(lo, hi, 0.95, "t",
                Map.of(), null), 0.3, 0.3);
        double llD = (llLo + llHi) / 2;
        Comparison ll = new Comparison("ll", "all", .4, .4 + llD, llD, new ConfidenceInterval(llLo, llHi, 0.95, "t",
                Map.of(), null), 0.3, 0.3);
        return DecisionEngine.decide(p, rows, List.of(ap, ll)).checks().stream().map(Check::status).toList();
    }
}
