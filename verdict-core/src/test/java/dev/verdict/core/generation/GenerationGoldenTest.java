package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.Approx;
import dev.verdict.core.testing.MetricProperties;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the generation fixtures in {@code src/test/resources/generation/} (GoldenCase's format plus the text columns
 * {@code text}, {@code references} (row-major: one array of references per row), {@code nSamples}, {@code nCorrect},
 * {@code group}, {@code label}, {@code logProb}, {@code tokenCount}, {@code byteCount}), in one pass and chunked.
 * An expectation with {@code "abs"} (the reference tools' own test vectors) is checked to that absolute tolerance.
 */
final class GenerationGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
    private static final List<String> FILES = List.of("/generation/generation.json",
            "/generation/generation_reference_tests.json");

    @TestFactory
    Stream<DynamicTest> everyReferenceValueIsReproduced() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = GenerationGoldenTest.class.getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                for (JsonNode c : JSON.readTree(in).get("cases")) {
                    tests.add(DynamicTest.dynamicTest(file + " / " + c.get("name").asText(), () -> check(c)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no generation fixtures");
        return tests.stream();
    }

    static Columns columns(JsonNode cols) {
        int n = -1;
        for (JsonNode col : cols) {
            n = col.size();
            break;
        }
        Columns.Builder b = Columns.builder(Math.max(n, 0));
        if (cols.has("text")) {
            String[] t = new String[n];
            for (int i = 0; i < n; i++) {
                t[i] = cols.get("text").get(i).isNull() ? null : cols.get("text").get(i).asText();
            }
            b.text(t);
        }
        if (cols.has("references")) {
            String[][] r = new String[n][];
            for (int i = 0; i < n; i++) {
                JsonNode row = cols.get("references").get(i);
                r[i] = new String[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    r[i][j] = row.get(j).isNull() ? null : row.get(j).asText();
                }
            }
            b.references(r);
        }
        b.nSamples(ints(cols.get("nSamples"))).nCorrect(ints(cols.get("nCorrect"))).group(ints(cols.get("group")))
                .label(ints(cols.get("label"))).logProb(doubles(cols.get("logProb")))
                .tokenCount(doubles(cols.get("tokenCount"))).byteCount(doubles(cols.get("byteCount")));
        return b.build();
    }

    private static int[] ints(JsonNode a) {
        if (a == null) {
            return null;
        }
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    private static double[] doubles(JsonNode a) {
        if (a == null) {
            return null;
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static void check(JsonNode c) {
        TaskContext ctx = new TaskContext(Task.GENERATION, 0.5, List.of(), false, false);
        Columns data = columns(c.get("columns"));
        List<Metric<?>> metrics = new ArrayList<>();
        for (JsonNode e : c.get("expected")) {
            Map<String, Object> params = e.has("params") ? JSON.convertValue(e.get("params"), Map.class) : Map.of();
            metrics.add(MetricCatalog.require(Task.GENERATION, e.get("metric").asText()).create(params, ctx));
        }
        List<MetricValue> one = MetricSuite.of(metrics).newAccumulator().accept(data).results();
        List<MetricValue> chunked = MetricProperties.chunked(metrics, data, 3, new Random(11));
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode e = c.get("expected").get(i);
            double rel = e.has("rel") ? e.get("rel").asDouble() : 1e-9;
            String what = c.get("name").asText() + ": " + metrics.get(i).name() + " " + metrics.get(i).params()
                    + " [" + e.path("source").asText() + "]";
            if (e.has("abs")) {
                double tol = e.get("abs").asDouble();
                double want = e.get("value").asDouble();
                assertTrue(Math.abs(want - one.get(i).value()) <= tol, what + ": expected " + want + " +- " + tol
                        + " but was " + one.get(i).value());
                assertTrue(Math.abs(want - chunked.get(i).value()) <= tol, what + " (chunked)");
                continue;
            }
            Approx.assertClose(e.get("value").asDouble(), one.get(i).value(), rel, what);
            Approx.assertClose(e.get("value").asDouble(), chunked.get(i).value(), rel, what + " (chunked)");
            if (e.has("detail")) {
                Approx.assertDeepClose(JSON.convertValue(e.get("detail"), Map.class), one.get(i).detail(), rel,
                        what + " detail");
            }
            if (e.has("warning")) {
                assertEquals(e.get("warning").asBoolean(), one.get(i).warning() != null, what);
            }
        }
    }
}
