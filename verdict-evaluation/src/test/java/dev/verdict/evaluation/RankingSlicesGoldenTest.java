package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ranking plan on TREC files with a per-query table ({@code data.queries}) and {@code slices: [category, shard]}:
 * every measure on every slice equals trec_eval 10.0 run on the run and qrels lines of the slice's queries only (same
 * options, {@code -c} included), its {@code num_q} too; percentile and mean of {@code latency_ms} equal numpy's over
 * the slice's per-query rows, and their {@code n} counts those rows. Expected values and input files:
 * {@code tools/golden/ranking_slices.py} → {@code src/test/resources/ranking-slices/} (tolerance: the fixture's
 * {@code rel}, 1e-12 relative, as the trec_eval binary printed %.17g).
 */
final class RankingSlicesGoldenTest {
    private static final List<String> MEASURES = List.of("map", "ndcg10", "p5", "rr", "bpref", "r10");
    private static final List<String> OPERATIONAL = List.of("p99", "p50", "mean");

    @TempDir
    Path dir;

    private static Path resources() throws URISyntaxException {
        return Path.of(RankingSlicesGoldenTest.class.getResource("/ranking-slices/expected.json").toURI())
                .getParent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "missing-topics-counted"})
    void everySliceMatchesTrecEvalOnItsQueriesAndNumpyOnItsRows(String name) throws Exception {
        JsonNode golden = new ObjectMapper().readTree(resources().resolve("expected.json").toFile());
        JsonNode c = null;
        for (JsonNode x : golden.get("cases")) {
            if (x.get("name").asText().equals(name)) {
                c = x;
            }
        }
        assertNotNull(c, name);
        double rel = golden.get("rel").asDouble();
        EvaluationReport report = Evaluation.run(PlanLoader.load(plan(resources().resolve(name),
                c.get("params").path("count_missing_topics").asBoolean(false))), null);
        Map<String, ResultRow> byKey = new HashMap<>();
        report.results().forEach(r -> byKey.put(r.id() + " " + r.slice(), r));
        assertEquals(c.get("slices").size() * (MEASURES.size() + OPERATIONAL.size()), report.results().size());
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("slices").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            JsonNode expected = s.getValue();
            for (String id : MEASURES) {
                ResultRow r = byKey.get(id + " " + s.getKey());
                assertNotNull(r, id + " " + s.getKey());
                close(expected.get(id).asDouble(), r.value(), rel, name + " " + id + " " + s.getKey());
                assertEquals(expected.get("num_q").asLong(), ((Number) r.detail().get("num_q")).longValue(),
                        name + " num_q " + s.getKey());
                assertEquals(expected.get("num_q").asLong(), r.units());
            }
            for (String id : OPERATIONAL) {
                ResultRow r = byKey.get(id + " " + s.getKey());
                close(expected.get(id).asDouble(), r.value(), rel, name + " " + id + " " + s.getKey());
                assertEquals(expected.get("queries").asLong(), r.n(), name + " n " + s.getKey());
            }
        }
    }

    private Path plan(Path data, boolean countMissing) throws IOException {
        String opt = countMissing ? ", count_missing_topics: true" : "";
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: ranking\n"
                + "data:\n  run: " + data.resolve("run.txt") + "\n  qrels: " + data.resolve("qrels.txt") + "\n"
                + "  queries: {path: " + data.resolve("queries.csv") + ", id: qid}\n"
                + "slices: [category, shard]\n"
                + "metrics:\n"
                + "  - {id: map, name: map" + opt + "}\n"
                + "  - {id: ndcg10, name: ndcg, k: 10" + opt + "}\n"
                + "  - {id: p5, name: precision, k: 5" + opt + "}\n"
                + "  - {id: rr, name: mrr" + opt + "}\n"
                + "  - {id: bpref, name: bpref" + opt + "}\n"
                + "  - {id: r10, name: recall, k: 10" + opt + "}\n"
                + "  - {id: p99, name: percentile, column: latency_ms, q: 0.99}\n"
                + "  - {id: p50, name: percentile, column: latency_ms, q: 0.5}\n"
                + "  - {id: mean, name: mean, column: latency_ms}\n");
        return p;
    }

    private static void close(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.max(1.0, Math.abs(expected)), what);
    }
}
