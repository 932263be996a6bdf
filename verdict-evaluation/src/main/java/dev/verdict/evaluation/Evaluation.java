package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.TaskContext;
import dev.verdict.io.DataReader;
import dev.verdict.io.DataTable;
import dev.verdict.io.MissingPolicy;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.io.trec.TrecData;
import dev.verdict.io.trec.TrecReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Evaluates a plan: reads only the columns the plan uses, maps them to the engine's columns, builds one
 * {@link MetricSuite} (metrics sharing a state share it), accumulates the {@code all} slice in two chunks on two
 * threads and combines them, then every slice.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Reads the data and evaluates the plan.
     *
     * @param plan the plan
     * @param dataOverride a data file replacing the plan's {@code data.path}, or null
     * @return the report
     * @throws InvalidInputException for every data problem, naming the file, column, row and expectation
     */
    public static EvaluationReport run(Plan plan, Path dataOverride) {
        return run(plan, dataOverride, null);
    }

    /**
     * Like {@link #run(Plan, Path)}, also handing the evaluated rows to {@code listener} (e.g. a report plotting
     * curves).
     *
     * @param listener receives the {@code all} slice's columns, or null
     */
    public static EvaluationReport run(Plan plan, Path dataOverride, RowsListener listener) {
        if (plan.task() == Task.RANKING && plan.data().run() != null) {
            return runTrec(plan, dataOverride != null ? dataOverride : plan.data().run(), listener);
        }
        Path data = dataOverride != null ? dataOverride : plan.data().path();
        if (data == null) {
            throw new InvalidInputException("plan " + plan.path()
                    + " names no data file (data.path) and none was given with --data");
        }
        ColumnPlan columns = ColumnPlan.of(plan);
        MissingPolicy policy = switch (plan.missing()) {
            case ERROR -> MissingPolicy.ERROR;
            case DROP -> MissingPolicy.DROP;
        };
        DataTable table = DataReader.read(data, columns.requests(), policy);
        return evaluate(plan, table, listener);
    }

    /**
     * Evaluates the plan on data already read (the table must hold the columns {@code run} would request).
     *
     * @param plan the plan
     * @param table the data
     * @return the report
     */
    public static EvaluationReport evaluate(Plan plan, DataTable table) {
        return evaluate(plan, table, null);
    }

    /**
     * Like {@link #evaluate(Plan, DataTable)}, also handing the evaluated rows to {@code listener}.
     *
     * @param listener receives the {@code all} slice's columns, or null
     */
    public static EvaluationReport evaluate(Plan plan, DataTable table, RowsListener listener) {
        if (plan.task() == Task.RANKING) {
            return RankingEvaluation.table(plan, table, listener);
        }
        ColumnPlan columns = ColumnPlan.of(plan);
        BatchBuilder.Batch batch = BatchBuilder.build(plan, table, columns);
        List<Metric<?>> metrics = create(plan, batch.context(), table, columns);
        MetricSuite suite = MetricSuite.of(metrics);
        Columns all = batch.columns();
        if (listener != null) {
            listener.evaluated(all, batch.context());
        }
        List<List<ResultRow>> perMetric = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            perMetric.add(new ArrayList<>());
        }
        add(perMetric, plan, metrics, ResultRow.ALL, all.size(), results(accumulateInTwo(suite, all), table.file()),
                batch.groupNames());
        for (SliceIndex.Group g : SliceGroups.all(plan, table, columns)) {
            Columns part = all.select(g.rows(), g.rows().length);
            add(perMetric, plan, metrics, g.name(), part.size(),
                    results(suite.newAccumulator().accept(part), table.file()), batch.groupNames());
        }
        List<ResultRow> results = new ArrayList<>();
        perMetric.forEach(results::addAll);
        results = Intervals.attach(plan, metrics, all, table, columns, results);
        results = SliceTests.attach(plan, metrics, all, table, columns, results);
        return new EvaluationReport(VerdictVersion.get(), plan.path().toString(), plan.sha256(),
                table.file().toString(), table.rows(), table.dropped(), batch.warnings(), results);
    }

    /**
     * Evaluates a ranking plan on TREC files: the run (qid Q0 docno rank score tag) and the qrels (qid 0 docno rel),
     * read by {@link TrecReader} into shared-dictionary columns and folded as one run batch and one qrels batch; the
     * per-query table {@code data.queries}, when given, feeds the per-query metrics and the slices
     * ({@link RankingEvaluation}).
     */
    private static EvaluationReport runTrec(Plan plan, Path run, RowsListener listener) {
        TrecData trec;
        try {
            trec = TrecReader.read(plan.data().qrels(), run);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(e.getFile() + ": file not found");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + e.getMessage());
        }
        Columns runBatch = trec.runColumns();
        QueryTable queries = plan.data().queries() == null ? null : QueryTable.read(plan, trec.queries(),
                runBatch.group(), "the run (" + run + ") or the qrels (" + plan.data().qrels() + ")");
        return RankingEvaluation.evaluate(plan, new RankingEvaluation.Source(runBatch, trec.qrelsColumns(),
                trec.queries(), run, runBatch.size(), 0, List.of(), null), queries, listener);
    }

    /** @return the suite's values; an engine error found only when all rows are in is prefixed with the file */
    static List<MetricValue> results(MetricSuite.Accumulator acc, Path file) {
        try {
            return acc.results();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        }
    }

    static List<Metric<?>> create(Plan plan, TaskContext context, DataTable table, ColumnPlan columns) {
        List<Metric<?>> metrics = new ArrayList<>();
        for (MetricSpec spec : plan.metrics()) {
            try {
                metrics.add(spec.definition().create(spec.rawParams(), context));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("plan " + plan.path() + ": " + spec.where() + ": " + e.getMessage(), e);
            }
            if (table != null && spec.definition().requiresProbability()) {
                BatchBuilder.requireProbabilities(plan, table, columns,
                        spec.definition().name() + " (" + spec.where() + ")");
            }
        }
        return metrics;
    }

    /** Receives the rows an evaluation used, as the engine's columns (shared arrays: do not modify). */
    @FunctionalInterface
    public interface RowsListener {
        /**
         * @param all every evaluated row (the {@code all} slice)
         * @param context the task context (binary: classes {@code [negative, positive]})
         */
        void evaluated(Columns all, TaskContext context);

        /**
         * Receives the per-query rows of a ranking plan with a per-query table (one row per query, holding the
         * columns its operational metrics read, as {@link Columns#numeric(String)}). Ignored by default.
         *
         * @param queries the {@code all} slice's per-query rows
         */
        default void perQuery(Columns queries) {
        }
    }

    private static void add(List<List<ResultRow>> perMetric, Plan plan, List<Metric<?>> metrics, String slice,
            long n, List<MetricValue> values, List<String> groupNames) {
        for (int m = 0; m < metrics.size(); m++) {
            MetricSpec spec = plan.metrics().get(m);
            Metric<?> metric = metrics.get(m);
            MetricValue v = values.get(m);
            perMetric.get(m).add(new ResultRow(spec.id(), metric.definition().name(), metric.params().asMap(), slice,
                    n, v.value(), named(v.detail(), groupNames), v.warning()));
        }
    }

    /** Replaces the query codes of a ranking detail ({@code queries}) by the query ids. */
    static Map<String, Object> named(Map<String, Object> detail, List<String> groupNames) {
        if (groupNames == null || detail == null || !(detail.get("queries") instanceof int[] codes)) {
            return detail;
        }
        List<String> names = new ArrayList<>(codes.length);
        for (int c : codes) {
            names.add(groupNames.get(c));
        }
        Map<String, Object> out = new LinkedHashMap<>(detail);
        out.put("queries", names);
        return out;
    }

    /** Accumulates rows [0, n/2) on a second thread and [n/2, n) on this one, then combines (the merge contract). */
    static MetricSuite.Accumulator accumulateInTwo(MetricSuite suite, Columns data) {
        int mid = data.size() / 2;
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "verdict-accumulate");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<MetricSuite.Accumulator> first = CompletableFuture.supplyAsync(
                    () -> suite.newAccumulator().accept(data, 0, mid), pool);
            MetricSuite.Accumulator second = suite.newAccumulator().accept(data, mid, data.size());
            return first.join().combine(second);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }
}
