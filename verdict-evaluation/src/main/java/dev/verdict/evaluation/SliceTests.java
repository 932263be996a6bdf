package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Parts;
import dev.verdict.io.DataTable;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import dev.verdict.stats.IndependentComparisons;
import dev.verdict.stats.Resampling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tests behind the slice gaps ({@code docs/decision.md}, "Slice gaps") that need the rows: for every metric and
 * every judged slice ({@code n >= min_slice_size}) of a family with at least two judged slices, the one-sided test
 * that the metric is worse on the slice than on the rest of the rows (every row outside the slice), by
 * {@link IndependentComparisons#worse}: DeLong for roc_auc, Welch's t for means of per-row values, the pooled
 * two-proportion z-test for proportions, else a z-test with bootstrap standard errors ({@code slice_gaps.resamples},
 * default 200, each part resampled on its own with the plan's seed, stratified by label or clustered as the plan's
 * {@code confidence} says). The result is attached to the slice's row
 * ({@link ResultRow#vsRest}); the slice gaps then correct the p-values with Holm over the family's slices.
 *
 * <p>Skipped here, and tested by the slice gaps from their counts as before: proportions whose counts the result
 * already carries ({@link #counts}). Not tested, with the reason: metrics whose value is a count or a threshold
 * rather than a quality score (confusion_matrix, threshold_at_*), and what {@link IndependentComparisons} cannot test.
 */
public final class SliceTests {
    private static final Set<String> ROW_SHARES = Set.of("accuracy", "positive_rate", "error_rate");

    private SliceTests() {
    }

    /**
     * The successes and trials of a proportion result, when known: from its Wilson or Clopper-Pearson interval
     * ({@code successes}, {@code trials}), or for the row-share metrics (accuracy, positive_rate, error_rate) of a
     * plan without weights, {@code value x n} of {@code n}.
     *
     * @param plan the plan
     * @param r a result
     * @return {successes, trials}, or null when the result is undefined or not a proportion with known counts
     */
    public static double[] counts(Plan plan, ResultRow r) {
        if (Double.isNaN(r.value())) {
            return null;
        }
        if (r.ci() != null && r.ci().detail().get("successes") instanceof Number k
                && r.ci().detail().get("trials") instanceof Number t && t.doubleValue() > 0) {
            return new double[] {k.doubleValue(), t.doubleValue()};
        }
        if (plan.data().weight() == null && ROW_SHARES.contains(definitionName(plan, r))) {
            return new double[] {Math.rint(r.value() * r.n()), r.n()};
        }
        return null;
    }

    /** @return the canonical name of the result's metric, from the plan entry with its id */
    private static String definitionName(Plan plan, ResultRow r) {
        for (MetricSpec m : plan.metrics()) {
            if (m.id().equals(r.id())) {
                return m.definition().name();
            }
        }
        return r.metric();
    }

    /** @return the slice family of each slice column and cross, in plan order */
    static Map<String, List<SliceIndex.Group>> families(Plan plan, DataTable table, ColumnPlan columns) {
        Map<String, List<SliceIndex.Group>> out = new java.util.LinkedHashMap<>();
        for (String column : plan.slices()) {
            out.put(column, SliceIndex.groups(table, column, columns.type(column)));
        }
        for (List<String> cross : plan.design().crosses()) {
            out.put(String.join(",", cross), SliceGroups.cross(table, cross, columns));
        }
        return out;
    }

    /**
     * @param plan the plan
     * @param metrics the metrics, in plan order
     * @param all every evaluated row
     * @param table the data (slice and cluster columns)
     * @param columns how the columns were read
     * @param results the results (with their intervals)
     * @return the results, judged slices with their test against the rest
     */
    static List<ResultRow> attach(Plan plan, List<Metric<?>> metrics, Columns all, DataTable table,
            ColumnPlan columns, List<ResultRow> results) {
        if (plan.slices().isEmpty() && plan.design().crosses().isEmpty()) {
            return results;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            index.put(results.get(i).id() + "\u0000" + results.get(i).slice(), i);
        }
        Context c = new Context(plan, metrics, MetricSuite.of(metrics), all, clusters(plan, table),
                Intervals.resampling(plan, null).withResamples(Math.max(1, plan.design().sliceTestResamples()))
                        .withThreads(1), plan.design().sliceTestResamples());
        List<Job> jobs = jobs(c, table, columns, results, index);
        List<ResultRow> out = new ArrayList<>(results);
        List<List<VersusRest>> tests = run(c, jobs);
        for (int j = 0; j < jobs.size(); j++) {
            for (int k = 0; k < jobs.get(j).results.length; k++) {
                int i = jobs.get(j).results[k];
                out.set(i, out.get(i).withVsRest(tests.get(j).get(k)));
            }
        }
        return out;
    }

    /** What every job shares. */
    private record Context(Plan plan, List<Metric<?>> metrics, MetricSuite suite, Columns all, int[] clusters,
            Resampling resampling, int resamples) {
    }

    /**
     * One judged slice: its metrics to test, by plan index, with their result's index.
     *
     * @param rows the slice's rows
     * @param metrics the plan indices of the metrics to test
     * @param results the result index of each
     * @param values the metric's value on the slice (from its result)
     */
    private record Job(int[] rows, int[] metrics, int[] results, double[] values) {
    }

    private static List<Job> jobs(Context c, DataTable table, ColumnPlan columns, List<ResultRow> results,
            Map<String, Integer> index) {
        int min = c.plan.design().minSliceSize();
        List<Job> jobs = new ArrayList<>();
        for (List<SliceIndex.Group> family : families(c.plan, table, columns).values()) {
            List<SliceIndex.Group> judged = family.stream().filter(g -> g.rows().length >= min).toList();
            if (judged.size() < 2) {
                continue;
            }
            for (SliceIndex.Group g : judged) {
                List<int[]> todo = new ArrayList<>();
                for (int m = 0; m < c.metrics.size(); m++) {
                    Integer i = index.get(c.plan.metrics().get(m).id() + "\u0000" + g.name());
                    if (i != null && counts(c.plan, results.get(i)) == null) {
                        todo.add(new int[] {m, i});
                    }
                }
                if (!todo.isEmpty()) {
                    jobs.add(new Job(g.rows(), todo.stream().mapToInt(x -> x[0]).toArray(),
                            todo.stream().mapToInt(x -> x[1]).toArray(),
                            todo.stream().mapToDouble(x -> results.get(x[1]).value()).toArray()));
                }
            }
        }
        return jobs;
    }

    /** @return why a metric gets no test before any computation, or null */
    private static String skip(Metric<?> metric, double value) {
        String name = metric.name();
        if (name.equals("confusion_matrix") || name.startsWith("threshold_at_")) {
            return "the value of " + name + " is a " + (name.equals("confusion_matrix") ? "count" : "threshold")
                    + ", not a quality score: no test";
        }
        if (Double.isNaN(value)) {
            return "the metric is undefined (NaN) on the slice";
        }
        return null;
    }

    /** @return per-row cluster codes of the plan's {@code confidence.cluster} column, or null */
    private static int[] clusters(Plan plan, DataTable table) {
        String cluster = plan.statistics().confidence().cluster();
        return cluster == null ? null : table.codes(cluster);
    }

    /** Runs the jobs on one thread per core; each result depends on the seed and the rows only. */
    private static List<List<VersusRest>> run(Context c, List<Job> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        return Parts.map(jobs.size(), Runtime.getRuntime().availableProcessors(), i -> test(c, jobs.get(i)));
    }

    /** Tests the job's metrics on its slice: the rest's values come from one pass of the suite (shared states). */
    private static List<VersusRest> test(Context c, Job j) {
        int[] rest = complement(j.rows, c.all.size());
        Columns slice = c.all.select(j.rows, j.rows.length);
        Columns others = c.all.select(rest, rest.length);
        List<MetricValue> restValues = c.suite.newAccumulator().accept(others).results();
        Resampling r1 = c.clusters == null ? c.resampling
                : c.resampling.clustered(Intervals.select(c.clusters, j.rows));
        Resampling r2 = c.clusters == null ? c.resampling : c.resampling.clustered(Intervals.select(c.clusters, rest));
        List<VersusRest> out = new ArrayList<>(j.metrics.length);
        for (int k = 0; k < j.metrics.length; k++) {
            int m = j.metrics[k];
            Metric<?> metric = c.metrics.get(m);
            double a = j.values[k];
            String skip = skip(metric, a);
            if (skip != null) {
                out.add(VersusRest.untested(null, rest.length, skip));
                continue;
            }
            IndependentComparisons.Result t = IndependentComparisons.worse(metric, slice, a, r1, others,
                    restValues.get(m).value(), r2, metric.definition().largerIsBetter());
            String reason = t.reason();
            if (c.resamples == 0 && t.method() == IndependentComparisons.Method.BOOTSTRAP_Z) {
                reason = "slice_gaps.resamples is 0: no bootstrap test";
            }
            out.add(new VersusRest(t.method() == null ? null : t.method().id(), rest.length, t.second(),
                    t.standardError(), t.statistic(), reason == null ? t.pValue() : Double.NaN, t.detail(), reason));
        }
        return out;
    }

    /** @return the rows of [0, n) not in {@code rows} (ascending) */
    static int[] complement(int[] rows, int n) {
        boolean[] in = new boolean[n];
        for (int r : rows) {
            in[r] = true;
        }
        int[] out = new int[n - rows.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!in[i]) {
                out[k++] = i;
            }
        }
        return out;
    }
}
