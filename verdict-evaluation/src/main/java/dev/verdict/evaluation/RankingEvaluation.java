package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ranking.RankingMetrics;
import dev.verdict.io.DataTable;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a ranking plan: the trec_eval measures on the run (and the qrels), every other metric of the plan (the
 * operational family: percentile, mean, error_rate, cost...) on the per-query table ({@link QueryTable}, one row per
 * query), and both again on every slice of queries. A slice is the set of queries whose per-query row holds the
 * slice's value; its measures are computed on the run and qrels rows of those queries only, which is trec_eval run
 * on the slice's queries (same {@code num_q}, missing-topic and relevance rules), and its per-query metrics on those
 * queries' rows.
 *
 * <p>{@code n} of a measure's result counts run rows (TREC lines or table rows) of the slice; {@code n} of a
 * per-query metric counts per-query rows.
 */
final class RankingEvaluation {
    /**
     * The ranking input.
     *
     * @param run the run batch (group, item, score; the table form also relevance)
     * @param qrels the qrels batch (TREC files), or null (ranking table: judgments are in the run batch)
     * @param queries the query ids by group code
     * @param file the run file or the table, reported as the data path
     * @param rows run lines or table rows
     * @param dropped table rows dropped by {@code missing: drop}
     * @param warnings data warnings
     * @param clusters the {@code confidence.cluster} code of each run row (ranking table), or null
     */
    record Source(Columns run, Columns qrels, List<String> queries, Path file, long rows, long dropped,
            List<String> warnings, int[] clusters) {
    }

    /** One part of the data: {@code all} or a slice. */
    private record Part(String name, Columns run, int[] runRows, Columns qrels, Columns perQuery) {
    }

    private final Plan plan;
    private final Source src;
    private final QueryTable queries;
    private final List<Metric<?>> metrics;
    private final boolean[] perQuery;
    private final Evaluation.RowsListener listener;

    private RankingEvaluation(Plan plan, Source src, QueryTable queries, Evaluation.RowsListener listener) {
        this.plan = plan;
        this.listener = listener;
        this.src = src;
        this.queries = queries;
        this.metrics = Evaluation.create(plan, plan.context(List.of()), null, null);
        this.perQuery = new boolean[metrics.size()];
        for (int m = 0; m < perQuery.length; m++) {
            perQuery[m] = !RankingMetrics.isMeasure(metrics.get(m).definition().name());
        }
    }

    /**
     * @param plan a ranking plan
     * @param src the run (and qrels)
     * @param queries the per-query table, or null when the plan needs none (no per-query metric, no slice)
     * @param listener receives the per-query rows, or null
     * @return the report: per metric in plan order, {@code all} then each slice
     */
    static EvaluationReport evaluate(Plan plan, Source src, QueryTable queries, Evaluation.RowsListener listener) {
        return new RankingEvaluation(plan, src, queries, listener).run();
    }

    /**
     * Evaluates a ranking table (one row per retrieved document). Its per-query table is {@code data.queries}, or
     * the table itself (one value per query) when the plan has per-query metrics or slices.
     */
    static EvaluationReport table(Plan plan, DataTable table, Evaluation.RowsListener listener) {
        ColumnPlan columns = ColumnPlan.of(plan);
        BatchBuilder.Batch batch = BatchBuilder.build(plan, table, columns);
        if (listener != null) {
            listener.evaluated(batch.columns(), batch.context());
        }
        int[] group = batch.columns().group();
        QueryTable queries = null;
        if (plan.data().queries() != null) {
            queries = QueryTable.read(plan, batch.groupNames(), group, "column \"" + plan.data().column("query")
                    + "\" of " + table.file());
        } else if (!QueryTable.perQueryColumns(plan).isEmpty() || hasPerQueryMetric(plan)) {
            queries = QueryTable.collapse(plan, table, columns, group, batch.groupNames().size());
        }
        String cluster = plan.statistics().confidence().cluster();
        return evaluate(plan, new Source(batch.columns(), null, batch.groupNames(), table.file(), table.rows(),
                table.dropped(), batch.warnings(), cluster == null ? null : table.codes(cluster)), queries, listener);
    }

    private static boolean hasPerQueryMetric(Plan plan) {
        for (MetricSpec m : plan.metrics()) {
            if (!RankingMetrics.isMeasure(m.definition().name())) {
                return true;
            }
        }
        return false;
    }

    private EvaluationReport run() {
        List<Part> parts = new ArrayList<>();
        Columns perQueryAll = queries == null ? null : queries.batch(plan);
        if (listener != null && perQueryAll != null) {
            listener.perQuery(perQueryAll);
        }
        parts.add(new Part(ResultRow.ALL, src.run(), null, src.qrels(), perQueryAll));
        if (queries != null) {
            for (QueryTable.Slice s : queries.slices(plan)) {
                boolean[] in = queries.members(s.rows());
                int[] runRows = rowsOf(src.run().group(), in);
                Columns qrels = src.qrels() == null ? null : select(src.qrels(), rowsOf(src.qrels().group(), in));
                parts.add(new Part(s.name(), select(src.run(), runRows), runRows, qrels,
                        perQueryAll.select(s.rows(), s.rows().length)));
            }
        }
        List<List<ResultRow>> perMetric = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            perMetric.add(new ArrayList<>());
        }
        MetricSuite measures = suite(false);
        MetricSuite others = suite(true);
        for (Part p : parts) {
            List<MetricValue> mv = measures.metrics().isEmpty() ? List.of()
                    : Evaluation.results(accept(measures, p.run(), p.qrels()), src.file());
            List<MetricValue> ov = others.metrics().isEmpty() ? List.of()
                    : Evaluation.results(accept(others, p.perQuery(), null), queries.file());
            int nextMeasure = 0;
            int nextOther = 0;
            for (int m = 0; m < metrics.size(); m++) {
                MetricValue v = perQuery[m] ? ov.get(nextOther++) : mv.get(nextMeasure++);
                perMetric.get(m).add(row(m, p, v));
            }
        }
        List<ResultRow> results = new ArrayList<>();
        perMetric.forEach(results::addAll);
        List<String> warnings = new ArrayList<>(src.warnings());
        if (queries != null) {
            warnings.addAll(queries.warnings());
        }
        return new EvaluationReport(VerdictVersion.get(), plan.path().toString(), plan.sha256(),
                src.file().toString(), src.rows(), src.dropped(), warnings, results);
    }

    private MetricSuite suite(boolean ofPerQuery) {
        List<Metric<?>> out = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            if (perQuery[m] == ofPerQuery) {
                out.add(metrics.get(m));
            }
        }
        return MetricSuite.of(out);
    }

    private static MetricSuite.Accumulator accept(MetricSuite suite, Columns a, Columns b) {
        MetricSuite.Accumulator acc = suite.newAccumulator().accept(a);
        return b == null ? acc : acc.accept(b);
    }

    /** @return the result of metric {@code m} on part {@code p}, with its interval when the plan asks one */
    private ResultRow row(int m, Part p, MetricValue v) {
        MetricSpec spec = plan.metrics().get(m);
        Metric<?> metric = metrics.get(m);
        long n = perQuery[m] ? p.perQuery().size() : p.run().size();
        ResultRow r = new ResultRow(spec.id(), metric.definition().name(), metric.params().asMap(), p.name(), n,
                v.value(), Evaluation.named(v.detail(), src.queries()), v.warning());
        if (!Intervals.wants(plan, spec.id())) {
            return r;
        }
        boolean whole = p.name().equals(ResultRow.ALL);
        if (perQuery[m]) {
            return r.withCi(Intervals.interval(plan, spec, metric, p.perQuery(), null, whole));
        }
        if (src.qrels() != null) {
            return r.withCi(Intervals.perQuery(plan, r));
        }
        int[] clusters = src.clusters() == null || p.runRows() == null ? src.clusters()
                : Intervals.select(src.clusters(), p.runRows());
        return r.withCi(Intervals.interval(plan, spec, metric, p.run(), clusters, whole));
    }

    /** @return the indices of the rows whose query is in {@code in}, ascending */
    private static int[] rowsOf(int[] group, boolean[] in) {
        int n = 0;
        for (int q : group) {
            if (in[q]) {
                n++;
            }
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < group.length; i++) {
            if (in[group[i]]) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    private static Columns select(Columns c, int[] rows) {
        return c.select(rows, rows.length);
    }
}
