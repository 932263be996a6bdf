package dev.verdict.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data keys and validation of ranking, generation, clustering and recommendation plans (real metric catalog). */
final class TaskPlanLoaderTest {
    @TempDir
    Path dir;

    private Plan load(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return PlanLoader.load(p);
    }

    private String error(String yaml, String... fragments) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        String msg = assertThrows(InvalidInputException.class, () -> PlanLoader.load(p)).getMessage();
        assertTrue(msg.startsWith("plan " + p + ":"), msg);
        for (String f : fragments) {
            assertTrue(msg.contains(f), () -> "expected '" + f + "' in: " + msg);
        }
        return msg;
    }

    @Test
    void rankingWithTrecFilesResolvesBothPaths() throws Exception {
        Plan p = load("task: ranking\ndata: {run: run.txt, qrels: q/qrels.txt}\nmetrics:\n"
                + "  - {id: ndcg10, name: ndcg, k: 10}\n  - {id: rr, name: mrr}\n");
        assertEquals(Task.RANKING, p.task());
        assertEquals(dir.resolve("run.txt"), p.data().run());
        assertEquals(dir.resolve("q/qrels.txt"), p.data().qrels());
        assertEquals(List.of("ndcg10", "rr"), p.metrics().stream().map(MetricSpec::id).toList());
    }

    @Test
    void rankingTableNeedsItsColumnsAndRejectsMixingAndSlices() throws Exception {
        Plan p = load("task: ranking\ndata: {path: r.csv, query: q, item: d, score: s, relevance: rel}\n"
                + "metrics: [{name: map}]\n");
        assertEquals("d", p.data().column("item"));
        error("task: ranking\ndata: {path: r.csv, query: q, item: d, score: s}\nmetrics: [{name: map}]\n",
                ":2:", "data.relevance");
        error("task: ranking\ndata:\n  run: run.txt\nmetrics: [{name: map}]\n", ":3:", "data.qrels");
        error("task: ranking\ndata:\n  run: run.txt\n  qrels: q.txt\n  query: q\nmetrics: [{name: map}]\n", ":5:",
                "data.query describes a table");
        error("task: ranking\ndata: {run: r, qrels: q}\nslices: [x]\nmetrics: [{name: map}]\n", ":3:",
                "'slices' of a ranking plan on TREC files are columns of the per-query table", "data.queries");
        error("task: ranking\ndata: {run: r, qrels: q, weight: w}\nmetrics: [{name: map}]\n", ":2:",
                "data.weight does not apply to task ranking");
    }

    @Test
    void rankingPerQueryTableFeedsOperationalMetricsAndSlices() throws Exception {
        Plan p = load("task: ranking\ndata:\n  run: run.txt\n  qrels: qrels.txt\n  queries: {path: q/queries.csv, "
                + "id: qid}\nslices: [category]\nmetrics:\n  - {id: ndcg10, name: ndcg, k: 10}\n"
                + "  - {id: p99, name: percentile, column: latency_ms, q: 0.99}\n");
        assertEquals(new DataSpec.Queries(dir.resolve("q/queries.csv"), "qid"), p.data().queries());
        assertEquals(List.of("category"), p.slices());
        Plan table = load("task: ranking\ndata: {path: r.csv, query: q, item: d, score: s, relevance: rel}\n"
                + "slices: [category]\nmetrics: [{name: map}, {id: p99, name: percentile, column: ms, q: 0.99}]\n");
        assertEquals(null, table.data().queries());
        error("task: ranking\ndata: {run: r, qrels: q}\nmetrics:\n  - {name: map}\n"
                + "  - {id: p99, name: percentile, column: latency_ms, q: 0.99}\n", ":5:", "metrics[1] (id p99)",
                "data.queries: {path: <table>, id: <its query-id column>}");
        error("task: ranking\ndata:\n  run: r\n  qrels: q\n  queries: queries.csv\nmetrics: [{name: map}]\n",
                ":5:", "'data.queries' must be a mapping {path: <per-query table>, id: <its query-id column>}");
        error("task: ranking\ndata:\n  run: r\n  qrels: q\n  queries: {path: queries.csv}\nmetrics: [{name: map}]\n",
                ":5:", "missing 'id'");
        error("task: ranking\ndata:\n  run: r\n  qrels: q\n  queries: {path: a.csv, id: qid, column: x}\n"
                + "metrics: [{name: map}]\n", ":5:", "unknown data.queries key 'column'");
        error("task: binary\ndata:\n  path: a.csv\n  label: y\n  score: s\n  queries: {path: a.csv, id: q}\n"
                + "metrics: [{name: roc_auc}]\n", ":6:", "data.queries does not apply to task binary");
    }

    @Test
    void generationKeysAndMetricInputs() throws Exception {
        Plan p = load("task: generation\ndata: {path: o.jsonl, prediction: hyp, references: refs, logprob: lp, "
                + "tokens: n}\nmetrics:\n  - {id: bleu, name: bleu}\n  - {id: chrfpp, name: chrf, word_order: 2}\n"
                + "  - {name: perplexity}\n  - {name: bits_per_byte}\n");
        assertEquals("refs", p.data().column("references"));
        error("task: generation\ndata: {path: o.jsonl, prediction: hyp, references: refs}\nmetrics:\n"
                + "  - {name: bleu}\n  - {id: pk, name: pass_at_k, k: 2}\n", ":5:", "metrics[1] (id pk)",
                "data.n_samples");
        error("task: generation\ndata: {path: c.csv, n_samples: n}\nmetrics: [{name: pass_at_k}]\n", ":2:",
                "data.n_samples and data.n_correct go together");
        error("task: generation\ndata: {path: c.csv, n_samples: n, n_correct: c}\nmetrics: [{name: bleu}]\n",
                ":3:", "bleu needs data.prediction");
        load("task: generation\ndata: {path: s.csv, problem: p, passed: ok}\nmetrics: [{name: pass_at_k}]\n");
        error("task: generation\ndata: {path: s.csv, logprob: lp, tokens: n}\nmetrics: [{name: bits_per_byte}]\n",
                ":3:", "data.bytes");
    }

    @Test
    void clusteringNeedsClusterAndTheMetricsInputs() throws Exception {
        load("task: clustering\ndata: {path: c.csv, label: y, cluster: k, features: [x1, x2]}\n"
                + "metrics: [{name: adjusted_rand_index}, {name: silhouette}]\n");
        error("task: clustering\ndata: {path: c.csv, label: y}\nmetrics: [{name: purity}]\n", ":2:",
                "data.cluster");
        error("task: clustering\ndata: {path: c.csv, label: y, cluster: k}\nmetrics: [{name: silhouette}]\n",
                ":3:", "silhouette needs data.features");
        error("task: clustering\ndata: {path: c.csv, cluster: k, features: [a, a]}\nmetrics: [{name: silhouette}]\n",
                "data.features lists 'a' twice");
    }

    @Test
    void recommendationKeysAndMetricInputs() throws Exception {
        Plan p = load("task: recommendation\ndata: {path: r.csv, user: u, item: i, score: s, category: c, "
                + "interactions: log.parquet}\nmetrics: [{name: novelty}, {name: intra_list_diversity, by: category}]\n");
        assertEquals(dir.resolve("log.parquet"), p.data().interactions());
        error("task: recommendation\ndata: {path: r.csv, user: u, item: i, score: s}\nmetrics: [{name: novelty}]\n",
                ":3:", "novelty needs data.interactions");
        error("task: recommendation\ndata: {path: r.csv, user: u, item: i, score: s}\n"
                + "metrics: [{name: intra_list_diversity}]\n", "data.features");
        error("task: recommendation\ndata: {path: r.csv, user: u, item: i}\nmetrics: [{name: gini_index}]\n",
                ":2:", "data.score");
        error("task: recommendation\ndata:\n  path: r.csv\n  user: u\n  item: i\n  score: s\n  interactions_user: x\n"
                + "metrics: [{name: gini_index}]\n", ":7:", "data.interactions, which is not given");
    }
}
