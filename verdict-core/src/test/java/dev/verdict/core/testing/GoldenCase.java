package dev.verdict.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One golden case of a fixture file under {@code src/test/resources/golden/}: input columns, task context and the
 * values the reference tool produced. Fixture format (written by the scripts in {@code tools/golden/}):
 *
 * <pre>{@code
 * {"generator": "tools/golden/binary.py", "reference": "scikit-learn 1.2.1",
 *  "cases": [{"name": "...", "task": "binary", "threshold": 0.5, "classes": ["0", "1"],
 *             "columns": {"label": [..], "score": [..], "weight": [..], "predictedLabel": [..],
 *                         "scores": [[..], ..], "labelMatrix": [[..], ..], "yTrue": [..], "yPred": [..],
 *                         "lower": [..], "upper": [..], "time": [..], "group": [..], "item": [..],
 *                         "relevance": [..], "features": [[..], ..],
 *                         "text": ["..", null, ..], "references": [["..", ".."], ..],
 *                         "nSamples": [..], "nCorrect": [..], "logProb": [..], "tokenCount": [..], "byteCount": [..],
 *                         "numeric": {"latency_ms": [..]},
 *                         "category": {"gender": {"codes": [..], "values": ["f", "m"]}}},
 *             "expected": [{"metric": "roc_auc", "params": {}, "value": 0.77, "rel": 1e-9,
 *                           "detail": {..}, "warning": true, "source": "roc_auc_score(y, s, sample_weight=w)"}]}]}
 * }</pre>
 * {@code rel} (relative tolerance, default 1e-9), {@code detail} (only the keys given are checked) and {@code warning}
 * (whether a warning is expected) are optional. An expectation with {@code abs} (an absolute tolerance, for the
 * reference tools' own test vectors) checks the value to that tolerance and nothing else. NaN is written as the bare
 * token {@code NaN}. {@code references} is row-major (the references of each row); a JSON {@code null} in
 * {@code text} or {@code references} is a missing text.
 *
 * @param file fixture file name
 * @param name case name
 * @param context task context
 * @param columns the input rows
 * @param expected expected results
 */
public record GoldenCase(String file, String name, TaskContext context, Columns columns, List<Expected> expected) {

    /**
     * One expected metric value.
     *
     * @param metric metric name
     * @param params plan parameters
     * @param value expected value
     * @param rel relative tolerance
     * @param detail expected detail subset, or null
     * @param warning expected warning presence, or null when not checked
     * @param source the reference call that produced it
     * @param abs absolute tolerance (then only the value is checked), or null to check with {@code rel}
     */
    public record Expected(String metric, Map<String, Object> params, double value, double rel,
            Map<String, Object> detail, Boolean warning, String source, Double abs) {

        /** An expectation checked with the relative tolerance {@code rel}. */
        public Expected(String metric, Map<String, Object> params, double value, double rel,
                Map<String, Object> detail, Boolean warning, String source) {
            this(metric, params, value, rel, detail, warning, source, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    /** Reads every case of a fixture resource, e.g. {@code /golden/binary.json}. */
    public static List<GoldenCase> load(String resource) throws IOException {
        try (InputStream in = GoldenCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            List<GoldenCase> out = new ArrayList<>();
            for (JsonNode c : JSON.readTree(in).get("cases")) {
                Task task = Task.parse(c.get("task").asText());
                JsonNode cols = c.get("columns");
                List<String> classes = new ArrayList<>();
                if (c.has("classes")) {
                    c.get("classes").forEach(x -> classes.add(x.asText()));
                }
                double threshold = c.has("threshold") ? c.get("threshold").asDouble() : 0.5;
                TaskContext ctx = new TaskContext(task, threshold, classes, cols.has("predictedLabel"),
                        cols.has("score") || cols.has("scores"));
                List<Expected> exp = new ArrayList<>();
                for (JsonNode e : c.get("expected")) {
                    exp.add(expected(e));
                }
                out.add(new GoldenCase(resource, c.get("name").asText(), ctx, columns(cols), exp));
            }
            return out;
        }
    }

    /**
     * Asserts that the catalog's metrics reproduce every expected value of this case, in one pass and when the rows
     * are split into chunks and combined (the detail and warning in one pass).
     */
    public void assertReproduced() {
        List<Metric<?>> metrics = new ArrayList<>();
        for (Expected e : expected) {
            metrics.add(MetricCatalog.require(context.task(), e.metric()).create(e.params(), context));
        }
        List<MetricValue> onePass = MetricSuite.of(metrics).newAccumulator().accept(columns).results();
        List<MetricValue> chunked = MetricProperties.chunked(metrics, columns, 3, new Random(11));
        for (int i = 0; i < metrics.size(); i++) {
            Expected e = expected.get(i);
            String what = name + ": " + e.metric() + " " + e.params() + " [" + e.source() + "]";
            if (e.abs() != null) {
                assertWithin(e.value(), onePass.get(i).value(), e.abs(), what);
                assertWithin(e.value(), chunked.get(i).value(), e.abs(), what + " (chunked)");
                continue;
            }
            Approx.assertClose(e.value(), onePass.get(i).value(), e.rel(), what);
            Approx.assertClose(e.value(), chunked.get(i).value(), e.rel(), what + " (chunked)");
            if (e.detail() != null) {
                Approx.assertDeepClose(e.detail(), onePass.get(i).detail(), e.rel(), what + " detail");
            }
            if (e.warning() != null) {
                assertEquals(e.warning(), onePass.get(i).warning() != null,
                        what + " warning: " + onePass.get(i).warning());
            }
        }
    }

    private static void assertWithin(double want, double got, double abs, String what) {
        assertTrue(Math.abs(want - got) <= abs, what + ": expected " + want + " +- " + abs + " but was " + got);
    }

    @SuppressWarnings("unchecked")
    private static Expected expected(JsonNode e) {
        return new Expected(e.get("metric").asText(),
                e.has("params") ? JSON.convertValue(e.get("params"), Map.class) : Map.of(),
                e.get("value").asDouble(), e.has("rel") ? e.get("rel").asDouble() : 1e-9,
                e.has("detail") ? JSON.convertValue(e.get("detail"), Map.class) : null,
                e.has("warning") ? e.get("warning").asBoolean() : null,
                e.has("source") ? e.get("source").asText() : "",
                e.has("abs") ? e.get("abs").asDouble() : null);
    }

    private static Columns columns(JsonNode cols) {
        Columns.Builder b = Columns.builder(Math.max(rowCount(cols), 0));
        b.label(ints(cols.get("label"))).score(doubles(cols.get("score"))).scores(doubleMatrix(cols.get("scores")))
                .predictedLabel(ints(cols.get("predictedLabel"))).labelMatrix(intMatrix(cols.get("labelMatrix")))
                .yTrue(doubles(cols.get("yTrue"))).yPred(doubles(cols.get("yPred")))
                .lower(doubles(cols.get("lower"))).upper(doubles(cols.get("upper")))
                .time(doubles(cols.get("time"))).weight(doubles(cols.get("weight")))
                .group(ints(cols.get("group"))).item(ints(cols.get("item")))
                .relevance(doubles(cols.get("relevance"))).features(doubleMatrix(cols.get("features")))
                .text(texts(cols.get("text"))).references(textRows(cols.get("references")))
                .nSamples(ints(cols.get("nSamples"))).nCorrect(ints(cols.get("nCorrect")))
                .logProb(doubles(cols.get("logProb"))).tokenCount(doubles(cols.get("tokenCount")))
                .byteCount(doubles(cols.get("byteCount")));
        namedColumns(b, cols);
        return b.build();
    }

    /** Rows of a case: the length of its first plain column, else of its first named column. */
    private static int rowCount(JsonNode cols) {
        var names = cols.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            JsonNode col = cols.get(k);
            if (k.equals("numeric") || k.equals("category")) {
                continue;
            }
            boolean columnMajor = col.size() > 0 && col.get(0).isArray() && !k.equals("references");
            return columnMajor ? col.get(0).size() : col.size();
        }
        for (JsonNode col : cols.path("numeric")) {
            return col.size();
        }
        for (JsonNode col : cols.path("category")) {
            return col.get("codes").size();
        }
        return -1;
    }

    /** Adds the named numeric ("numeric": {name: [..]}) and categorical ("category": {name: {codes, values}}) columns. */
    private static void namedColumns(Columns.Builder b, JsonNode cols) {
        var numeric = cols.path("numeric").fields();
        while (numeric.hasNext()) {
            var e = numeric.next();
            b.numeric(e.getKey(), doubles(e.getValue()));
        }
        var category = cols.path("category").fields();
        while (category.hasNext()) {
            var e = category.next();
            List<String> values = new ArrayList<>();
            e.getValue().get("values").forEach(x -> values.add(x.asText()));
            b.category(e.getKey(), ints(e.getValue().get("codes")), values);
        }
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

    private static String[] texts(JsonNode a) {
        return each(a, String[]::new, x -> x.isNull() ? null : x.asText());
    }

    private static String[][] textRows(JsonNode a) {
        return each(a, String[][]::new, GoldenCase::texts);
    }

    private static double[][] doubleMatrix(JsonNode a) {
        return each(a, double[][]::new, GoldenCase::doubles);
    }

    private static int[][] intMatrix(JsonNode a) {
        return each(a, int[][]::new, GoldenCase::ints);
    }

    /** The elements of a JSON array converted one by one, or null when the array is absent. */
    private static <T> T[] each(JsonNode a, IntFunction<T[]> array, Function<JsonNode, T> element) {
        if (a == null) {
            return null;
        }
        T[] v = array.apply(a.size());
        for (int i = 0; i < v.length; i++) {
            v[i] = element.apply(a.get(i));
        }
        return v;
    }
}
