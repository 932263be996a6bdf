package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verdict evaluate} for ranking, generation, clustering and recommendation plans on small files. Expected
 * values are computed by the engine directly on the same arrays (codes built by hand here), so the test checks the
 * file-to-columns mapping; every bad-input case of the issue must exit 2 with file, line/row and reason.
 */
final class TaskPlansEndToEndTest {
    private static final String RUN = "q1 Q0 d1 1 3.0 t\nq1 Q0 d2 2 2.0 t\nq1 Q0 d3 3 2.0 t\n"
            + "q2 Q0 d1 1 1.0 t\nq2 Q0 d4 2 0.5 t\n";
    private static final String QRELS = "q1 0 d2 1\nq1 0 d5 1\nq2 0 d4 2\nq2 0 d1 0\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CliRun evaluate(Path plan, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "evaluate";
        args[1] = "--plan";
        args[2] = plan.toString();
        args[3] = "--json=" + dir.resolve("out.json");
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private Map<String, JsonNode> results() throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
        Map<String, JsonNode> out = new java.util.HashMap<>();
        for (JsonNode r : root.get("results")) {
            if (r.get("slice").asText().equals("all")) {
                out.put(r.get("id").asText(), r);
            }
        }
        return out;
    }

    private static void assertInvalid(CliRun run, String... fragments) {
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("verdict: error: "), run::toString);
        for (String f : fragments) {
            assertTrue(run.err().contains(f), () -> "expected '" + f + "' in\n" + run);
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }

    /** The engine's value of one metric on the given batches. */
    private static double engine(Task task, String name, Map<String, ?> params, Columns... batches) {
        Metric<?> m = MetricCatalog.require(task, name).create(params, new TaskContext(task, 0.5, List.of(), false,
                false));
        MetricSuite.Accumulator acc = MetricSuite.of(List.of(m)).newAccumulator();
        for (Columns b : batches) {
            acc.accept(b);
        }
        return acc.results().get(0).value();
    }

    private static void assertValue(double expected, JsonNode result) {
        assertEquals(expected, result.get("value").asDouble(), 1e-12, result::toString);
    }

    // queries q1=0, q2=1; documents d1..d5 = 0..4 (byte order)
    private static final Columns RUN_COLS = Columns.builder(5).group(new int[] {0, 0, 0, 1, 1})
            .item(new int[] {0, 1, 2, 0, 3}).score(new double[] {3, 2, 2, 1, 0.5}).build();
    private static final Columns QRELS_COLS = Columns.builder(4).group(new int[] {0, 0, 1, 1})
            .item(new int[] {1, 4, 3, 0}).relevance(new double[] {1, 1, 2, 0}).build();

    @Test
    void rankingFromTrecFilesMatchesTheEngineAndPrintsPerQueryValues() throws Exception {
        file("run.txt", RUN);
        file("qrels.txt", QRELS);
        Path plan = file("plan.yaml", "task: ranking\ndata: {run: run.txt, qrels: qrels.txt}\nmetrics:\n"
                + "  - {id: ndcg10, name: ndcg, k: 10}\n  - {id: p5, name: precision, k: 5}\n  - {id: rr, name: mrr}\n");
        CliRun run = evaluate(plan, "--per-query");
        assertEquals(0, run.exit(), run::toString);
        Map<String, JsonNode> r = results();
        assertValue(engine(Task.RANKING, "ndcg", Map.of("k", 10), RUN_COLS, QRELS_COLS), r.get("ndcg10"));
        assertValue(engine(Task.RANKING, "precision", Map.of("k", 5), RUN_COLS, QRELS_COLS), r.get("p5"));
        assertValue(engine(Task.RANKING, "mrr", Map.of(), RUN_COLS, QRELS_COLS), r.get("rr"));
        assertEquals("[\"q1\",\"q2\"]", r.get("rr").get("detail").get("queries").toString());
        assertTrue(run.out().contains("query\tndcg10\tp5\trr"), run::toString);
        assertTrue(run.out().contains("\nq2\t"), run::toString);
    }

    @Test
    void rankingFromATableMatchesTheEngine() throws Exception {
        file("run.csv", "qid,doc,s,rel\nq1,d1,3.0,0\nq1,d2,2.0,1\nq1,d3,2.0,0\nq2,d1,1.0,0\nq2,d4,0.5,2\n");
        Path plan = file("plan.yaml", "task: ranking\ndata: {path: run.csv, query: qid, item: doc, score: s, "
                + "relevance: rel}\nmetrics:\n  - {id: ap, name: map}\n  - {id: n3, name: ndcg, k: 3}\n");
        assertEquals(0, evaluate(plan).exit());
        Columns run = Columns.builder(5).group(new int[] {0, 0, 0, 1, 1}).item(new int[] {0, 1, 2, 0, 3})
                .score(new double[] {3, 2, 2, 1, 0.5}).relevance(new double[] {0, 1, 0, 0, 2}).build();
        Map<String, JsonNode> r = results();
        assertValue(engine(Task.RANKING, "map", Map.of(), run), r.get("ap"));
        assertValue(engine(Task.RANKING, "ndcg", Map.of("k", 3), run), r.get("n3"));
    }

    @Test
    void generationFromJsonLinesMatchesTheEngine() throws Exception {
        file("out.jsonl", "{\"hyp\": \"the cat sat on the mat\", \"refs\": [\"the cat is on the mat\", \"a cat sat\"], "
                + "\"lp\": -4.5, \"n\": 6}\n"
                + "{\"hyp\": \"héllo world\", \"refs\": \"hello world\", \"lp\": -2.0, \"n\": 3}\n");
        Path plan = file("plan.yaml", "task: generation\ndata: {path: out.jsonl, prediction: hyp, references: refs, "
                + "logprob: lp, tokens: n}\nmetrics:\n  - {id: bleu, name: bleu}\n"
                + "  - {id: chrfpp, name: chrf, word_order: 2}\n  - {id: rl, name: rougeL}\n"
                + "  - {name: perplexity}\n  - {name: bits_per_byte}\n");
        CliRun run = evaluate(plan);
        assertEquals(0, run.exit(), run::toString);
        String[] hyp = {"the cat sat on the mat", "héllo world"};
        String[][] refs = {{"the cat is on the mat", "a cat sat"}, {"hello world"}};
        Columns c = Columns.builder(2).text(hyp).references(refs).logProb(new double[] {-4.5, -2.0})
                .tokenCount(new double[] {6, 3}).byteCount(new double[] {22, 12}).build();
        Map<String, JsonNode> r = results();
        assertValue(engine(Task.GENERATION, "bleu", Map.of(), c), r.get("bleu"));
        assertValue(engine(Task.GENERATION, "chrf", Map.of("word_order", 2), c), r.get("chrfpp"));
        assertValue(engine(Task.GENERATION, "rougeL", Map.of(), c), r.get("rl"));
        assertValue(engine(Task.GENERATION, "perplexity", Map.of(), c), r.get("perplexity"));
        assertValue(engine(Task.GENERATION, "bits_per_byte", Map.of(), c), r.get("bits_per_byte"));
    }

    @Test
    void passAtKFromCountsAndFromPerSampleRows() throws Exception {
        file("counts.csv", "task,n,c\nA,10,3\nB,10,0\nC,5,5\n");
        Path plan = file("plan.yaml", "task: generation\ndata: {path: counts.csv, n_samples: n, n_correct: c}\n"
                + "metrics:\n  - {id: p1, name: pass_at_k, k: 1}\n  - {id: p5, name: pass_at_k, k: 5}\n");
        assertEquals(0, evaluate(plan).exit());
        Columns counts = Columns.builder(3).nSamples(new int[] {10, 10, 5}).nCorrect(new int[] {3, 0, 5}).build();
        assertValue(engine(Task.GENERATION, "pass_at_k", Map.of("k", 5), counts), results().get("p5"));
        file("samples.csv", "problem,ok\nA,true\nA,false\nB,false\nB,false\nA,true\n");
        Path perSample = file("plan2.yaml", "task: generation\ndata: {path: samples.csv, problem: problem, "
                + "passed: ok}\nmetrics:\n  - {id: p1, name: pass_at_k, k: 1}\n");
        assertEquals(0, evaluate(perSample).exit());
        Columns rows = Columns.builder(5).group(new int[] {0, 0, 1, 1, 0}).label(new int[] {1, 0, 0, 0, 1}).build();
        assertValue(engine(Task.GENERATION, "pass_at_k", Map.of("k", 1), rows), results().get("p1"));
    }

    @Test
    void clusteringMatchesTheEngine() throws Exception {
        file("c.csv", "y,k,x1,x2\na,0,0.0,0.1\na,0,0.2,0.0\nb,1,1.0,1.1\nb,0,0.9,1.0\nc,1,2.0,2.0\n");
        Path plan = file("plan.yaml", "task: clustering\ndata: {path: c.csv, label: y, cluster: k, "
                + "features: [x1, x2]}\nmetrics:\n  - {id: ari, name: adjusted_rand_index}\n  - {name: silhouette}\n");
        CliRun run = evaluate(plan);
        assertEquals(0, run.exit(), run::toString);
        Columns c = Columns.builder(5).label(new int[] {0, 0, 1, 1, 2}).predictedLabel(new int[] {0, 0, 1, 0, 1})
                .features(new double[][] {{0, 0.2, 1, 0.9, 2}, {0.1, 0, 1.1, 1, 2}}).build();
        Map<String, JsonNode> r = results();
        assertValue(engine(Task.CLUSTERING, "adjusted_rand_index", Map.of(), c), r.get("ari"));
        assertValue(engine(Task.CLUSTERING, "silhouette", Map.of(), c), r.get("silhouette"));
    }

    @Test
    void recommendationJoinsPopularityFromInteractions() throws Exception {
        file("recs.csv", "u,i,s,cat\nu1,b,0.9,x\nu1,a,0.5,y\nu2,a,0.8,y\nu2,c,0.3,x\n");
        file("inter.csv", "user,item\nu1,a\nu2,a\nu3,a\nu3,b\nu4,c\nu4,a\n");
        Path plan = file("plan.yaml", "task: recommendation\ndata: {path: recs.csv, user: u, item: i, score: s, "
                + "category: cat, interactions: inter.csv, interactions_user: user, interactions_item: item}\n"
                + "metrics:\n  - {id: nov, name: novelty, k: 2}\n  - {id: ild, name: intra_list_diversity, k: 2, "
                + "by: category}\n  - {id: cov, name: catalog_coverage, k: 1}\n");
        CliRun run = evaluate(plan);
        assertEquals(0, run.exit(), run::toString);
        // items a=0, b=1, c=2; popularity = users with the item / 4 users
        Columns c = Columns.builder(4).group(new int[] {0, 0, 1, 1}).item(new int[] {1, 0, 0, 2})
                .score(new double[] {0.9, 0.5, 0.8, 0.3}).label(new int[] {0, 1, 1, 0})
                .relevance(new double[] {0.25, 1.0, 1.0, 0.25}).build();
        Map<String, JsonNode> r = results();
        assertValue(engine(Task.RECOMMENDATION, "novelty", Map.of("k", 2), c), r.get("nov"));
        assertValue(engine(Task.RECOMMENDATION, "intra_list_diversity", Map.of("k", 2, "by", "category"), c),
                r.get("ild"));
        assertValue(engine(Task.RECOMMENDATION, "catalog_coverage", Map.of("k", 1), c), r.get("cov"));
    }

    @Test
    void malformedTrecLineNamesFileLineAndReason() throws Exception {
        file("run.txt", "q1 Q0 d1 1 3.0 t\nq1 Q0 d2 2\n");
        file("qrels.txt", QRELS);
        Path plan = file("plan.yaml", "task: ranking\ndata: {run: run.txt, qrels: qrels.txt}\nmetrics: [{name: map}]\n");
        assertInvalid(evaluate(plan), "run.txt line 2", "expected 6 fields");
    }

    @Test
    void duplicateDocumentInARunIsRejected() throws Exception {
        file("run.txt", "q1 Q0 d1 1 3.0 t\nq1 Q0 d2 2 2.0 t\nq1 Q0 d1 3 1.0 t\n");
        file("qrels.txt", QRELS);
        Path plan = file("plan.yaml", "task: ranking\ndata: {run: run.txt, qrels: qrels.txt}\nmetrics: [{name: map}]\n");
        assertInvalid(evaluate(plan), "run.txt line 3", "'d1'", "twice");
        file("run.csv", "qid,doc,s,rel\nq1,d1,3.0,0\nq1,d2,2.0,1\nq1,d1,1.0,0\n");
        Path table = file("plan2.yaml", "task: ranking\ndata: {path: run.csv, query: qid, item: doc, score: s, "
                + "relevance: rel}\nmetrics: [{name: map}]\n");
        assertInvalid(evaluate(table), "run.csv", "column \"doc\"", "row 3", "listed twice", "row 1");
    }

    @Test
    void perQueryTableMistakesExitTwoNamingFileColumnAndRow() throws Exception {
        file("run.txt", RUN);
        file("qrels.txt", QRELS);
        Path plan = file("plan.yaml", "task: ranking\ndata:\n  run: run.txt\n  qrels: qrels.txt\n"
                + "  queries: {path: queries.csv, id: qid}\nslices: [category]\nmetrics:\n  - {name: map}\n"
                + "  - {id: p99, name: percentile, column: latency_ms, q: 0.99}\n");
        file("queries.csv", "qid,category,latency_ms\nq1,web,10\nq2,help,20\nq1,web,30\n");
        assertInvalid(evaluate(plan), "queries.csv: column \"qid\" (data.queries.id), row 3 (qid q1)",
                "second row (also row 1");
        file("queries.csv", "qid,category,latency_ms\nq1,web,10\nq2,help,20\nq7,web,30\n");
        assertInvalid(evaluate(plan), "queries.csv", "row 3 (qid q7)", "query 'q7' does not occur in the run");
        file("queries.csv", "qid,category,latency_ms\nq1,web,10\n");
        assertInvalid(evaluate(plan), "queries.csv", "no row for 1 query of the run: 'q2'");
        file("queries.csv", "qid,category,ms\nq1,web,10\nq2,help,20\n");
        assertInvalid(evaluate(plan), "queries.csv: no column \"latency_ms\"");
        Files.delete(dir.resolve("queries.csv"));
        assertInvalid(evaluate(plan), "queries.csv: file not found");
        Path noTable = file("plan2.yaml", "task: ranking\ndata: {run: run.txt, qrels: qrels.txt}\n"
                + "metrics: [{id: p99, name: percentile, column: latency_ms, q: 0.99}]\n");
        assertInvalid(evaluate(noTable), "plan2.yaml:3", "data.queries");
        file("queries.csv", "qid,category,latency_ms\nq1,web,10\nq2,help,20\n");
        CliRun ok = evaluate(plan, "--per-query");
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().contains("query\tmap\n"), ok::toString);
        // numpy 1.24: np.percentile([10, 20], 99) = 19.9
        assertEquals(19.9, results().get("p99").get("value").asDouble(), 1e-12);
    }

    @Test
    void emptyReferenceListNamesTheRow() throws Exception {
        file("o.jsonl", "{\"hyp\": \"a\", \"refs\": [\"a\"]}\n{\"hyp\": \"b\", \"refs\": []}\n");
        Path plan = file("plan.yaml", "task: generation\ndata: {path: o.jsonl, prediction: hyp, references: refs}\n"
                + "metrics: [{name: bleu}]\n");
        assertInvalid(evaluate(plan), "o.jsonl", "column \"refs\"", "row 2", "empty");
    }

    @Test
    void nonUtf8TextNamesFileAndLine() throws Exception {
        Path jsonl = dir.resolve("o.jsonl");
        Files.write(jsonl, concat("{\"hyp\": \"a\", \"refs\": \"a\"}\n{\"hyp\": \"b ", new byte[] {(byte) 0xff},
                " c\", \"refs\": \"b\"}\n"));
        Path plan = file("plan.yaml", "task: generation\ndata: {path: o.jsonl, prediction: hyp, references: refs}\n"
                + "metrics: [{name: bleu}]\n");
        assertInvalid(evaluate(plan), "o.jsonl line 2", "not valid UTF-8", "0xFF");
        Path csv = dir.resolve("o.csv");
        Files.write(csv, concat("hyp,refs\na,a\nb,b\nc ", new byte[] {(byte) 0xc3}, ",c\n"));
        assertInvalid(evaluate(plan, "--data", csv.toString()), "o.csv line 4", "not valid UTF-8");
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = c.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }

    @Test
    void negativeOrInconsistentPassAtKCountsNameTheRow() throws Exception {
        file("counts.csv", "n,c\n10,3\n10,-1\n");
        Path plan = file("plan.yaml", "task: generation\ndata: {path: counts.csv, n_samples: n, n_correct: c}\n"
                + "metrics: [{name: pass_at_k}]\n");
        assertInvalid(evaluate(plan), "counts.csv", "column \"c\"", "row 2", ">= 0, got -1");
        file("counts.csv", "n,c\n10,3\n4,5\n");
        assertInvalid(evaluate(plan), "counts.csv", "row 2", "n_correct 5 exceeds n_samples 4");
    }

    @Test
    void recommendedItemWithoutInteractionsIsRejected() throws Exception {
        file("recs.csv", "u,i,s\nu1,a,0.9\nu1,z,0.5\n");
        file("inter.csv", "u,i\nu1,a\n");
        Path plan = file("plan.yaml", "task: recommendation\ndata: {path: recs.csv, user: u, item: i, score: s, "
                + "interactions: inter.csv}\nmetrics: [{name: novelty}]\n");
        assertInvalid(evaluate(plan), "recs.csv", "row 2", "item 'z' has no interaction");
    }
}
