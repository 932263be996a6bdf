package dev.verdict.io.trec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reproduces trec_eval 10.0's own expected outputs ({@code test/out.test*} of usnistgov/trec_eval, commands in its
 * Makefile target {@code quicktest}) from its test inputs, through {@link TrecReader} and the ranking metrics, for
 * every measure we implement; values are compared as trec_eval prints them ({@code %6.4f}, i.e. the exact binary
 * value rounded half-even). The files are not in this repository: they are read from
 * {@code shared/conformance/trec_eval-10.0} next to the repository, and the test is skipped when that is absent.
 */
final class TrecEvalConformanceTest {
    private static final TaskContext CTX = new TaskContext(Task.RANKING, 0.5, List.of(), false, true);

    /** One trec_eval invocation of the quicktest target. */
    private record Case(String expected, String qrels, String run, int level, boolean complete, int maxDocs) {
    }

    private static final List<Case> CASES = List.of(
            new Case("out.test", "qrels.test", "results.test", 1, false, 0),
            new Case("out.test", "qrels.test.with-comments", "results.test", 1, false, 0),
            new Case("out.comment.test", "qrels.comment.test", "results.comment.test", 1, false, 0),
            new Case("out.test.a", "qrels.test", "results.test", 1, false, 0),
            new Case("out.test.aq", "qrels.test", "results.test", 1, false, 0),
            new Case("out.test.aqc", "qrels.test", "results.trunc", 1, true, 0),
            new Case("out.test.aqcM", "qrels.test", "results.trunc", 1, true, 100),
            new Case("out.test.aql", "qrels.rel_level", "results.test", 2, false, 0),
            new Case("out.test.meas_params", "qrels.test", "results.test", 1, false, 0));

    /**
     * @return {@code shared/conformance/trec_eval-10.0} found by walking up from the working directory (the module
     *     directory: {@code ../../shared/conformance} or {@code ../shared/conformance} for a checkout next to
     *     shared/, further up for a worktree), or from the environment variable {@code VERDICT_CONFORMANCE}; null
     *     when absent
     */
    static Path conformanceDir() {
        String env = System.getenv("VERDICT_CONFORMANCE");
        if (env != null && Files.isRegularFile(Path.of(env, "trec_eval-10.0", "out.test"))) {
            return Path.of(env, "trec_eval-10.0");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("shared/conformance/trec_eval-10.0");
            if (Files.isRegularFile(c.resolve("out.test"))) {
                return c;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyImplementedMeasureMatchesTrecEvalsExpectedOutput() {
        Path dir = conformanceDir();
        Assumptions.assumeTrue(dir != null, "trec_eval conformance files not found at ../../shared/conformance or "
                + "../shared/conformance (relative to the module); skipping");
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.expected() + " (" + c.qrels() + ", " + c.run() + ")",
                () -> check(dir, c)));
    }

    private static void check(Path dir, Case c) throws IOException {
        TrecData data = TrecReader.read(dir.resolve(c.qrels()), dir.resolve(c.run()));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve(c.expected()))) {
            String[] f = line.trim().split("\\s+");
            expected.put(f[0] + "|" + f[1], f[2]);
        }
        List<String> measures = new ArrayList<>();
        List<Metric<?>> metrics = new ArrayList<>();
        for (String key : expected.keySet()) {
            String measure = key.substring(0, key.indexOf('|'));
            if (!measures.contains(measure)) {
                Metric<?> m = metricFor(measure, c);
                if (m != null) {
                    measures.add(measure);
                    metrics.add(m);
                }
            }
        }
        MetricSuite.Accumulator acc = MetricSuite.of(metrics).newAccumulator();
        acc.accept(data.qrelsColumns()).accept(data.runColumns());
        List<MetricValue> values = acc.results();
        int compared = 0;
        for (int i = 0; i < measures.size(); i++) {
            compared += compare(expected, measures.get(i), values.get(i), data, c);
        }
        assertTrue(compared >= 5, "too few values compared: " + compared);
    }

    private static int compare(Map<String, String> expected, String measure, MetricValue v, TrecData data, Case c) {
        int compared = 0;
        String counter = counterName(measure);
        String all = expected.get(measure + "|all");
        if (all != null) {
            String actual = counter == null ? fmt(v.value()) : String.valueOf(v.detail().get(counter));
            assertEquals(all, actual, c.expected() + " " + measure + " all");
            compared++;
        }
        int[] queries = (int[]) v.detail().get("queries");
        Object perQuery = counter == null ? v.detail().get("per_query")
                : counter.equals("num_q") ? null : v.detail().get("per_query_" + counter);
        for (int q = 0; perQuery != null && q < queries.length; q++) {
            String e = expected.get(measure + "|" + data.queries().get(queries[q]));
            if (e == null) {
                continue;
            }
            String actual = perQuery instanceof double[] d ? fmt(d[q]) : String.valueOf(((int[]) perQuery)[q]);
            assertEquals(e, actual, c.expected() + " " + measure + " query " + data.queries().get(queries[q]));
            compared++;
        }
        return compared;
    }

    private static String counterName(String measure) {
        return switch (measure) {
            case "num_q", "num_ret", "num_rel", "num_rel_ret" -> measure;
            default -> null;
        };
    }

    static String fmt(double v) {
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** @return our metric for a trec_eval measure name, or null when we do not implement it */
    private static Metric<?> metricFor(String measure, Case c) {
        Map<String, Object> p = new HashMap<>();
        p.put("relevance_level", c.level());
        p.put("count_missing_topics", c.complete());
        p.put("max_docs", c.maxDocs());
        String name = trecToOurs(measure, p);
        if (name == null) {
            return null;
        }
        MetricDefinition d = MetricCatalog.require(Task.RANKING, name);
        return d.create(p, CTX);
    }

    private static String trecToOurs(String measure, Map<String, Object> p) {
        switch (measure) {
            case "map":
            case "num_q":
            case "num_ret":
            case "num_rel":
            case "num_rel_ret":
                return "map";
            case "ndcg":
                return "ndcg";
            case "recip_rank":
                return "recip_rank";
            case "Rprec":
                return "Rprec";
            case "bpref":
                return "bpref";
            case "11pt_avg":
                return "11pt_avg";
            default:
                break;
        }
        String[][] cut = {{"map_cut_", "map"}, {"P_", "P"}, {"recall_", "recall"}, {"ndcg_cut_", "ndcg"},
            {"success_", "success"}};
        for (String[] m : cut) {
            if (measure.startsWith(m[0]) && measure.substring(m[0].length()).matches("\\d+")) {
                p.put("k", Integer.parseInt(measure.substring(m[0].length())));
                return m[1];
            }
        }
        if (measure.startsWith("iprec_at_recall_")) {
            p.put("recall", Double.parseDouble(measure.substring("iprec_at_recall_".length())));
            return "iprec_at_recall";
        }
        return null;
    }
}
