package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.decision.Decision;
import dev.verdict.evaluation.decision.DecisionEngine;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-query table of ranking plans ({@code data.queries}, or the ranking table itself): operational metrics over
 * one row per query, slices of queries, and the id rules (duplicate, unknown and missing ids, unknown column, missing
 * file) with file, column and row in the message. Sliced measure values are checked against trec_eval in
 * {@link RankingSlicesGoldenTest}; here a slice is checked against the same plan on files holding only its queries.
 */
final class RankingQueryTableTest {
    private static final String RUN = "q1 Q0 d1 1 3.0 t\nq1 Q0 d2 2 2.0 t\nq1 Q0 d3 3 1.0 t\n"
            + "q2 Q0 d1 1 1.0 t\nq2 Q0 d4 2 0.5 t\nq3 Q0 d2 1 2.0 t\nq3 Q0 d5 2 1.0 t\n";
    private static final String QRELS = "q1 0 d2 1\nq1 0 d5 1\nq2 0 d4 2\nq2 0 d1 0\nq3 0 d5 1\n";
    private static final String QUERIES = "qid,category,latency_ms\nq1,web,12.5\nq2,help,40\nq3,web,250\n";
    private static final String METRICS = "metrics:\n  - {id: ndcg, name: ndcg, k: 10}\n  - {id: ap, name: map}\n"
            + "  - {id: p50, name: percentile, column: latency_ms, q: 0.5}\n"
            + "  - {id: mean, name: mean, column: latency_ms}\n"
            + "  - {id: cost, name: cost_per_1k_requests, price_per_request: 0.002}\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Plan trecPlan(String extra) throws IOException {
        file("run.txt", RUN);
        file("qrels.txt", QRELS);
        return PlanLoader.load(file("plan.yaml", "task: ranking\ndata:\n  run: run.txt\n  qrels: qrels.txt\n"
                + "  queries: {path: queries.csv, id: qid}\n" + extra + METRICS));
    }

    private static ResultRow row(EvaluationReport r, String id, String slice) {
        return r.results().stream().filter(x -> x.id().equals(id) && x.slice().equals(slice)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " on " + slice + " in " + r.results()));
    }

    private static void assertMessage(Throwable e, String... fragments) {
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "expected '" + f + "' in: " + e.getMessage());
        }
    }

    @Test
    void operationalMetricsRunOverOneRowPerQuery() throws Exception {
        file("queries.csv", QUERIES);
        EvaluationReport r = Evaluation.run(trecPlan(""), null);
        // numpy 1.24: np.percentile([12.5, 40, 250], 50) = 40.0; np.mean(...) = 100.8333...
        assertEquals(40.0, row(r, "p50", "all").value(), 0.0);
        assertEquals((12.5 + 40 + 250) / 3, row(r, "mean", "all").value(), 1e-12);
        assertEquals(2.0, row(r, "cost", "all").value(), 1e-12);
        assertEquals(3, row(r, "p50", "all").n());
        assertEquals(3L, ((Number) row(r, "cost", "all").detail().get("requests")).longValue());
        assertEquals(7, row(r, "ndcg", "all").n());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aSliceEqualsThePlanOnFilesHoldingOnlyItsQueries() throws Exception {
        file("queries.csv", QUERIES);
        EvaluationReport sliced = Evaluation.run(trecPlan("slices: [category]\n"), null);
        assertEquals(List.of("all", "category=help", "category=web"), sliced.results().stream()
                .filter(x -> x.id().equals("ndcg")).map(ResultRow::slice).toList());
        file("queries.csv", "qid,category,latency_ms\nq1,web,12.5\nq3,web,250\n");
        Plan plan = trecPlan("");
        Files.writeString(dir.resolve("run.txt"), RUN.replaceAll("q2 [^\\n]*\\n", ""));
        Files.writeString(dir.resolve("qrels.txt"), QRELS.replaceAll("q2 [^\\n]*\\n", ""));
        EvaluationReport web = Evaluation.run(plan, null);
        for (String id : List.of("ndcg", "ap", "p50", "mean", "cost")) {
            ResultRow s = row(sliced, id, "category=web");
            ResultRow w = row(web, id, "all");
            assertEquals(w.value(), s.value(), 1e-15, id);
            assertEquals(w.n(), s.n(), id);
            assertEquals(w.detail().get("num_q"), s.detail().get("num_q"), id);
        }
        assertEquals(2, row(sliced, "ndcg", "category=web").units());
        assertEquals(5, row(sliced, "ndcg", "category=web").n());
    }

    @Test
    void minSliceSizeCountsTheQueriesOfARankingMeasure() throws Exception {
        file("queries.csv", QUERIES);
        Plan plan = trecPlan("slices: [category]\nmin_slice_size: 2\nguardrails:\n"
                + "  - {metric: ndcg, slice: \"category=*\", min: 0}\n");
        Decision d = DecisionEngine.decide(plan, Evaluation.run(plan, null).results(), null);
        // category=help: 2 run rows but 1 query, below 2; category=web: 2 queries
        assertEquals(List.of(new Decision.NotJudged("ndcg >= 0 on category=*", "category=help", 1)), d.notJudged());
        assertEquals(1, d.checks().size());
    }

    @Test
    void aSecondRowOfAQueryNamesBothRows() throws Exception {
        file("queries.csv", QUERIES + "q1,help,13\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation.run(trecPlan(""), null));
        assertMessage(e, "queries.csv: column \"qid\" (data.queries.id), row 4 (qid q1)", "query 'q1' has a second "
                + "row (also row 1 (qid q1))", "one row per query");
    }

    @Test
    void anIdOutsideTheRunAndQrelsNamesItsRow() throws Exception {
        file("queries.csv", QUERIES + "q9,web,13\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation.run(trecPlan(""), null));
        assertMessage(e, "queries.csv: column \"qid\" (data.queries.id), row 4 (qid q9)", "query 'q9' does not "
                + "occur in the run (", "run.txt) or the qrels (", "qrels.txt)");
    }

    @Test
    void aRunQueryWithoutARowIsAnErrorOrWithMissingDropAWarning() throws Exception {
        file("queries.csv", "qid,category,latency_ms\nq1,web,12.5\nq3,web,250\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation.run(trecPlan(""), null));
        assertMessage(e, "queries.csv: column \"qid\" (data.queries.id): no row for 1 query of the run: 'q2'",
                "every query of the run needs one row");
        EvaluationReport r = Evaluation.run(trecPlan("missing: drop\n"), null);
        assertEquals(1, r.warnings().size());
        assertMessage(new IllegalStateException(r.warnings().get(0)), "no row for 1 query of the run: 'q2'",
                "left out of the per-query metrics");
        // numpy 1.24: np.percentile([12.5, 250], 50) = 131.25
        assertEquals(131.25, row(r, "p50", "all").value(), 0.0);
        assertEquals(3, row(r, "ndcg", "all").detail().get("num_q"));
    }

    @Test
    void anUnknownColumnOrAMissingFileNamesTheFile() throws Exception {
        file("queries.csv", "qid,category,ms\nq1,web,12.5\nq2,help,40\nq3,web,250\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation.run(trecPlan(""), null));
        assertMessage(e, "queries.csv: no column \"latency_ms\" (metrics[2].column");
        Files.delete(dir.resolve("queries.csv"));
        e = assertThrows(InvalidInputException.class, () -> Evaluation.run(trecPlan(""), null));
        assertMessage(e, "queries.csv: file not found");
    }

    @Test
    void aNonNumericLatencyNamesTheRow() throws Exception {
        file("queries.csv", "qid,category,latency_ms\nq1,web,12.5\nq2,help,slow\nq3,web,250\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation.run(trecPlan(""), null));
        assertMessage(e, "queries.csv", "latency_ms", "row 2", "slow");
    }

    private static final String TABLE = "qid,doc,s,rel,category,latency_ms\nq1,d1,3.0,0,web,12.5\n"
            + "q1,d2,2.0,1,web,12.5\nq1,d3,1.0,0,web,12.5\nq2,d1,1.0,0,help,40\nq2,d4,0.5,2,help,40\n"
            + "q3,d2,2.0,0,web,250\nq3,d5,1.0,1,web,250\n";
    private static final String TABLE_DATA = "data: {path: run.csv, query: qid, item: doc, score: s, relevance: rel";

    @Test
    void aRankingTableTakesPerQueryColumnsFromDataQueriesOrFromItself() throws Exception {
        file("run.csv", TABLE);
        file("queries.csv", QUERIES);
        EvaluationReport side = Evaluation.run(PlanLoader.load(file("plan.yaml", "task: ranking\n" + TABLE_DATA
                + ", queries: {path: queries.csv, id: qid}}\nslices: [category]\n" + METRICS)), null);
        EvaluationReport own = Evaluation.run(PlanLoader.load(file("plan.yaml", "task: ranking\n" + TABLE_DATA
                + "}\nslices: [category]\n" + METRICS)), null);
        assertEquals(15, side.results().size());
        for (ResultRow s : side.results()) {
            ResultRow o = row(own, s.id(), s.slice());
            assertEquals(s.value(), o.value(), 0.0, s.id() + " " + s.slice());
            assertEquals(s.n(), o.n(), s.id() + " " + s.slice());
        }
        assertEquals(40.0, row(own, "p50", "all").value(), 0.0);
        assertEquals(3, row(own, "p50", "all").n());
        // numpy 1.24: np.percentile([12.5, 250], 50) = 131.25 (the web queries q1, q3)
        assertEquals(131.25, row(own, "p50", "category=web").value(), 0.0);
        assertEquals(2, row(own, "p50", "category=web").n());
        assertEquals(5, row(own, "ndcg", "category=web").n());
    }

    @Test
    void aRankingTableColumnThatVariesWithinAQueryNamesBothRows() throws Exception {
        file("run.csv", TABLE.replace("q1,d3,1.0,0,web,12.5", "q1,d3,1.0,0,web,13"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation.run(PlanLoader.load(
                file("plan.yaml", "task: ranking\n" + TABLE_DATA + "}\n" + METRICS)), null));
        assertMessage(e, "run.csv: column \"latency_ms\" (metrics[2].column", "row 3: holds 13, but row 1 of the "
                + "same query holds 12.5", "one value per query", "data.queries");
        file("queries.csv", QUERIES.replace("q2,help,40\n", ""));
        e = assertThrows(InvalidInputException.class, () -> Evaluation.run(PlanLoader.load(file("plan.yaml",
                "task: ranking\n" + TABLE_DATA + ", queries: {path: queries.csv, id: qid}}\n" + METRICS)), null));
        assertMessage(e, "queries.csv: column \"qid\" (data.queries.id): no row for 1 query of the run: 'q2'");
    }
}
