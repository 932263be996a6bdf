package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.Params;
import dev.verdict.io.DataTable;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluationTest {
    @TempDir
    Path dir;

    private Plan plan(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return PlanLoader.load(p, TestMetrics.LOOKUP);
    }

    private static String error(Plan plan, DataTable table) {
        return assertThrows(InvalidInputException.class, () -> Evaluation.evaluate(plan, table)).getMessage();
    }

    private static void assertContains(String msg, String... fragments) {
        for (String f : fragments) {
            assertTrue(msg.contains(f), () -> "expected '" + f + "' in: " + msg);
        }
    }

    private static ResultRow row(EvaluationReport r, String id, String slice) {
        return r.results().stream().filter(x -> x.id().equals(id) && x.slice().equals(slice)).findFirst()
                .orElseThrow(() -> new AssertionError("no result " + id + " / " + slice + " in " + r.results()));
    }

    @Test
    void computesAllAndEachSliceInPlanOrder() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nslices: [country]\n"
                + "metrics: [{id: pr, name: positive_rate}, {name: mean_prob, scale: 2}]\n");
        DataTable t = Tables.of(5).category("y", "1", "0", "0", "1", "1").number("p", .9, .1, .4, .6, .8)
                .category("country", "US", "FR", "US", "US", "FR").build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(List.of("pr/all", "pr/country=FR", "pr/country=US", "mean_prob/all", "mean_prob/country=FR",
                "mean_prob/country=US"), r.results().stream().map(x -> x.id() + "/" + x.slice()).toList());
        assertEquals(3.0 / 5, row(r, "pr", "all").value(), 1e-12);
        assertEquals(1.0 / 2, row(r, "pr", "country=FR").value(), 1e-12);
        assertEquals(2.0 / 3, row(r, "pr", "country=US").value(), 1e-12);
        assertEquals(3, row(r, "pr", "country=US").n());
        assertEquals(2 * (.9 + .1 + .4 + .6 + .8) / 5, row(r, "mean_prob", "all").value(), 1e-12);
        assertEquals(Map.of("scale", 2.0), row(r, "mean_prob", "all").params());
        assertEquals("positive_rate", row(r, "pr", "all").metric());
        assertEquals(5, r.rows());
    }

    @Test
    void numericSlicesAreOrderedNumerically() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nslices: [p]\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(3).category("y", "1", "0", "1").number("p", 10, 2, 0.5).build();
        assertEquals(List.of("all", "p=0.5", "p=2", "p=10"),
                Evaluation.evaluate(plan, t).results().stream().map(ResultRow::slice).toList());
    }

    @Test
    void weightsAreApplied() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p, weight: w}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(3).category("y", "1", "0", "0").number("p", .5, .5, .5).number("w", 3, 1, 0).build();
        assertEquals(0.75, row(Evaluation.evaluate(plan, t), "positive_rate", "all").value(), 1e-12);
    }

    @Test
    void negativeWeightNamesFileColumnAndRow() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p, weight: w}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(3).category("y", "1", "0", "0").number("p", .5, .5, .5).number("w", 1, -2, 1)
                .sourceRows(4, 1, 7, 9).build();
        assertContains(error(plan, t), "preds.csv: column \"w\" (data.weight), row 7: ", "must be >= 0, got -2.0");
    }

    @Test
    void declaredPositiveLabelIsMappedToOne() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p, positive: fraud}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(4).category("y", "ok", "fraud", "ok", "ok").number("p", 0, 0, 0, 0).build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(0.25, row(r, "positive_rate", "all").value(), 1e-12);
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void defaultPositiveIsOneElseTrue() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nmetrics: [{name: positive_rate}]\n");
        DataTable bools = Tables.of(3).category("y", "false", "true", "true").number("p", 0, 0, 0).build();
        assertEquals(2.0 / 3, row(Evaluation.evaluate(plan, bools), "positive_rate", "all").value(), 1e-12);
        DataTable ones = Tables.of(3).category("y", "1", "0", "0").number("p", 0, 0, 0).build();
        assertEquals(1.0 / 3, row(Evaluation.evaluate(plan, ones), "positive_rate", "all").value(), 1e-12);
    }

    @Test
    void absentPositiveWithTwoOtherValuesIsAnError() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(2).category("y", "yes", "no").number("p", 0, 0).build();
        assertContains(error(plan, t), "column \"y\" (data.label)", "positive label '1' does not occur",
                "['yes', 'no']", "data.positive");
    }

    @Test
    void absentPositiveWithOneValueWarnsAndEveryRowIsNegative() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p, positive: yes}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(2).category("y", "no", "no").number("p", 0, 0).build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(0.0, row(r, "positive_rate", "all").value());
        assertEquals(1, r.warnings().size());
        assertContains(r.warnings().get(0), "positive label 'yes' does not occur", "every row is negative");
    }

    @Test
    void thirdBinaryValueNamesItsRow() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(4).category("y", "1", "0", "1", "2").number("p", 0, 0, 0, 0)
                .sourceRows(1, 1, 2, 3, 5).build();
        assertContains(error(plan, t), "column \"y\" (data.label), row 5", "third, '2'", "['1', '0']");
    }

    @Test
    void binaryPredictionIsMappedThroughThePositiveLabel() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, prediction: q, positive: a}\nmetrics: [{name: pred_rate}]\n");
        DataTable t = Tables.of(4).category("y", "a", "b", "a", "b").category("q", "b", "b", "a", "b").build();
        assertEquals(0.25, row(Evaluation.evaluate(plan, t), "pred_rate", "all").value(), 1e-12);
        DataTable bad = Tables.of(2).category("y", "a", "b").category("q", "a", "c").build();
        assertContains(error(plan, bad), "column \"q\" (data.prediction), row 2", "prediction 'c' is neither");
    }

    @Test
    void probabilityMetricRejectsScoresOutsideUnitInterval() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p, id: txn}\n"
                + "metrics: [{name: positive_rate}, {id: mp, name: mean_prob}]\n");
        DataTable t = Tables.of(3).category("y", "1", "0", "1").number("p", .2, 1.3, .5)
                .category("txn", "t1", "t2", "t3").build();
        assertContains(error(plan, t), "preds.csv: column \"p\" (data.score), row 2 (txn t2)", "score 1.3 is outside [0, 1]",
                "mean_prob (metrics[1] (id mp");
    }

    @Test
    void nonProbabilityMetricAcceptsAnyFiniteScore() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nmetrics: [{name: positive_rate}]\n");
        DataTable t = Tables.of(2).category("y", "1", "0").number("p", -3, 7).build();
        assertEquals(0.5, row(Evaluation.evaluate(plan, t), "positive_rate", "all").value(), 1e-12);
        DataTable inf = Tables.of(2).category("y", "1", "0").number("p", 0, Double.POSITIVE_INFINITY).build();
        assertContains(error(plan, inf), "column \"p\" (data.score), row 2: expected a finite number");
    }

    @Test
    void multiclassLabelsAreClassIndicesAndUndeclaredValuesFail() throws Exception {
        Plan plan = plan("task: multiclass\ndata: {label: y, prediction: q, classes: [a, b, c]}\n"
                + "metrics: [{name: accuracy}, {name: mean_class}]\n");
        DataTable t = Tables.of(4).category("y", "c", "a", "b", "c").category("q", "c", "b", "b", "a").build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(0.5, row(r, "accuracy", "all").value(), 1e-12);
        assertEquals((2 + 0 + 1 + 2) / 4.0, row(r, "mean_class", "all").value(), 1e-12);
        DataTable bad = Tables.of(3).category("y", "a", "b", "d").category("q", "a", "a", "a").build();
        assertContains(error(plan, bad), "preds.csv: column \"y\" (data.label), row 3",
                "value 'd' is not one of the declared classes ['a', 'b', 'c']");
    }

    @Test
    void multilabelTruthMustBeZeroOrOne() throws Exception {
        Plan plan = plan("task: multilabel\ndata: {labels: [l1, l2], scores: [s1, s2]}\nmetrics: [{name: label0_rate}]\n");
        DataTable t = Tables.of(3).category("l1", "1", "0", "true").category("l2", "0", "0", "1")
                .number("s1", .1, .2, .3).number("s2", .1, .2, .3).build();
        assertEquals(2.0 / 3, row(Evaluation.evaluate(plan, t), "label0_rate", "all").value(), 1e-12);
        DataTable bad = Tables.of(2).category("l1", "1", "0").category("l2", "0", "2")
                .number("s1", .1, .2).number("s2", .1, .2).build();
        assertContains(error(plan, bad), "column \"l2\" (data.labels[1]), row 2", "must hold 0 or 1, got '2'");
    }

    @Test
    void regressionUsesTargetAndPrediction() throws Exception {
        Plan plan = plan("task: regression\ndata: {label: y, prediction: q}\nslices: [g]\nmetrics: [{name: mae}]\n");
        DataTable t = Tables.of(3).number("y", 1, 2, 3).number("q", 2, 2, 5).category("g", "x", "y", "x").build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(1.0, row(r, "mae", "all").value(), 1e-12);
        assertEquals(1.5, row(r, "mae", "g=x").value(), 1e-12);
    }

    @Test
    void emptyTableGivesNanWithWarning() throws Exception {
        Plan plan = plan("task: regression\ndata: {label: y, prediction: q}\nmetrics: [{name: mae}]\n");
        DataTable t = Tables.of(0).number("y").number("q").sourceRows(3).build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertTrue(Double.isNaN(row(r, "mae", "all").value()));
        assertEquals("no weight", row(r, "mae", "all").warning());
        assertEquals(3, r.dropped());
    }

    @Test
    void planWithoutDataPathNeedsAnOverride() throws Exception {
        Plan plan = plan("task: regression\ndata: {label: y, prediction: q}\nmetrics: [{name: mae}]\n");
        assertContains(assertThrows(InvalidInputException.class, () -> Evaluation.run(plan, null)).getMessage(),
                "names no data file (data.path)", "--data");
    }

    @Test
    void columnUsedAsCategoryAndNumberIsRejected() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: y}\nmetrics: [{name: positive_rate}]\n");
        assertContains(assertThrows(InvalidInputException.class, () -> Evaluation.run(plan, dir.resolve("x.csv")))
                .getMessage(), "column 'y' is used both as data.label and as data.score");
    }

    @Test
    void twoThreadAccumulationEqualsOnePass() {
        Random rnd = new Random(7);
        int n = 1001;
        int[] label = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            label[i] = rnd.nextInt(2);
            w[i] = rnd.nextDouble();
        }
        Columns c = Columns.builder(n).label(label).weight(w).build();
        Metric<?> m = TestMetrics.POSITIVE_RATE.factory().create(Params.parse("positive_rate",
                TestMetrics.POSITIVE_RATE.params(), Map.of()), null);
        MetricSuite suite = MetricSuite.of(List.of(m));
        double one = suite.newAccumulator().accept(c).results().get(0).value();
        assertEquals(one, Evaluation.accumulateInTwo(suite, c).results().get(0).value(), 1e-12);
        assertNull(Evaluation.accumulateInTwo(suite, c).results().get(0).warning());
    }
}
