package dev.verdict.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.stats.Correction;
import dev.verdict.stats.IntervalMethod;
import dev.verdict.stats.PairedTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's statistics keys: confidence, comparison, per-metric ci and test, with line-numbered errors. */
final class StatisticsRulesTest {
    private static final String HEAD = "task: binary\ndata: {path: preds.csv, label: y, score: p}\n";

    @TempDir
    Path dir;

    private Plan load(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return PlanLoader.load(p);
    }

    private String error(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return assertThrows(InvalidInputException.class, () -> PlanLoader.load(p)).getMessage();
    }

    private static void assertContains(String msg, String... fragments) {
        for (String f : fragments) {
            assertTrue(msg.contains(f), () -> "expected '" + f + "' in: " + msg);
        }
    }

    @Test
    void planWithoutStatisticsKeysWantsNoInterval() throws Exception {
        Plan plan = load(HEAD + "metrics:\n  - {id: auc, name: roc_auc}\n");
        assertFalse(plan.statistics().wantsInterval("auc"));
        assertFalse(plan.statistics().confidence().declared());
        assertEquals(Correction.HOLM, plan.statistics().comparison().correction());
        assertEquals(PairedTest.AUTO, plan.statistics().test("auc"));
    }

    @Test
    void readsConfidenceComparisonAndPerMetricChoices() throws Exception {
        Plan plan = load(HEAD + "confidence: {level: 0.9, method: bca, resamples: 500, seed: 7, cluster: user}\n"
                + "comparison: {correction: by, alpha: 0.01}\n"
                + "metrics:\n  - {id: auc, name: roc_auc, ci: delong, test: delong}\n"
                + "  - {id: acc, name: accuracy, ci: wilson, test: mcnemar_exact}\n  - {id: f1, name: f1}\n");
        StatisticsSpec s = plan.statistics();
        assertEquals(0.9, s.confidence().level());
        assertEquals(500, s.confidence().resamples());
        assertEquals(7, s.confidence().seed());
        assertEquals("user", s.confidence().cluster());
        assertEquals(Correction.BY, s.comparison().correction());
        assertEquals(0.01, s.comparison().alpha());
        assertEquals(IntervalMethod.DELONG, s.intervalMethod("auc"));
        assertEquals(IntervalMethod.WILSON, s.intervalMethod("acc"));
        assertEquals(IntervalMethod.BCA, s.intervalMethod("f1"));
        assertEquals(PairedTest.MCNEMAR_EXACT, s.test("acc"));
        assertTrue(s.wantsInterval("f1"));
        assertTrue(plan.metrics().get(0).rawParams().isEmpty(), "ci and test are not metric parameters");
    }

    @Test
    void perMetricCiWithoutConfidenceAsksForThatMetricOnly() throws Exception {
        Plan plan = load(HEAD + "metrics:\n  - {id: auc, name: roc_auc, ci: delong}\n  - {id: f1, name: f1}\n");
        assertTrue(plan.statistics().wantsInterval("auc"));
        assertFalse(plan.statistics().wantsInterval("f1"));
        assertNull(plan.statistics().metrics().get("f1"));
    }

    @Test
    void delongOnAccuracyIsAnErrorWithItsLine() throws Exception {
        String msg = error(HEAD + "metrics:\n  - {id: auc, name: roc_auc}\n  - {id: acc, name: accuracy, ci: delong}\n");
        assertContains(msg, "plan.yaml:5:", "metrics[1] (id acc", "interval method delong does not fit metric "
                + "accuracy", "roc_auc only");
        msg = error(HEAD + "metrics:\n  - {id: acc, name: accuracy, test: delong}\n");
        assertContains(msg, "plan.yaml:4:", "test delong does not fit metric accuracy");
    }

    @Test
    void methodsThatDoNotFitTheMetricAreErrors() throws Exception {
        assertContains(error(HEAD + "metrics:\n  - {id: f1, name: f1, ci: wilson}\n"), "wilson does not fit metric f1");
        assertContains(error(HEAD + "metrics:\n  - {id: auc, name: roc_auc, ci: t}\n"), "t does not fit metric roc_auc");
        assertContains(error(HEAD + "metrics:\n  - {id: auc, name: roc_auc, test: paired_t}\n"),
                "paired_t does not fit metric roc_auc");
        assertContains(error(HEAD + "metrics:\n  - {id: f1, name: f1, test: mcnemar}\n"),
                "mcnemar does not fit metric f1");
        assertContains(error(HEAD + "confidence: {method: delong}\nmetrics:\n  - {id: f1, name: f1}\n"),
                "plan.yaml:3:", "confidence.method interval method delong does not fit metric f1");
    }

    @Test
    void unknownNamesAndBadValuesAreErrors() throws Exception {
        assertContains(error(HEAD + "metrics:\n  - {id: auc, name: roc_auc, ci: jackknife}\n"), "plan.yaml:4:",
                "unknown interval method 'jackknife'");
        assertContains(error(HEAD + "metrics:\n  - {id: auc, name: roc_auc, test: ttest}\n"),
                "unknown paired test 'ttest'");
        assertContains(error(HEAD + "confidence: {level: 95}\nmetrics:\n  - {name: roc_auc}\n"), "plan.yaml:3:",
                "'confidence.level' must be a number in (0, 1)");
        assertContains(error(HEAD + "confidence: {resamples: 0}\nmetrics:\n  - {name: roc_auc}\n"),
                "'confidence.resamples' must be a whole number >= 1");
        assertContains(error(HEAD + "confidence: {samples: 10}\nmetrics:\n  - {name: roc_auc}\n"),
                "unknown confidence key 'samples'");
        assertContains(error(HEAD + "comparison: {correction: fdr}\nmetrics:\n  - {name: roc_auc}\n"),
                "unknown correction 'fdr'");
        assertContains(error(HEAD + "confidence: 0.95\nmetrics:\n  - {name: roc_auc}\n"),
                "'confidence' must be a mapping");
    }
}
