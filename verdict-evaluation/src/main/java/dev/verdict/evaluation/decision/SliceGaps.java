package dev.verdict.evaluation.decision;

import dev.verdict.core.fairness.SliceComparison;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.evaluation.SliceTests;
import dev.verdict.evaluation.VersusRest;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each metric and each slice family (one {@code slices} column or one cross): the best and worst slice, their
 * gap and ratio, and the slices significantly worse than the rest of the rows, from {@link SliceComparison#compare}
 * (a one-sided test per slice against every other row of its family, Holm-corrected over the family's slices, alpha
 * 0.05). Slices below {@code min_slice_size} are left out (their rows still belong to the rest of the other slices).
 *
 * <p>Proportions with known successes and trials ({@link SliceTests#counts}: a Wilson or Clopper-Pearson interval's
 * {@code successes} and {@code trials}, or a row share of an unweighted plan) get the pooled two-proportion z-test
 * here. Every other slice uses the test {@code verdict evaluate} computed on its rows ({@link ResultRow#vsRest}:
 * DeLong, Welch's t, the pooled z-test or a bootstrap z-test); a slice without one is not tested and its reason is
 * reported.
 */
public final class SliceGaps {
    /** Family-wise significance level of the slice tests. */
    public static final double ALPHA = 0.05;

    private SliceGaps() {
    }

    /**
     * One metric over one slice family.
     *
     * @param metric the metric id
     * @param family the slice column(s), e.g. {@code country} or {@code country,device}
     * @param result the comparison (best, worst, gap, ratio, per-slice tests)
     * @param slices the judged slices' results, in the order of {@code result.tests()}
     */
    public record Gap(String metric, String family, SliceComparison.Result result, List<ResultRow> slices) {
        /** Copies the slices. */
        public Gap {
            slices = List.copyOf(slices);
        }

        /** A gap without the slices' results. */
        public Gap(String metric, String family, SliceComparison.Result result) {
            this(metric, family, result, List.of());
        }

        /** @return the slices flagged as significantly worse than the rest */
        public List<SliceComparison.SliceTest> flagged() {
            return result.tests().stream().filter(SliceComparison.SliceTest::flagged).toList();
        }
    }

    /** @return one gap per metric and slice family with at least two slices */
    public static List<Gap> of(Plan plan, List<ResultRow> results) {
        List<Gap> out = new ArrayList<>();
        for (MetricSpec m : plan.metrics()) {
            Map<String, List<ResultRow>> judged = new LinkedHashMap<>();
            Map<String, List<SliceComparison.Slice>> others = new LinkedHashMap<>();
            for (ResultRow r : results) {
                if (!r.id().equals(m.id()) || r.slice().equals(ResultRow.ALL)) {
                    continue;
                }
                String family = family(r.slice());
                if (r.units() < plan.design().minSliceSize()) {
                    others.computeIfAbsent(family, k -> new ArrayList<>()).add(slice(plan, r));
                } else {
                    judged.computeIfAbsent(family, k -> new ArrayList<>()).add(r);
                }
            }
            judged.forEach((family, rows) -> {
                if (rows.size() >= 2) {
                    List<SliceComparison.Slice> slices = rows.stream().map(r -> slice(plan, r)).toList();
                    out.add(new Gap(m.id(), family, SliceComparison.compare(slices,
                            others.getOrDefault(family, List.of()), m.definition().largerIsBetter(), ALPHA), rows));
                }
            });
        }
        return out;
    }

    /** @return the slice with its counts (a proportion), its test against the rest, or the reason it has none */
    private static SliceComparison.Slice slice(Plan plan, ResultRow r) {
        double[] counts = SliceTests.counts(plan, r);
        if (counts != null) {
            return new SliceComparison.Slice(r.slice(), r.value(), r.n(), counts[0], counts[1]);
        }
        VersusRest t = r.vsRest();
        if (t != null && t.tested()) {
            return SliceComparison.Slice.tested(r.slice(), r.value(), r.n(), t.method(), t.pValue());
        }
        return SliceComparison.Slice.untested(r.slice(), r.value(), r.n(), t != null ? t.reason()
                : Double.isNaN(r.value()) ? "the metric is undefined (NaN) on the slice"
                : "no test against the rest: not a proportion with known counts, and no test was computed on the "
                + "rows (e.g. results without rows, such as ranking plans read from TREC files)");
    }

    /** @return the columns of a slice name: {@code country=US,device=web} gives {@code country,device} */
    static String family(String slice) {
        List<String> cols = new ArrayList<>();
        for (String part : slice.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                cols.add(part.substring(0, eq));
            }
        }
        return String.join(",", cols);
    }
}
