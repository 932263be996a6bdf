package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.io.DataTable;
import dev.verdict.plan.DesignSpec;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import dev.verdict.plan.StatisticsSpec;
import dev.verdict.stats.ConfidenceIntervals;
import dev.verdict.stats.Interval;
import dev.verdict.stats.IntervalMethod;
import dev.verdict.stats.Resampling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches confidence intervals to the results of {@code verdict evaluate}: for every metric the plan asks an interval
 * of ({@code confidence:} for all, or the metric's {@code ci:}), on {@code all} and on every slice, computed by
 * {@link ConfidenceIntervals} on that slice's rows with the plan's level, method, resamples and seed. Resampling is
 * stratified by label for binary and multiclass plans (unless {@code confidence.stratify: false}) and clustered by
 * {@code confidence.cluster} when given.
 *
 * <p>A metric with a guardrail judged on its interval ({@code bound: lower|upper}, not a baseline or per-class
 * guardrail) gets an interval even when the plan asks none, with the plan-wide method (auto unless
 * {@code confidence.method} says otherwise).
 *
 * <p>Ranking plans on TREC files ({@link #perQuery}) get the interval of the mean over queries of each metric's
 * per-query values ({@code detail.per_query}): auto gives the t interval, a bootstrap method resamples queries.
 *
 * <p>A method the plan chose explicitly that cannot be computed on {@code all} (e.g. delong with a single positive) is
 * an error; otherwise (auto, or a slice) the interval gets NaN bounds and a warning saying why.
 */
final class Intervals {
    private Intervals() {
    }

    /**
     * @param plan the plan
     * @param metrics the metrics, in plan order
     * @param all every evaluated row
     * @param table the data (slice and cluster columns)
     * @param columns how the columns were read
     * @param results the results without intervals
     * @return the results, those asked for with an interval
     */
    static List<ResultRow> attach(Plan plan, List<Metric<?>> metrics, Columns all, DataTable table,
            ColumnPlan columns, List<ResultRow> results) {
        StatisticsSpec s = plan.statistics();
        boolean any = false;
        for (MetricSpec spec : plan.metrics()) {
            any |= wants(plan, spec.id());
        }
        if (!any) {
            return results;
        }
        int[] clusters = s.confidence().cluster() == null ? null : table.codes(s.confidence().cluster());
        Map<String, int[]> sliceRows = new HashMap<>();
        for (SliceIndex.Group g : SliceGroups.all(plan, table, columns)) {
            sliceRows.put(g.name(), g.rows());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            index.put(plan.metrics().get(m).id(), m);
        }
        List<ResultRow> out = new ArrayList<>(results.size());
        for (ResultRow r : results) {
            Integer m = index.get(r.id());
            if (m == null || !wants(plan, r.id())) {
                out.add(r);
                continue;
            }
            int[] rows = sliceRows.get(r.slice());
            Columns part = rows == null ? all : all.select(rows, rows.length);
            int[] codes = clusters == null ? null : rows == null ? clusters : select(clusters, rows);
            out.add(r.withCi(interval(plan, plan.metrics().get(m), metrics.get(m), part, codes, rows == null)));
        }
        return out;
    }

    /**
     * @return whether the metric gets an interval: the plan asks one ({@code confidence:} or its {@code ci:}), or a
     *     guardrail judges its interval ({@code bound: lower|upper} on the metric's own value)
     */
    static boolean wants(Plan plan, String metricId) {
        if (plan.statistics().wantsInterval(metricId)) {
            return true;
        }
        for (DesignSpec.Guardrail g : plan.design().guardrails()) {
            if (g.metric().equals(metricId) && g.bound() != DesignSpec.Bound.POINT && !g.vsBaseline()
                    && g.cls() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The interval of a ranking measure evaluated on TREC files: the interval of the mean of its per-query values
     * ({@code detail.per_query}), computed as the mean of per-row values over queries (auto: t interval; a bootstrap
     * method resamples queries). A metric without per-query values, or whose value is not their mean, gets a NaN
     * interval with a warning.
     *
     * @param plan the plan
     * @param r the result ({@code all} or a slice of queries)
     * @return its interval
     */
    static ConfidenceInterval perQuery(Plan plan, ResultRow r) {
        StatisticsSpec s = plan.statistics();
        IntervalMethod method = s.intervalMethod(r.id());
        double level = s.confidence().level();
        if (!(r.detail() != null && r.detail().get("per_query") instanceof double[] v) || v.length == 0) {
            return none(method, level, r.metric() + " has no per-query values");
        }
        double sum = 0;
        for (double x : v) {
            if (!(x >= 0)) {
                return none(method, level, "per-query value " + x + " of " + r.metric() + " is negative or undefined");
            }
            sum += x;
        }
        double mean = sum / v.length;
        if (!(Math.abs(mean - r.value()) <= 1e-9 * Math.max(1, Math.abs(r.value())))) {
            return none(method, level, r.metric() + " is not the mean of its per-query values");
        }
        Columns queries = Columns.builder(v.length).yTrue(new double[v.length]).yPred(v.clone()).build();
        try {
            return of(ConfidenceIntervals.interval(Comparison.meanOfValues(), queries, method, level,
                    resampling(plan, null)));
        } catch (InvalidInputException e) {
            if (method != IntervalMethod.AUTO) {
                throw new InvalidInputException("plan " + plan.path() + ": metric " + r.id() + ": cannot compute the "
                        + method.id() + " interval of the mean over queries: " + e.getMessage()
                        .replace("metric mae", "a mean over queries"), e);
            }
            return none(method, level, e.getMessage());
        }
    }

    private static ConfidenceInterval none(IntervalMethod method, double level, String why) {
        return new ConfidenceInterval(Double.NaN, Double.NaN, level, method.id(), Map.of(), "no interval: " + why);
    }

    /** @return the plan's resampling settings for rows with these cluster codes (or null) */
    static Resampling resampling(Plan plan, int[] clusters) {
        StatisticsSpec.Confidence c = plan.statistics().confidence();
        Resampling r = Resampling.of(c.seed()).withResamples(c.resamples());
        if (clusters != null) {
            return r.clustered(clusters);
        }
        boolean labelled = plan.task() == Task.BINARY || plan.task() == Task.MULTICLASS;
        return labelled && c.stratify() ? r.stratified() : r;
    }

    static ConfidenceInterval interval(Plan plan, MetricSpec spec, Metric<?> metric, Columns rows,
            int[] clusters, boolean whole) {
        StatisticsSpec s = plan.statistics();
        IntervalMethod method = s.intervalMethod(spec.id());
        double level = s.confidence().level();
        try {
            return of(ConfidenceIntervals.interval(metric, rows, method, level, resampling(plan, clusters)));
        } catch (InvalidInputException e) {
            if (whole && method != IntervalMethod.AUTO) {
                throw new InvalidInputException("plan " + plan.path() + ": " + spec.where() + ": cannot compute the "
                        + method.id() + " interval: " + e.getMessage(), e);
            }
            return new ConfidenceInterval(Double.NaN, Double.NaN, level, method.id(), Map.of(),
                    "no interval: " + e.getMessage());
        }
    }

    /** @return the report form of a stats interval */
    static ConfidenceInterval of(Interval i) {
        return new ConfidenceInterval(i.low(), i.high(), i.level(), i.method().id(), i.detail(), i.warning());
    }

    static int[] select(int[] v, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }
}
