package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ReportWritersTest {
    private static EvaluationReport report() {
        return new EvaluationReport("0.1.0", "plan.yaml", "ab12", "preds.csv", 10, 2, List.of(),
                List.of(new ResultRow("auc", "roc_auc", Map.of(), "all", 10, 0.75, Map.of(), null),
                        new ResultRow("auc", "roc_auc", Map.of(), "country=FR", 3, Double.NaN, Map.of(),
                                "only one class present"),
                        new ResultRow("f2", "fbeta", Map.of("beta", 2.0), "all", 10, 1e-5,
                                Map.of("matrix", new double[] {1, Double.NaN}), null)));
    }

    @Test
    void jsonFollowsTheContractAndWritesNanAsNull() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReportWriter.toJson(report()));
        assertEquals("0.1.0", root.get("verdict_version").asText());
        assertEquals("plan.yaml", root.get("plan").get("path").asText());
        assertEquals("ab12", root.get("plan").get("sha256").asText());
        assertEquals(10, root.get("rows").asLong());
        assertEquals(2, root.get("dropped").asLong());
        JsonNode results = root.get("results");
        assertEquals(3, results.size());
        JsonNode first = results.get(0);
        assertEquals(List.of("id", "metric", "params", "slice", "n", "value", "warning"),
                iterable(first.fieldNames()));
        assertEquals(0.75, first.get("value").asDouble());
        assertTrue(first.get("warning").isNull());
        assertTrue(results.get(1).get("value").isNull());
        assertEquals("only one class present", results.get(1).get("warning").asText());
        JsonNode third = results.get(2);
        assertEquals(2.0, third.get("params").get("beta").asDouble());
        assertEquals(List.of("id", "metric", "params", "slice", "n", "value", "detail", "warning"),
                iterable(third.fieldNames()));
        assertTrue(third.get("detail").get("matrix").get(1).isNull());
    }

    @Test
    void jsonWritesTheIntervalBesideTheValue() throws Exception {
        ResultRow row = new ResultRow("auc", "roc_auc", Map.of(), "all", 10, 0.75, Map.of(), null)
                .withCi(new ConfidenceInterval(0.6, Double.NaN, 0.95, "delong", Map.of("n_pos", 4), "upper clipped"));
        EvaluationReport r = new EvaluationReport("0.1.0", "plan.yaml", "ab12", "preds.csv", 10, 0, List.of(),
                List.of(row));
        JsonNode ci = new ObjectMapper().readTree(JsonReportWriter.toJson(r)).get("results").get(0).get("ci");
        assertEquals(0.6, ci.get("low").asDouble());
        assertTrue(ci.get("high").isNull());
        assertEquals(0.95, ci.get("level").asDouble());
        assertEquals("delong", ci.get("method").asText());
        assertEquals(4, ci.get("n_pos").asInt());
        assertEquals("upper clipped", ci.get("warning").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void tableIsAlignedAndMarksWarnings() {
        String text = TextReportWriter.render(report());
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).contains("rows: 10") && lines.get(0).contains("dropped: 2"), lines.get(0));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("id ")).findFirst().orElseThrow());
        String h = lines.get(header);
        String nan = lines.get(header + 2);
        assertTrue(nan.contains("country=FR") && nan.contains("NaN") && nan.endsWith("! [1]"), nan);
        assertEquals(h.indexOf("slice"), lines.get(header + 1).indexOf("all"));
        assertEquals(h.indexOf("slice"), nan.indexOf("country=FR"));
        assertTrue(lines.get(header + 1).contains("0.750000"), lines.get(header + 1));
        assertTrue(lines.get(header + 3).contains("1.00000e-05"), lines.get(header + 3));
        assertFalse(lines.get(header + 1).contains("!"));
        assertTrue(text.contains("[1] only one class present"));
    }

    @Test
    void valueFormatting() {
        assertEquals("0.500000", TextReportWriter.value(0.5));
        assertEquals("NaN", TextReportWriter.value(Double.NaN));
        assertEquals("1.23457e+09", TextReportWriter.value(1234567890.0));
        assertEquals("0.000000", TextReportWriter.value(0));
    }
}
