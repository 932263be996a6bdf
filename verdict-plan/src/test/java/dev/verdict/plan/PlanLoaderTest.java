package dev.verdict.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PlanLoaderTest {
    private static final String BINARY_DATA = "data: {path: preds.csv, label: y, score: p}\n";

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

    private String error(String yaml) throws IOException {
        Path p = write(yaml);
        String msg = assertThrows(InvalidInputException.class, () -> PlanLoader.load(p, TestMetrics.LOOKUP))
                .getMessage();
        assertTrue(msg.startsWith("plan " + p), msg);
        return msg;
    }

    private static void assertContains(String msg, String... fragments) {
        for (String f : fragments) {
            assertTrue(msg.contains(f), () -> "expected '" + f + "' in: " + msg);
        }
    }

    @Test
    void loadsAFullBinaryPlanWithDefaultsAndResolvedPaths() throws Exception {
        String yaml = "task: binary\n"
                + "data:\n  path: preds.csv\n  id: txn\n  label: is_fraud\n  score: prob\n  weight: w\n"
                + "  positive: 1\n"
                + "threshold: 0.3\nmissing: drop\nslices: [country, device]\n"
                + "metrics:\n  - {id: m1, name: mean_score}\n  - {name: avg_score, beta: 2}\n";
        Plan plan = load(yaml);
        assertEquals(Task.BINARY, plan.task());
        assertEquals(dir.resolve("preds.csv").toAbsolutePath(), plan.data().path());
        assertEquals("is_fraud", plan.data().label());
        assertEquals("1", plan.data().positive());
        assertEquals("w", plan.data().weight());
        assertEquals(0.3, plan.threshold());
        assertEquals(MissingValues.DROP, plan.missing());
        assertEquals(List.of("country", "device"), plan.slices());
        assertEquals(2, plan.metrics().size());
        MetricSpec second = plan.metrics().get(1);
        assertEquals("avg_score", second.id());
        assertEquals("mean_score", second.definition().name());
        assertEquals(Map.of("beta", 2.0, "mode", "plain"), second.params().asMap());
        assertEquals(14, second.line());
        byte[] bytes = Files.readAllBytes(plan.path());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), plan.sha256());
    }

    @Test
    void defaultsThresholdMissingAndSlices() throws Exception {
        Plan plan = load("task: binary\n" + BINARY_DATA + "metrics: [{name: mean_score}]\n");
        assertEquals(0.5, plan.threshold());
        assertEquals(MissingValues.ERROR, plan.missing());
        assertEquals(List.of(), plan.slices());
        assertNull(plan.data().positive());
        assertNull(plan.data().weight());
    }

    @Test
    void booleanPositiveIsCanonicalText() throws Exception {
        Plan plan = load("task: binary\ndata: {path: x.csv, label: y, score: p, positive: true}\n"
                + "metrics: [{name: mean_score}]\n");
        assertEquals("true", plan.data().positive());
        Plan yes = load("task: binary\ndata: {path: x.csv, label: y, score: p, positive: yes}\n"
                + "metrics: [{name: mean_score}]\n");
        assertEquals("yes", yes.data().positive());
        Plan upper = load("task: binary\ndata: {path: x.csv, label: y, score: p, positive: True}\n"
                + "metrics: [{name: mean_score}]\n");
        assertEquals("true", upper.data().positive());
    }

    @Test
    void absolutePathIsKeptAndPathIsOptional() throws Exception {
        Path abs = dir.resolve("sub/data.parquet").toAbsolutePath();
        Plan plan = load("task: binary\ndata: {path: '" + abs + "', label: y, score: p}\nmetrics: [{name: mean_score}]\n");
        assertEquals(abs, plan.data().path());
        Plan noPath = load("task: binary\ndata: {label: y, score: p}\nmetrics: [{name: mean_score}]\n");
        assertTrue(noPath.data().pathIfAny().isEmpty());
    }

    @Test
    void missingPlanFileIsNamed() {
        Path p = dir.resolve("nope.yaml");
        String msg = assertThrows(InvalidInputException.class, () -> PlanLoader.load(p)).getMessage();
        assertContains(msg, "nope.yaml", "does not exist");
    }

    @Test
    void malformedYamlNamesTheLine() throws Exception {
        assertContains(error("task: binary\ndata: [\n  oops: {\n"), "malformed YAML");
    }

    @Test
    void emptyOrScalarPlanIsRejected() throws Exception {
        assertContains(error(""), "must be a YAML mapping");
        assertContains(error("just text\n"), "must be a YAML mapping");
    }

    @Test
    void unknownTopLevelKeyNamesItAndTheAcceptedKeys() throws Exception {
        String msg = error("task: binary\n" + BINARY_DATA + "metrics: [{name: mean_score}]\nthreshhold: 0.3\n");
        assertContains(msg, "plan.yaml:4:", "unknown top-level key 'threshhold'", "[task, data, threshold, missing");
    }

    @Test
    void unknownDataKeyNamesItAndTheAcceptedKeys() throws Exception {
        String msg = error("task: binary\ndata:\n  label: y\n  score: p\n  weights: w\nmetrics: [{name: mean_score}]\n");
        assertContains(msg, "plan.yaml:5:", "unknown data key 'weights'", "accepted keys are [path, id, label");
    }

    @Test
    void dataKeyOfAnotherTaskIsRejected() throws Exception {
        String msg = error("task: binary\ndata: {label: y, score: p, classes: [a, b]}\nmetrics: [{name: mean_score}]\n");
        assertContains(msg, "data.classes does not apply to task binary", "[path, id, time, weight, label, score");
    }

    @Test
    void duplicateYamlKeyIsRejected() throws Exception {
        assertContains(error("task: binary\ntask: binary\n" + BINARY_DATA + "metrics: [{name: mean_score}]\n"),
                "duplicate key 'task'");
    }

    @Test
    void unknownTaskListsTheTasks() throws Exception {
        String msg = error("task: ranknig\n" + BINARY_DATA + "metrics: [{name: mean_score}]\n");
        assertContains(msg, "plan.yaml:1:", "unknown task 'ranknig'", "[binary, multiclass, multilabel, regression, "
                + "ranking, recommendation, generation, clustering]");
        assertContains(error("task: ranking\n" + BINARY_DATA + "metrics: [{name: mean_score}]\n"), "plan.yaml:",
                "does not apply to task ranking");
        assertContains(error(BINARY_DATA + "metrics: [{name: mean_score}]\n"), "missing key 'task'");
    }

    @Test
    void wrongTypesAreNamed() throws Exception {
        String tail = "metrics: [{name: mean_score}]\n";
        assertContains(error("task: binary\n" + BINARY_DATA + "threshold: high\n" + tail),
                "'threshold' must be a finite number, got high");
        assertContains(error("task: binary\n" + BINARY_DATA + "missing: skip\n" + tail),
                "unknown missing policy 'skip'", "[error, drop]");
        assertContains(error("task: binary\n" + BINARY_DATA + "slices: country\n" + tail),
                "'slices' must be a non-empty list");
        assertContains(error("task: binary\ndata: {label: [a], score: p}\n" + tail),
                "'data.label' must be a column name");
        assertContains(error("task: binary\ndata: [label]\n" + tail), "'data' must be a mapping");
        assertContains(error("task: binary\n" + BINARY_DATA + "metrics: {name: mean_score}\n"),
                "'metrics' must be a non-empty list");
        assertContains(error("task: binary\n" + BINARY_DATA + "metrics: [mean_score]\n"),
                "metrics[0]: expected a mapping");
    }

    @Test
    void requiredDataFieldsPerTask() throws Exception {
        String m = "metrics: [{name: mean_score}]\n";
        assertContains(error("task: binary\ndata: {score: p}\n" + m), "a binary plan needs data.label");
        assertContains(error("task: binary\ndata: {label: y}\n" + m), "needs data.score", "data.prediction");
        assertContains(error("task: multiclass\ndata: {label: y, scores: [a, b]}\n" + m), "needs data.classes");
        assertContains(error("task: multiclass\ndata: {label: y, classes: [a, b]}\n" + m),
                "needs data.scores (one score column per class) and/or data.prediction");
        assertContains(error("task: multiclass\ndata: {label: y, classes: [a, b], scores: [pa]}\n" + m),
                "data.scores has 1 columns but data.classes has 2");
        assertContains(error("task: multiclass\ndata: {label: y, classes: [a, a], prediction: q}\n" + m),
                "data.classes lists 'a' twice");
        assertContains(error("task: multilabel\ndata: {scores: [a]}\n" + m), "needs data.labels");
        assertContains(error("task: multilabel\ndata: {labels: [a]}\n" + m), "needs data.scores");
        assertContains(error("task: regression\ndata: {label: y}\n" + m), "needs data.prediction");
        assertContains(error("task: regression\ndata: {prediction: y}\n" + m), "needs data.label");
        assertContains(error("task: regression\ndata: {label: y, prediction: q, lower: lo}\n" + m),
                "needs both data.lower and data.upper");
    }

    @Test
    void unknownMetricNamesEntryLineAndKnownMetrics() throws Exception {
        String msg = error("task: binary\n" + BINARY_DATA + "metrics:\n  - {name: mean_score}\n  - {id: x, name: rocauc}\n");
        assertContains(msg, "plan.yaml:5:", "metrics[1] (id x)", "unknown metric 'rocauc' for task binary",
                "[mean_score]");
    }

    @Test
    void metricOfAnotherTaskGetsAHint() throws Exception {
        assertContains(error("task: binary\n" + BINARY_DATA + "metrics: [{name: count}]\n"),
                "(count is a regression metric)");
    }

    @Test
    void unknownParameterNamesEntryAndAcceptedParameters() throws Exception {
        String msg = error("task: binary\n" + BINARY_DATA + "metrics:\n  - {id: f2, name: mean_score, bta: 2}\n");
        assertContains(msg, "plan.yaml:4:", "metrics[0] (id f2)", "no parameter 'bta'", "[beta, mode]");
    }

    @Test
    void badParameterValueIsNamed() throws Exception {
        assertContains(error("task: binary\n" + BINARY_DATA + "metrics: [{name: mean_score, beta: two}]\n"),
                "metrics[0] (id mean_score)", "parameter 'beta' must be a finite number, got 'two'");
        assertContains(error("task: binary\n" + BINARY_DATA + "metrics: [{name: mean_score, mode: odd}]\n"),
                "parameter 'mode' must be one of [plain, fancy], got 'odd'");
    }

    @Test
    void metricMissingAnInputIsReportedAtLoad() throws Exception {
        assertContains(error("task: binary\ndata: {label: y, prediction: q}\nmetrics: [{name: mean_score}]\n"),
                "metrics[0] (id mean_score): mean_score needs a score column");
    }

    @Test
    void duplicateIdNamesBothEntries() throws Exception {
        String msg = error("task: binary\n" + BINARY_DATA
                + "metrics:\n  - {name: mean_score}\n  - {name: mean_score, beta: 2}\n");
        assertContains(msg, "plan.yaml:5:", "metrics[1] (id mean_score", "duplicate metric id 'mean_score'",
                "metrics[0] on line 4");
    }

    @Test
    void metricEntryNeedsAName() throws Exception {
        assertContains(error("task: binary\n" + BINARY_DATA + "metrics: [{id: a}]\n"), "metrics[0]: needs 'name'");
    }

    @Test
    void duplicateSliceIsRejected() throws Exception {
        assertContains(error("task: binary\n" + BINARY_DATA + "slices: [a, a]\nmetrics: [{name: mean_score}]\n"),
                "'slices' names column 'a' twice");
    }
}
