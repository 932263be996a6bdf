package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict evaluate} on small CSV files: results, JSON, and every bad-input case of the issue. */
final class EvaluateEndToEndTest {
    private static final String BINARY_CSV = "id,y,p,country,w\n"
            + "a,1,0.9,US,1\nb,0,0.8,US,1\nc,1,0.7,FR,1\nd,0,0.1,FR,1\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path binaryPlan(String extra, String metrics) throws IOException {
        return file("plan.yaml", "task: binary\ndata:\n  path: preds.csv\n  id: id\n  label: y\n  score: p\n" + extra
                + "metrics:\n" + metrics);
    }

    private static CliRun evaluate(Path plan, String... more) {
        String[] args = new String[2 + more.length + 1];
        args[0] = "evaluate";
        args[1] = "--plan";
        args[2] = plan.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    /** Asserts exit 2, one error line containing every fragment, and no stack trace. */
    private static void assertInvalid(CliRun run, String... fragments) {
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("verdict: error: "), run::toString);
        for (String f : fragments) {
            assertTrue(run.err().contains(f), () -> "expected '" + f + "' in\n" + run);
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void printsTableAndWritesJson() throws Exception {
        file("preds.csv", BINARY_CSV);
        Path plan = binaryPlan("  weight: w\nslices: [country]\n",
                "  - {id: auc, name: roc_auc}\n  - {id: f2, name: fbeta, beta: 2}\n  - {name: log_loss}\n");
        Path json = dir.resolve("out.json");
        CliRun run = evaluate(plan, "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("auc\\s+roc_auc\\s+all\\s+4\\s+0\\.750000")),
                run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("auc\\s+roc_auc\\s+country=FR\\s+2\\s+1\\.000000")),
                run::toString);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("0.1.0", root.get("verdict_version").asText());
        assertEquals(plan.toString(), root.get("plan").get("path").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(plan))),
                root.get("plan").get("sha256").asText());
        assertEquals(4, root.get("rows").asInt());
        assertEquals(0, root.get("dropped").asInt());
        JsonNode results = root.get("results");
        assertEquals(9, results.size());
        JsonNode auc = results.get(0);
        assertEquals("auc", auc.get("id").asText());
        assertEquals("roc_auc", auc.get("metric").asText());
        assertEquals("all", auc.get("slice").asText());
        assertEquals(0.75, auc.get("value").asDouble(), 1e-12);
        assertEquals("country=FR", results.get(1).get("slice").asText());
        assertEquals(2.0, results.get(3).get("params").get("beta").asDouble());
        assertEquals("log_loss", results.get(6).get("id").asText());
    }

    @Test
    void dataOptionOverridesThePlanPath() throws Exception {
        Path other = file("other.csv", "id,y,p\na,1,0.2\nb,0,0.9\n");
        Path plan = binaryPlan("", "  - {id: auc, name: roc_auc}\n");
        CliRun run = evaluate(plan, "--data", other.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("auc\\s+roc_auc\\s+all\\s+2\\s+0\\.000000")),
                run::toString);
    }

    @Test
    void undefinedValueIsMarkedAndNullInJson() throws Exception {
        file("preds.csv", "id,y,p\na,1,0.9\nb,1,0.8\n");
        Path json = dir.resolve("out.json");
        CliRun run = evaluate(binaryPlan("", "  - {id: auc, name: roc_auc}\n"), "--json", json.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("auc\\s+roc_auc\\s+all\\s+2\\s+NaN\\s+! \\[1\\]")),
                run::toString);
        JsonNode row = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertTrue(row.get("value").isNull());
        assertFalse(row.get("warning").isNull());
    }

    @Test
    void missingDropReportsDroppedRows() throws Exception {
        file("preds.csv", "id,y,p\na,1,0.9\nb,0,\nc,0,0.2\nd,1,NaN\n");
        Path json = dir.resolve("out.json");
        CliRun run = evaluate(binaryPlan("missing: drop\n", "  - {id: auc, name: roc_auc}\n"), "--json",
                json.toString());
        assertEquals(0, run.exit(), run::toString);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, root.get("rows").asInt());
        assertEquals(2, root.get("dropped").asInt());
        assertTrue(run.out().contains("dropped: 2"), run::toString);
    }

    @Test
    void missingDataFile() throws Exception {
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n")), "preds.csv", "not found");
    }

    @Test
    void unknownColumn() throws Exception {
        file("preds.csv", "id,y,prob\na,1,0.9\n");
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n")), "preds.csv", "no column \"p\"",
                "data.score", "prob");
    }

    @Test
    void nonNumericValue() throws Exception {
        file("preds.csv", "id,y,p\na,1,0.9\nb,0,high\n");
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n")), "preds.csv", "column \"p\"", "row 2",
                "expected a number", "high");
    }

    @Test
    void emptyCell() throws Exception {
        file("preds.csv", "id,y,p\na,1,0.9\nb,0,\nc,1,0.3\n");
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n")), "preds.csv", "column \"p\"", "row 2",
                "empty, null or NaN");
    }

    @Test
    void nanCell() throws Exception {
        file("preds.csv", "id,y,p\na,1,0.9\nb,0,0.1\nc,1,NaN\n");
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n")), "preds.csv", "column \"p\"", "row 3",
                "empty, null or NaN");
    }

    @Test
    void labelOutsideTheDeclaredClasses() throws Exception {
        file("preds.csv", "y,q\na,a\nb,c\nd,b\n");
        Path plan = file("plan.yaml", "task: multiclass\ndata: {path: preds.csv, label: y, prediction: q, "
                + "classes: [a, b, c]}\nmetrics: [{name: accuracy}]\n");
        assertInvalid(evaluate(plan), "preds.csv", "column \"y\" (data.label), row 3", "'d'", "['a', 'b', 'c']");
    }

    @Test
    void probabilityOutsideUnitInterval() throws Exception {
        file("preds.csv", "id,y,p\na,1,0.9\nb,0,1.5\n");
        assertInvalid(evaluate(binaryPlan("", "  - {name: log_loss}\n")), "preds.csv", "column \"p\"",
                "row 2 (id b)", "1.5", "outside [0, 1]", "log_loss");
    }

    @Test
    void negativeWeight() throws Exception {
        file("preds.csv", "id,y,p,w\na,1,0.9,1\nb,0,0.5,-1\n");
        assertInvalid(evaluate(binaryPlan("  weight: w\n", "  - {name: roc_auc}\n")), "preds.csv",
                "column \"w\" (data.weight), row 2", ">= 0", "-1");
    }

    @Test
    void emptyData() throws Exception {
        file("preds.csv", "id,y,p\n");
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n")), "preds.csv", "no data rows");
    }

    @Test
    void unknownMetric() throws Exception {
        file("preds.csv", BINARY_CSV);
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n  - {id: x, name: rocauc}\n")), "plan.yaml:9",
                "metrics[1] (id x)", "unknown metric 'rocauc'", "roc_auc");
    }

    @Test
    void unknownParameter() throws Exception {
        file("preds.csv", BINARY_CSV);
        assertInvalid(evaluate(binaryPlan("", "  - {id: f2, name: fbeta, bta: 2}\n")), "plan.yaml:8",
                "metrics[0] (id f2)", "no parameter 'bta'", "beta");
    }

    @Test
    void duplicateId() throws Exception {
        file("preds.csv", BINARY_CSV);
        assertInvalid(evaluate(binaryPlan("", "  - {id: m, name: roc_auc}\n  - {id: m, name: log_loss}\n")),
                "plan.yaml:9", "duplicate metric id 'm'", "metrics[0]");
    }

    @Test
    void unwritableJsonPathIsInvalidInput() throws Exception {
        file("preds.csv", BINARY_CSV);
        assertInvalid(evaluate(binaryPlan("", "  - {name: roc_auc}\n"), "--json",
                dir.resolve("no/such/dir/out.json").toString()), "cannot write results to", "directory does not exist");
    }
}
