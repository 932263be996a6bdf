package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import dev.verdict.io.ColumnRequest;
import dev.verdict.io.ColumnType;
import dev.verdict.io.DataTable;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric-named columns (operational, fairness) reach the engine; slice crosses become slices. */
final class DesignEvaluationTest {
    @TempDir
    Path dir;

    private Plan plan(String yaml) throws IOException {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, yaml);
        return PlanLoader.load(p);
    }

    private static ResultRow row(EvaluationReport r, String id, String slice) {
        return r.results().stream().filter(x -> x.id().equals(id) && x.slice().equals(slice)).findFirst()
                .orElseThrow(() -> new AssertionError("no result " + id + " / " + slice + " in " + r.results()));
    }

    @Test
    void columnsNamedByMetricParametersAreReadAndHandedToTheEngine() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nmetrics:\n"
                + "  - {id: p50, name: percentile, column: latency_ms, q: 0.5}\n"
                + "  - {id: cost, name: cost_per_request, input_tokens: tin, price_per_1k_input_tokens: 2}\n"
                + "  - {id: dpd, name: demographic_parity_difference, sensitive: gender}\n");
        ColumnPlan columns = ColumnPlan.of(plan);
        assertEquals(ColumnType.NUMBER, columns.type("latency_ms"));
        assertEquals(ColumnType.NUMBER, columns.type("tin"));
        assertEquals(ColumnType.CATEGORY, columns.type("gender"));
        assertEquals("metrics[0].column", columns.role("latency_ms"));
        assertEquals("metrics[2].sensitive", columns.role("gender"));
        assertTrue(columns.requests().stream().map(ColumnRequest::name).toList().containsAll(List.of("latency_ms",
                "tin", "gender")));
        DataTable t = Tables.of(4).category("y", "1", "0", "1", "0").number("p", .9, .8, .2, .1)
                .number("latency_ms", 10, 30, 20, 40).number("tin", 1000, 0, 500, 500)
                .category("gender", "f", "f", "m", "m").build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(25.0, row(r, "p50", "all").value(), 1e-12);
        assertEquals(2.0 * 2000 / 1000 / 4, row(r, "cost", "all").value(), 1e-12);
        // threshold 0.5: f rows predicted 1,1 -> rate 1; m rows 0,0 -> rate 0
        assertEquals(1.0, row(r, "dpd", "all").value(), 1e-12);
    }

    @Test
    void aNonFiniteValueInAMetricColumnNamesTheColumnAndRow() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nmetrics:\n"
                + "  - {id: m, name: mean, column: latency_ms}\n");
        DataTable t = Tables.of(2).category("y", "1", "0").number("p", .9, .8)
                .number("latency_ms", 10, Double.POSITIVE_INFINITY).build();
        String msg = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> Evaluation.evaluate(plan, t)).getMessage();
        assertTrue(msg.contains("latency_ms") && msg.contains("metrics[0].column") && msg.contains("row"), msg);
    }

    @Test
    void slicesCrossColumnsAndOrderByEachColumnsValues() throws Exception {
        Plan plan = plan("task: binary\ndata: {label: y, score: p}\nslices: [country, [country, device]]\n"
                + "metrics: [{id: pr, name: positive_rate}]\n");
        DataTable t = Tables.of(6).category("y", "1", "0", "1", "0", "1", "0").number("p", .9, .8, .2, .1, .7, .6)
                .category("country", "US", "FR", "US", "US", "FR", "US")
                .category("device", "web", "ios", "ios", "web", "ios", "web").build();
        EvaluationReport r = Evaluation.evaluate(plan, t);
        assertEquals(List.of("all", "country=FR", "country=US", "country=FR,device=ios", "country=US,device=ios",
                "country=US,device=web"), r.results().stream().map(ResultRow::slice).toList());
        assertEquals(3, row(r, "pr", "country=US,device=web").n());
        assertEquals(2.0 / 3, row(r, "pr", "country=US,device=web").value(), 1e-12);
        assertEquals(1.0, row(r, "pr", "country=FR,device=ios").value(), 1e-12);
    }
}
