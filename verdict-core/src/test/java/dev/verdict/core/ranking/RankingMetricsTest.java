package dev.verdict.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class RankingMetricsTest {
    private static final TaskContext CTX = new TaskContext(Task.RANKING, 0.5, List.of(), false, true);
    private static final long SEED = 20240611L;

    private static Metric<?> metric(String name, Object... kv) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        for (MetricDefinition d : RankingMetrics.definitions()) {
            if (d.name().equals(name) || d.aliases().contains(name)) {
                return d.create(p, CTX);
            }
        }
        throw new AssertionError(name);
    }

    private static List<Metric<?>> everyMetric() {
        List<Metric<?>> out = new ArrayList<>();
        for (String lvl : new String[] {"1", "2"}) {
            int l = Integer.parseInt(lvl);
            out.add(metric("map", "relevance_level", l));
            out.add(metric("map", "k", 5, "relevance_level", l));
            out.add(metric("precision", "k", 5, "relevance_level", l));
            out.add(metric("recall", "k", 10, "relevance_level", l));
            out.add(metric("ndcg", "relevance_level", l));
            out.add(metric("ndcg", "k", 5, "gain", "exponential"));
            out.add(metric("mrr", "relevance_level", l));
            out.add(metric("r_precision", "relevance_level", l));
            out.add(metric("bpref", "relevance_level", l));
            out.add(metric("success", "k", 3, "relevance_level", l));
            out.add(metric("interpolated_precision", "recall", 0.3, "relevance_level", l));
            out.add(metric("interpolated_precision_11pt", "relevance_level", l, "trec_eval_version", "9"));
            out.add(metric("map", "max_docs", 7, "relevance_level", l));
        }
        return out;
    }

    /** A single run batch whose relevance column carries the judgments of the retrieved documents. */
    private static Columns judgedRun(Random rnd, int queries) {
        List<int[]> rows = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            int n = 1 + rnd.nextInt(30);
            boolean[] used = new boolean[200];
            for (int i = 0; i < n; i++) {
                int d = rnd.nextInt(200);
                if (!used[d]) {
                    used[d] = true;
                    rows.add(new int[] {q, d});
                }
            }
        }
        int n = rows.size();
        int[] g = new int[n];
        int[] it = new int[n];
        double[] s = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = rows.get(i)[0];
            it[i] = rows.get(i)[1];
            s[i] = rnd.nextInt(6) / 2.0;
            r[i] = rnd.nextDouble() < 0.3 ? Double.NaN : rnd.nextInt(5) - 1;
        }
        return Columns.builder(n).group(g).item(it).score(s).relevance(r).build();
    }

    @Test
    void everyMetricIsMergeAndPermutationInvariant() {
        Random rnd = new Random(SEED);
        for (int rep = 0; rep < 5; rep++) {
            Columns data = judgedRun(rnd, 3 + rep * 4);
            MetricProperties.assertMergeInvariant(everyMetric(), data, SEED + rep);
            MetricProperties.assertPermutationInvariant(everyMetric(), data, SEED + rep);
        }
    }

    /**
     * A run large enough to build its ranked lists on several threads gives, query by query, the values of each
     * query evaluated alone (a single-threaded build), whatever the split.
     */
    @Test
    void listsBuiltInPartsEqualEachQueryAlone() {
        Random rnd = new Random(SEED + 7);
        Columns run = judgedRun(rnd, 12_000);
        assertTrue(run.size() > 100_000, "large enough to split: " + run.size());
        List<Metric<?>> ms = everyMetric();
        List<MetricValue> all = MetricSuite.of(ms).newAccumulator().accept(run).results();
        int[] group = run.group();
        int compared = 0;
        for (int q : new int[] {0, 1, 5999, 6000, 6001, 11_999}) {
            int[] rows = java.util.stream.IntStream.range(0, run.size()).filter(i -> group[i] == q).toArray();
            List<MetricValue> alone = MetricSuite.of(ms).newAccumulator().accept(run.select(rows, rows.length))
                    .results();
            for (int m = 0; m < ms.size(); m++) {
                int[] codes = (int[]) all.get(m).detail().get("queries");
                double[] values = (double[]) all.get(m).detail().get("per_query");
                int at = java.util.Arrays.binarySearch(codes, q);
                if (at < 0) {
                    assertTrue(Double.isNaN(alone.get(m).value()), ms.get(m).name() + " query " + q);
                    continue;
                }
                assertEquals(alone.get(m).value(), values[at], 0.0, ms.get(m).name() + " query " + q);
                compared++;
            }
        }
        assertTrue(compared > ms.size() * 4, "compared " + compared);
    }

    @Test
    void qrelsBatchesAndJudgedRunRowsGiveTheSameValues() {
        Random rnd = new Random(SEED + 1);
        Columns run = judgedRun(rnd, 8);
        int n = run.size();
        int[] keep = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(run.relevance()[i])) {
                keep[k++] = i;
            }
        }
        Columns judged = run.select(keep, k);
        Columns qrels = Columns.builder(k).group(judged.group()).item(judged.item()).relevance(judged.relevance())
                .build();
        Columns bareRun = Columns.builder(n).group(run.group()).item(run.item()).score(run.score()).build();
        List<Metric<?>> ms = everyMetric();
        List<MetricValue> joined = MetricSuite.of(ms).newAccumulator().accept(run).results();
        List<MetricValue> split = MetricSuite.of(ms).newAccumulator().accept(bareRun).accept(qrels).results();
        for (int i = 0; i < ms.size(); i++) {
            assertEquals(joined.get(i).value(), split.get(i).value(), 1e-12, ms.get(i).name());
        }
    }

    @Test
    void tiesAreBrokenByDocumentCodeDescending() {
        // docs 0..3 all score 1; only doc 0 relevant: trec_eval ranks it last (docno descending)
        Columns run = Columns.builder(4).group(new int[4]).item(new int[] {0, 1, 2, 3})
                .score(new double[] {1, 1, 1, 1}).relevance(new double[] {1, 0, 0, 0}).build();
        assertEquals(0.25, value(metric("mrr"), run), 0.0);
        assertEquals(1.0 / Math.log(5) * Math.log(2), value(metric("ndcg"), run), 1e-15);
    }

    @Test
    void handComputedAveragePrecisionAndBpref() {
        // ranking: R N R U(unjudged) N ; plus one unretrieved relevant judgment (R = 3, judged nonrel = 2)
        Columns run = Columns.builder(5).group(new int[5]).item(new int[] {0, 1, 2, 3, 4})
                .score(new double[] {5, 4, 3, 2, 1}).relevance(new double[] {2, 0, 1, Double.NaN, 0}).build();
        Columns qrels = Columns.builder(1).group(new int[1]).item(new int[] {9}).relevance(new double[] {1}).build();
        assertEquals((1.0 + 2.0 / 3.0) / 3.0, value(metric("map"), run, qrels), 1e-15);
        assertEquals((1.0 + (1.0 - 1.0 / 2.0)) / 3.0, value(metric("bpref"), run, qrels), 1e-15);
        assertEquals(2.0 / 5.0, value(metric("P", "k", 5), run, qrels), 1e-15);
        assertEquals(2.0 / 10.0, value(metric("P", "k", 10), run, qrels), 1e-15);
        assertEquals(1.0, value(metric("hit_rate", "k", 1), run, qrels), 0.0);
        assertEquals(1.0, value(metric("map", "relevance_level", 2), run, qrels), 0.0);
    }

    @Test
    void qrelsTopicMissingFromTheRunIsAnErrorUnlessCountedAsZero() {
        Columns run = Columns.builder(1).group(new int[] {1}).item(new int[] {0}).score(new double[] {1})
                .relevance(new double[] {1}).build();
        Columns qrels = Columns.builder(1).group(new int[] {2}).item(new int[] {0}).relevance(new double[] {1})
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> value(metric("map"), run, qrels));
        assertTrue(e.getMessage().contains("query codes 2"), e.getMessage());
        assertTrue(e.getMessage().contains("count_missing_topics"), e.getMessage());
        assertEquals(0.5, value(metric("map", "count_missing_topics", true), run, qrels), 0.0);
        assertEquals(1.0, value(metric("map", "trec_eval_version", "9"), run, qrels), 0.0);
        assertEquals(0.5, value(metric("map", "trec_eval_version", "9", "count_missing_topics", true), run, qrels),
                0.0);
    }

    @Test
    void topicsOnlyInTheRunAreIgnored() {
        Columns run = Columns.builder(2).group(new int[] {1, 5}).item(new int[] {0, 0}).score(new double[] {1, 1})
                .build();
        Columns qrels = Columns.builder(1).group(new int[] {1}).item(new int[] {0}).relevance(new double[] {1})
                .build();
        MetricValue v = compute(metric("map"), run, qrels);
        assertEquals(1.0, v.value(), 0.0);
        assertEquals(1, v.detail().get("num_q"));
    }

    @Test
    void duplicatesAndContradictionsAreRejected() {
        Columns dupRun = Columns.builder(2).group(new int[] {0, 0}).item(new int[] {3, 3})
                .score(new double[] {1, 2}).relevance(new double[] {1, 1}).build();
        assertTrue(assertThrows(InvalidInputException.class, () -> value(metric("map"), dupRun)).getMessage()
                .contains("retrieved twice"));
        Columns run = Columns.builder(1).group(new int[] {0}).item(new int[] {3}).score(new double[] {1})
                .relevance(new double[] {2}).build();
        Columns dupQrels = Columns.builder(2).group(new int[] {0, 0}).item(new int[] {4, 4})
                .relevance(new double[] {1, 0}).build();
        assertTrue(assertThrows(InvalidInputException.class, () -> value(metric("map"), run, dupQrels))
                .getMessage().contains("judged twice"));
        Columns other = Columns.builder(1).group(new int[] {0}).item(new int[] {3}).relevance(new double[] {1})
                .build();
        assertTrue(assertThrows(InvalidInputException.class, () -> value(metric("map"), run, other)).getMessage()
                .contains("in the qrels"));
    }

    @Test
    void malformedBatchesAreRejected() {
        RankingState s = new RankingState();
        Columns noGroup = Columns.builder(1).item(new int[] {0}).score(new double[] {1}).build();
        assertTrue(assertThrows(InvalidInputException.class, () -> s.accept(noGroup)).getMessage().contains("group"));
        Columns nanScore = Columns.builder(1).group(new int[1]).item(new int[1]).score(new double[] {Double.NaN})
                .build();
        assertTrue(assertThrows(InvalidInputException.class, () -> s.accept(nanScore)).getMessage().contains("NaN"));
        Columns weighted = Columns.builder(1).group(new int[1]).item(new int[1]).score(new double[] {1})
                .weight(new double[] {2}).build();
        assertTrue(assertThrows(InvalidInputException.class, () -> s.accept(weighted)).getMessage()
                .contains("weight"));
        Columns neither = Columns.builder(1).group(new int[1]).item(new int[1]).build();
        assertThrows(InvalidInputException.class, () -> s.accept(neither));
        Columns nanQrel = Columns.builder(1).group(new int[1]).item(new int[1]).relevance(new double[] {Double.NaN})
                .build();
        assertThrows(InvalidInputException.class, () -> s.accept(nanQrel));
    }

    @Test
    void invalidParametersAreRejected() {
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("precision")).getMessage().contains("k"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("precision", "k", 0)).getMessage()
                .contains("'k'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("map", "relevance_level", -1))
                .getMessage().contains("relevance_level"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("map", "max_docs", -3)).getMessage()
                .contains("max_docs"));
        assertTrue(assertThrows(InvalidInputException.class, () -> metric("iprec_at_recall", "recall", 1.5))
                .getMessage().contains("recall"));
        assertThrows(InvalidInputException.class, () -> metric("iprec_at_recall"));
        assertThrows(InvalidInputException.class, () -> metric("ndcg", "gain", "cubic"));
        assertThrows(InvalidInputException.class, () -> metric("map", "trec_eval_version", "8"));
    }

    @Test
    void emptyInputAndNoRelevantDocumentsWarn() {
        MetricValue empty = MetricSuite.of(List.of(metric("map"))).newAccumulator().results().get(0);
        assertTrue(Double.isNaN(empty.value()));
        assertNotNull(empty.warning());
        Columns noRel = Columns.builder(2).group(new int[2]).item(new int[] {0, 1}).score(new double[] {1, 2})
                .relevance(new double[] {0, Double.NaN}).build();
        MetricValue v = compute(metric("map"), noRel);
        assertEquals(0.0, v.value(), 0.0);
        assertNotNull(v.warning());
        assertNull(compute(metric("P", "k", 2), noRel).warning());
    }

    private static double value(Metric<?> m, Columns... batches) {
        return compute(m, batches).value();
    }

    private static MetricValue compute(Metric<?> m, Columns... batches) {
        MetricSuite.Accumulator a = MetricSuite.of(List.of(m)).newAccumulator();
        for (Columns b : batches) {
            a.accept(b);
        }
        return a.results().get(0);
    }
}
