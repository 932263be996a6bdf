package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.io.DataReader;
import dev.verdict.io.DataTable;
import dev.verdict.io.MissingPolicy;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import dev.verdict.plan.StatisticsSpec;
import dev.verdict.stats.PairedComparisons;
import dev.verdict.stats.TestResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code verdict compare}: evaluates a plan's metrics on two prediction files of the same examples and tests, metric
 * by metric and slice by slice, whether the candidate differs from the baseline ({@link PairedComparisons}), with the
 * plan's per-metric {@code test:}, confidence level, resampling and multiple-testing correction.
 *
 * <p>Rows are paired by {@code data.id} (any order; every id in both files once; equal truth). Ranking plans pair
 * the per-query values of each metric by query id (TREC run files or ranking tables), tested as means over queries,
 * on {@code all} and on each slice of queries (the per-query values of the slice's queries).
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * @param plan the plan
     * @param baseline the baseline's predictions (ranking: run file or table)
     * @param candidate the candidate's predictions
     * @return every comparison, with adjusted p-values
     * @throws InvalidInputException for mismatched ids or truth, a test that does not fit, too few rows
     */
    public static ComparisonReport run(Plan plan, Path baseline, Path candidate) {
        return run(plan, baseline, candidate, id -> true, false);
    }

    /**
     * Like {@link #run(Plan, Path, Path)}, comparing only the metrics whose id {@code metrics} accepts (e.g. the
     * metrics of the baseline guardrails of {@code verdict evaluate --baseline}); the p-values are adjusted across
     * the comparisons made.
     *
     * @param metrics which plan metric ids to compare
     * @param crosses whether to compare on the slice crosses too ({@code [country, device]}), besides the single
     *     {@code slices} columns
     */
    public static ComparisonReport run(Plan plan, Path baseline, Path candidate, Predicate<String> metrics,
            boolean crosses) {
        Pairs pairs = plan.task() == Task.RANKING ? PerQueryPairs.of(plan, baseline, candidate, metrics, crosses)
                : rows(plan, baseline, candidate, metrics, crosses);
        StatisticsSpec s = plan.statistics();
        List<ComparisonRow> out = new ArrayList<>();
        for (int m = 0; m < pairs.metrics.size(); m++) {
            MetricSpec spec = plan.metrics().get(pairs.specIndex.get(m));
            Metric<?> metric = pairs.metrics.get(m);
            Columns base = pairs.base.get(m);
            Columns cand = pairs.cand.get(m);
            out.add(compare(plan, spec, metric, ResultRow.ALL, base, cand, pairs.clusters, true));
            for (SlicePair sp : pairs.slicePairs.isEmpty() ? List.<SlicePair>of() : pairs.slicePairs.get(m)) {
                out.add(compare(plan, spec, metric, sp.name(), sp.base(), sp.cand(), null, false));
            }
            for (SliceIndex.Group g : pairs.slices) {
                int[] r = g.rows();
                out.add(compare(plan, spec, metric, g.name(), base.select(r, r.length), cand.select(r, r.length),
                        pairs.clusters == null ? null : Intervals.select(pairs.clusters, r), false));
            }
        }
        double[] p = new double[out.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = out.get(i).pValue();
        }
        double[] adj = s.comparison().correction().adjust(p);
        List<ComparisonRow> adjusted = new ArrayList<>(out.size());
        for (int i = 0; i < p.length; i++) {
            adjusted.add(out.get(i).adjusted(adj[i], s.comparison().alpha()));
        }
        return new ComparisonReport(VerdictVersion.get(), plan.path().toString(), plan.sha256(),
                pairs.baseFile.toString(), pairs.candFile.toString(), pairs.joinedOn, pairs.rows,
                s.comparison().correction().id(), s.comparison().alpha(), s.confidence().level(), pairs.warnings,
                adjusted);
    }

    /** The paired rows: baseline and aligned candidate columns, slices and cluster codes in baseline row order. */
    static final class Pairs {
        List<Columns> base = new ArrayList<>();
        List<Columns> cand = new ArrayList<>();
        long rows;
        int[] clusters;
        List<SliceIndex.Group> slices = List.of();
        /** Per compared metric, its own slice pairs (ranking: the per-query values of each slice's queries). */
        List<List<SlicePair>> slicePairs = new ArrayList<>();
        List<Metric<?>> metrics = new ArrayList<>();
        List<Integer> specIndex = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path baseFile;
        Path candFile;
        String joinedOn;
    }

    /** One slice's paired values of one metric, in the same order in both columns. */
    record SlicePair(String name, Columns base, Columns cand) {
    }

    private static Pairs rows(Plan plan, Path baseline, Path candidate, Predicate<String> wanted,
            boolean crosses) {
        String id = plan.data().id();
        if (id == null) {
            throw new InvalidInputException("plan " + plan.path() + ": the paired comparison (verdict compare, "
                    + "baseline guardrails of verdict evaluate --baseline) pairs the rows of both files by data.id, "
                    + "but the plan names no id column; add data.id (a column unique per example)");
        }
        ColumnPlan columns = ColumnPlan.of(plan);
        MissingPolicy policy = plan.missing() == dev.verdict.plan.MissingValues.DROP ? MissingPolicy.DROP
                : MissingPolicy.ERROR;
        DataTable bt = DataReader.read(baseline, columns.requests(), policy);
        DataTable ct = DataReader.read(candidate, columns.requests(), policy);
        List<String> keys = PairedJoin.texts(bt, id);
        int[] perm = PairedJoin.align("data.id (column \"" + id + "\")", keys, PairedJoin.texts(ct, id),
                baseline, candidate);
        for (String truth : truthColumns(plan)) {
            PairedJoin.requireSameTruth(truth, columns.type(truth), bt, ct, perm, keys, "id");
        }
        BatchBuilder.Batch bb = BatchBuilder.build(plan, bt, columns);
        BatchBuilder.Batch cb = BatchBuilder.build(plan, ct, columns);
        Pairs p = new Pairs();
        Columns aligned = cb.columns().select(perm, perm.length);
        p.rows = perm.length;
        p.baseFile = baseline;
        p.candFile = candidate;
        p.joinedOn = "data.id (" + id + ")";
        p.warnings.addAll(bb.warnings());
        String cluster = plan.statistics().confidence().cluster();
        p.clusters = cluster == null ? null : bt.codes(cluster);
        List<SliceIndex.Group> slices = new ArrayList<>();
        for (String column : plan.slices()) {
            slices.addAll(SliceIndex.groups(bt, column, columns.type(column)));
        }
        if (crosses) {
            for (List<String> cross : plan.design().crosses()) {
                slices.addAll(SliceGroups.cross(bt, cross, columns));
            }
        }
        p.slices = slices;
        for (int m = 0; m < plan.metrics().size(); m++) {
            MetricSpec spec = plan.metrics().get(m);
            if (!wanted.test(spec.id())) {
                continue;
            }
            p.metrics.add(create(plan, spec, bb.context()));
            p.specIndex.add(m);
            p.base.add(bb.columns());
            p.cand.add(aligned);
        }
        return p;
    }

    /** @return the columns holding the truth, which must agree between the files */
    private static List<String> truthColumns(Plan plan) {
        List<String> out = new ArrayList<>();
        if (plan.task() == Task.MULTILABEL) {
            out.addAll(plan.data().labels());
        } else if (plan.data().label() != null) {
            out.add(plan.data().label());
        }
        for (String key : List.of("references", "n_samples", "passed", "relevance")) {
            if (plan.data().column(key) != null) {
                out.add(plan.data().column(key));
            }
        }
        return out;
    }

    static Metric<?> create(Plan plan, MetricSpec spec, TaskContext context) {
        try {
            return spec.definition().create(spec.rawParams(), context);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("plan " + plan.path() + ": " + spec.where() + ": " + e.getMessage(), e);
        }
    }

    private static ComparisonRow compare(Plan plan, MetricSpec spec, Metric<?> metric, String slice, Columns base,
            Columns cand, int[] clusters, boolean whole) {
        StatisticsSpec s = plan.statistics();
        double level = s.confidence().level();
        boolean up = spec.definition().largerIsBetter();
        String name = spec.definition().name();
        try {
            TestResult t = PairedComparisons.compare(metric, base, cand, s.test(spec.id()), level,
                    Intervals.resampling(plan, clusters));
            double b = ((Number) t.detail().get("baseline")).doubleValue();
            double c = ((Number) t.detail().get("candidate")).doubleValue();
            String warning = t.warning();
            if (t.interval() != null && t.interval().warning() != null && !t.interval().warning().equals(warning)) {
                warning = warning == null ? t.interval().warning() : warning + "; " + t.interval().warning();
            }
            return new ComparisonRow(spec.id(), name, slice, base.size(), b, c, t.difference(),
                    t.interval() == null ? null : Intervals.of(t.interval()), t.method().id(), t.statistic(),
                    t.pValue(), Double.NaN, false, up, warning);
        } catch (InvalidInputException e) {
            if (whole) {
                throw new InvalidInputException("plan " + plan.path() + ": " + spec.where() + ": cannot compare "
                        + name + (slice.equals(ResultRow.ALL) ? "" : " on slice " + slice) + ": " + e.getMessage(), e);
            }
            return new ComparisonRow(spec.id(), name, slice, base.size(), Double.NaN, Double.NaN, Double.NaN, null,
                    s.test(spec.id()).id(), Double.NaN, Double.NaN, Double.NaN, false, up,
                    "no comparison on this slice: " + e.getMessage());
        }
    }

    /** A metric whose per-row values are given (ranking per-query values, compared as means over queries). */
    static Metric<?> meanOfValues() {
        TaskContext ctx = new TaskContext(Task.REGRESSION, 0.5, List.of(), true, false);
        return MetricCatalog.require(Task.REGRESSION, "mae").create(Map.of(), ctx);
    }
}
