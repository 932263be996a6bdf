package dev.verdict.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricState;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Resampling ranking metrics over queries: replicate = metric on the resample with drawn query copies distinct. */
final class QueryReplicatorTest {
    private static final TaskContext CTX = new TaskContext(Task.RANKING, 0.5, List.of(), false, true);
    private static final long SEED = 20261123L;

    private static Metric<?> metric(String name, Object... kv) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        for (MetricDefinition d : RankingMetrics.definitions()) {
            if (d.name().equals(name)) {
                return d.create(p, CTX);
            }
        }
        throw new AssertionError(name);
    }

    private static List<Metric<?>> metrics() {
        List<Metric<?>> out = new ArrayList<>();
        for (MetricDefinition d : RankingMetrics.definitions()) {
            Map<String, Object> p = new HashMap<>();
            if (d.name().equals("interpolated_precision")) {
                p.put("recall", 0.3);
            }
            if (List.of("precision", "recall", "success").contains(d.name())) {
                p.put("k", 5);
            }
            out.add(d.create(p, CTX));
        }
        out.add(metric("ndcg", "k", 5, "gain", "exponential"));
        out.add(metric("map", "max_docs", 7, "relevance_level", 2));
        return out;
    }

    /** Run rows of {@code queries} queries (codes 10, 13, 16, ...) carrying their judgments; some unjudged. */
    private static Columns judgedRun(Random rnd, int queries) {
        List<int[]> rows = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            boolean[] used = new boolean[100];
            for (int i = 0, n = 1 + rnd.nextInt(20); i < n; i++) {
                int d = rnd.nextInt(100);
                if (!used[d]) {
                    used[d] = true;
                    rows.add(new int[] {10 + 3 * q, d});
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
            r[i] = rnd.nextDouble() < 0.2 ? Double.NaN : rnd.nextInt(4) - 1;
        }
        return Columns.builder(n).group(g).item(it).score(s).relevance(r).build();
    }

    /** The generic path: rows repeated, the k-th copy of a query relabelled as a distinct query when asked. */
    private static <S extends MetricState<S>> double recompute(Metric<S> m, Columns rows, int[] counts,
            boolean relabel) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] idx = new int[total];
        int[] copy = new int[total];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                copy[k] = c;
                idx[k++] = i;
            }
        }
        Columns sample = rows.select(idx, total);
        if (relabel) {
            int[] g = sample.group();
            for (int j = 0; j < total; j++) {
                g[j] += copy[j] * 100_000;
            }
        }
        S s = m.stateSpec().newState();
        s.accept(sample);
        return m.compute(s).value();
    }

    /** Multinomial counts over the queries; every row of a query gets its query's count. */
    private static int[] queryCounts(Random rnd, Columns rows) {
        Map<Integer, Integer> count = new HashMap<>();
        List<Integer> codes = new ArrayList<>();
        for (int g : rows.group()) {
            if (!count.containsKey(g)) {
                count.put(g, 0);
                codes.add(g);
            }
        }
        for (int k = 0; k < codes.size(); k++) {
            count.merge(codes.get(rnd.nextInt(codes.size())), 1, Integer::sum);
        }
        int[] c = new int[rows.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = count.get(rows.group()[i]);
        }
        return c;
    }

    @Test
    void queryResampleEqualsRecomputationWithDistinctQueryCopies() {
        Random rnd = new Random(SEED);
        Columns rows = judgedRun(rnd, 40);
        int checked = 0;
        for (Metric<?> m : metrics()) {
            Resamplable.Replicator rep = ((Resamplable) m).replicator(rows);
            assertNotNull(rep, m.name());
            int[] ones = new int[rows.size()];
            java.util.Arrays.fill(ones, 1);
            assertEquals(recompute(m, rows, ones, false), rep.value(ones), 1e-12, m.name() + " all ones");
            Resamplable.Replicator fork = rep.fork();
            for (int t = 0; t < 5; t++) {
                int[] counts = queryCounts(rnd, rows);
                assertEquals(recompute(m, rows, counts, true), fork.value(counts), 1e-12, m.name() + m.params());
                checked++;
            }
        }
        assertTrue(checked >= 5 * RankingMetrics.definitions().size());
    }

    @Test
    void countsThatSplitAQueryAreRecomputedOnTheRows() {
        Random rnd = new Random(SEED + 1);
        Columns rows = judgedRun(rnd, 15);
        Metric<?> ndcg = metric("ndcg");
        Resamplable.Replicator rep = ((Resamplable) ndcg).replicator(rows);
        int[] counts = new int[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = rnd.nextInt(2);
        }
        assertEquals(recompute(ndcg, rows, counts, false), rep.value(counts), 1e-12);
        assertTrue(Double.isNaN(rep.value(new int[rows.size()])), "no query drawn");
    }

    @Test
    void trecEval9CountingMissingTopicsHasNoFastPath() {
        Columns run = Columns.builder(2).group(new int[] {1, 1}).item(new int[] {0, 1}).score(new double[] {1, 2})
                .build();
        Columns qrels = Columns.builder(2).group(new int[] {1, 2}).item(new int[] {0, 5})
                .relevance(new double[] {1, 1}).build();
        Metric<?> m = metric("map", "trec_eval_version", "9", "count_missing_topics", true);
        assertNull(((Resamplable) m).replicator(qrels), "num_q counts topics without per-query values");
        assertNotNull(((Resamplable) metric("map")).replicator(withJudgments(run)));
    }

    private static Columns withJudgments(Columns run) {
        return Columns.builder(run.size()).group(run.group()).item(run.item()).score(run.score())
                .relevance(new double[] {1, 0}).build();
    }
}
