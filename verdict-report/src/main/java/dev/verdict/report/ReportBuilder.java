package dev.verdict.report;

import dev.verdict.core.Columns;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.curves.ThresholdSweep;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.plan.Plan;
import dev.verdict.report.ReportModel.Decision;
import dev.verdict.report.ReportModel.Interval;
import dev.verdict.report.ReportModel.MetricEntry;
import dev.verdict.report.ReportModel.PlanInfo;
import dev.verdict.report.ReportModel.Role;
import dev.verdict.report.ReportModel.Section;
import dev.verdict.report.ReportModel.SliceValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a {@link ReportModel} from an {@link EvaluationReport}, the evaluated rows (for the curves) and optional
 * parts: plan metadata, a decision, the metric hierarchy, intervals, and numeric distributions such as latency.
 */
public final class ReportBuilder {
    private final EvaluationReport report;
    private Task task;
    private String title;
    private double threshold = Plan.DEFAULT_THRESHOLD;
    private Columns rows;
    private TaskContext context;
    private PlanInfo plan;
    private Decision decision;
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Integer> levels = new LinkedHashMap<>();
    private Function<ResultRow, Interval> intervals = ReportBuilder::intervalFromDetail;
    private final List<Section> extra = new ArrayList<>();

    private ReportBuilder(EvaluationReport report) {
        this.report = report;
    }

    /** @return a builder for the results of an evaluation */
    public static ReportBuilder of(EvaluationReport report) {
        return new ReportBuilder(report);
    }

    /** @return a builder with the plan's task and threshold, titled after the plan file */
    public static ReportBuilder of(EvaluationReport report, Plan plan) {
        String file = plan.path().getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path dir = plan.path().toAbsolutePath().getParent();
        if (file.equals("plan") && dir != null && dir.getFileName() != null) {
            file = dir.getFileName().toString();
        }
        Task t = plan.task();
        return of(report).task(t).threshold(plan.threshold())
                .title("Evaluation report: " + file);
    }

    /** @param v the task (for metric descriptions and charts) @return this */
    public ReportBuilder task(Task v) {
        this.task = v;
        return this;
    }

    /** @param v the title @return this */
    public ReportBuilder title(String v) {
        this.title = v;
        return this;
    }

    /** @param v the binary decision threshold (score >= threshold is positive) @return this */
    public ReportBuilder threshold(double v) {
        this.threshold = v;
        return this;
    }

    /**
     * The evaluated rows, for curves and distributions (see {@code Evaluation.RowsListener}).
     *
     * @param all the {@code all} slice
     * @param ctx its task context
     * @return this
     */
    public ReportBuilder rows(Columns all, TaskContext ctx) {
        this.rows = all;
        this.context = ctx;
        if (task == null && ctx != null) {
            task = ctx.task();
        }
        return this;
    }

    /** @param v plan metadata, or null @return this */
    public ReportBuilder plan(PlanInfo v) {
        this.plan = v;
        return this;
    }

    /** @param v the decision, or null @return this */
    public ReportBuilder decision(Decision v) {
        this.decision = v;
        return this;
    }

    /**
     * Places a metric in the hierarchy.
     *
     * @param metricId the plan's metric id
     * @param role its role
     * @param level its level (1 = top), or null
     * @return this
     */
    public ReportBuilder hierarchy(String metricId, Role role, Integer level) {
        roles.put(metricId, role);
        if (level != null) {
            levels.put(metricId, level);
        }
        return this;
    }

    /**
     * Where intervals come from; the default reads a result's {@code detail.ci} map ({@code low}, {@code high},
     * optional {@code level} and {@code method}).
     *
     * @param v result row to interval (or null when none)
     * @return this
     */
    public ReportBuilder intervals(Function<ResultRow, Interval> v) {
        this.intervals = v;
        return this;
    }

    /**
     * Adds a histogram-and-percentiles section for a numeric column, e.g. latency.
     *
     * @param name what the values are, e.g. "Latency"
     * @param unit their unit, or null
     * @param values finite values
     * @return this
     */
    public ReportBuilder distribution(String name, String unit, double[] values) {
        return distribution(name, unit, values, "rows");
    }

    /**
     * As {@link #distribution(String, String, double[])}, saying what one value stands for.
     *
     * @param over the units the values are spread over, plural: "rows", "queries"
     * @return this
     */
    public ReportBuilder distribution(String name, String unit, double[] values, String over) {
        extra.add(DistributionCharts.section("dist-" + extra.size(), name, unit, values, over));
        return this;
    }

    /** @param v a section shown after the charts (e.g. a table) @return this */
    public ReportBuilder section(Section v) {
        extra.add(v);
        return this;
    }

    /** @return the model */
    public ReportModel build() {
        List<MetricEntry> metrics = metrics();
        List<Section> sections = new ArrayList<>(charts(metrics));
        Section slices = SliceCharts.section(metrics);
        sections.addAll(extra);
        if (slices != null) {
            sections.add(slices);
        }
        String t = title != null ? title : "Evaluation report";
        return new ReportModel(t, task == null ? null : task.name().toLowerCase(java.util.Locale.ROOT), plan, decision,
                warnings(), metrics, sections, report);
    }

    private List<MetricEntry> metrics() {
        Map<String, List<ResultRow>> byId = new LinkedHashMap<>();
        for (ResultRow r : report.results()) {
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        List<MetricEntry> out = new ArrayList<>();
        for (List<ResultRow> rs : byId.values()) {
            ResultRow first = rs.get(0);
            SliceValue overall = null;
            List<SliceValue> slices = new ArrayList<>();
            for (ResultRow r : rs) {
                SliceValue v = new SliceValue(r.slice(), r.n(), r.value(), intervals.apply(r), r.warning());
                if (r.slice().equals(ResultRow.ALL) && overall == null) {
                    overall = v;
                } else {
                    slices.add(v);
                }
            }
            if (overall == null) {
                overall = new SliceValue(ResultRow.ALL, 0, Double.NaN, null, "not computed");
            }
            out.add(new MetricEntry(first.id(), first.metric(), Labels.describe(task, first.metric()), first.params(),
                    overall, slices, Labels.largerIsBetter(task, first.metric()), roles.get(first.id()),
                    levels.get(first.id())));
        }
        return out;
    }

    private List<String> warnings() {
        List<String> out = new ArrayList<>(report.warnings());
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (ResultRow r : report.results()) {
            if (r.warning() != null) {
                where.computeIfAbsent(r.id() + ": " + r.warning(), k -> new ArrayList<>()).add(r.slice());
            }
        }
        where.forEach((w, slices) -> out.add(w + " (" + (slices.size() <= 4 ? String.join(", ", slices)
                : String.join(", ", slices.subList(0, 3)) + " and " + (slices.size() - 3) + " more slices") + ")"));
        return out;
    }

    private List<Section> charts(List<MetricEntry> metrics) {
        if (rows == null || task == null) {
            return List.of();
        }
        if (task == Task.BINARY && rows.label() != null && (rows.score() != null || rows.predictedLabel() != null)) {
            List<String> classes = context == null ? List.of() : context.classes();
            return new BinaryCharts(rows.label(), rows.score(), rows.weight(), rows.predictedLabel(), threshold,
                    classes).sections(costs(), beta());
        }
        if (task == Task.REGRESSION && rows.yTrue() != null && rows.yPred() != null) {
            return RegressionCharts.sections(rows.yTrue(), rows.yPred());
        }
        return List.of();
    }

    /** @return the costs of the plan's first expected_cost or threshold_at_min_cost metric, or null */
    private ThresholdSweep.Costs costs() {
        for (ResultRow r : report.results()) {
            if (r.metric().equals("expected_cost") || r.metric().equals("threshold_at_min_cost")) {
                Map<String, Object> p = r.params();
                return new ThresholdSweep.Costs(num(p, "cost_fp"), num(p, "cost_fn"), num(p, "cost_tp"),
                        num(p, "cost_tn"));
            }
        }
        return null;
    }

    /** @return beta of the plan's first fbeta metric, else 1 */
    private double beta() {
        for (ResultRow r : report.results()) {
            if (r.metric().equals("fbeta") || r.metric().equals("threshold_at_max_fbeta")) {
                return num(r.params(), "beta");
            }
        }
        return 1.0;
    }

    private static double num(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v instanceof Number n ? n.doubleValue() : 0.0;
    }

    /** @return the interval in {@code detail.ci}, or null */
    static Interval intervalFromDetail(ResultRow r) {
        if (!(r.detail().get("ci") instanceof Map<?, ?> ci)) {
            return null;
        }
        if (!(ci.get("low") instanceof Number lo) || !(ci.get("high") instanceof Number hi)) {
            return null;
        }
        double level = ci.get("level") instanceof Number l ? l.doubleValue() : Double.NaN;
        Object method = ci.get("method");
        return new Interval(lo.doubleValue(), hi.doubleValue(), level, method == null ? null : method.toString());
    }
}
