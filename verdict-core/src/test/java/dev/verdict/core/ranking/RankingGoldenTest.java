package dev.verdict.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reproduces the values trec_eval 10.0 (and 9.0.8 for {@code trec_eval_version: 9}) computed on the seeded runs of
 * {@code tools/golden/ranking.py} (fixture {@code ranking/trec_eval_golden.json}): the mean of every implemented
 * measure, each query's value and the num_q / num_ret / num_rel / num_rel_ret counters, in one pass and when the run
 * and qrels rows are split into chunks and combined.
 */
final class RankingGoldenTest {
    private static final TaskContext CTX = new TaskContext(Task.RANKING, 0.5, List.of(), false, true);

    @TestFactory
    Stream<DynamicTest> everyTrecEvalValueIsReproduced() throws IOException {
        JsonNode root;
        try (InputStream in = RankingGoldenTest.class.getResourceAsStream("/ranking/trec_eval_golden.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
        }
        assertTrue(tests.size() >= 6);
        return tests.stream();
    }

    private static void check(JsonNode c) {
        Columns run = Columns.builder(c.get("run").get("group").size()).group(ints(c.get("run").get("group")))
                .item(ints(c.get("run").get("item"))).score(doubles(c.get("run").get("score"))).build();
        Columns qrels = Columns.builder(c.get("qrels").get("group").size()).group(ints(c.get("qrels").get("group")))
                .item(ints(c.get("qrels").get("item"))).relevance(doubles(c.get("qrels").get("relevance"))).build();
        List<Metric<?>> metrics = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (JsonNode e : c.get("expected")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = json.convertValue(e.get("params"), Map.class);
            metrics.add(MetricCatalog.require(Task.RANKING, e.get("metric").asText()).create(params, CTX));
        }
        MetricSuite suite = MetricSuite.of(metrics);
        List<MetricValue> onePass = suite.newAccumulator().accept(qrels).accept(run).results();
        List<MetricValue> chunked = chunked(suite, run, qrels, new Random(7));
        double rel = c.get("rel").asDouble();
        double abs = c.get("abs").asDouble();
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode e = c.get("expected").get(i);
            String what = c.get("name").asText() + ": " + e.get("source").asText();
            compare(e, onePass.get(i), c.get("queries"), rel, abs, what);
            compare(e, chunked.get(i), c.get("queries"), rel, abs, what + " (chunked)");
        }
    }

    static List<MetricValue> chunked(MetricSuite suite, Columns run, Columns qrels, Random rnd) {
        List<MetricSuite.Accumulator> parts = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            parts.add(suite.newAccumulator());
        }
        feed(parts, run, rnd);
        feed(parts, qrels, rnd);
        MetricSuite.Accumulator acc = parts.get(2);
        acc.combine(parts.get(0)).combine(parts.get(1));
        return acc.results();
    }

    private static void feed(List<MetricSuite.Accumulator> parts, Columns data, Random rnd) {
        int a = rnd.nextInt(data.size() + 1);
        int b = a + rnd.nextInt(data.size() - a + 1);
        parts.get(0).accept(data, 0, a);
        parts.get(1).accept(data, a, b);
        parts.get(2).accept(data, b, data.size());
    }

    private static void compare(JsonNode e, MetricValue v, JsonNode queries, double rel, double abs, String what) {
        String counter = e.has("detail_counter") ? e.get("detail_counter").asText() : null;
        double actual = counter == null ? v.value() : ((Number) v.detail().get(counter)).doubleValue();
        close(e.get("value").asDouble(), actual, rel, abs, what + " all");
        int[] codes = (int[]) v.detail().get("queries");
        Object per = counter == null ? v.detail().get("per_query") : v.detail().get("per_query_" + counter);
        JsonNode expected = e.get("per_query");
        if (counter != null && counter.equals("num_q")) {
            return;
        }
        assertEquals(expected.size(), codes.length, what + ": number of queries evaluated");
        for (int q = 0; q < codes.length; q++) {
            String qid = queries.get(codes[q]).asText();
            if (!expected.has(qid)) {
                fail(what + ": query " + qid + " evaluated but trec_eval did not report it");
            }
            double a = per instanceof double[] d ? d[q] : ((int[]) per)[q];
            close(expected.get(qid).asDouble(), a, rel, abs, what + " query " + qid);
        }
    }

    private static void close(double expected, double actual, double rel, double abs, String what) {
        if (!(Math.abs(expected - actual) <= abs + rel * Math.abs(expected))) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        Iterator<JsonNode> it = a.elements();
        for (int i = 0; it.hasNext(); i++) {
            v[i] = it.next().asInt();
        }
        return v;
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
