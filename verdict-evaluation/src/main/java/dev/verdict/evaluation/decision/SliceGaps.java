package dev.verdict.evaluation.decision;

import dev.verdict.core.fairness.SliceComparison;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each metric and each slice family (one {@code slices} column or one cross): the best and worst slice, their
 * gap and ratio, and the slices significantly worse than the rest of the rows, from
 * {@link SliceComparison#compare} (one-sided pooled z-test per slice against the rest, Holm-corrected over the
 * family's slices, alpha 0.05). Slices below {@code min_slice_size} are left out. The significance test needs a
 * proportion with known successes and trials: it runs for every proportion metric whose result carries a Wilson or
 * Clopper-Pearson interval (the interval's {@code successes} and {@code trials}: recall over the positives, precision
 * over the predicted positives, ...), and for the row-share metrics ({@code accuracy}, {@code positive_rate},
 * {@code error_rate}: successes = value x n, trials = n) of plans without a weight column; other metrics get
 * best/worst/gap/ratio only.
 */
public final class SliceGaps {
    /** Family-wise significance level of the slice tests. */
    public static final double ALPHA = 0.05;
    private static final Set<String> ROW_SHARES = Set.of("accuracy", "positive_rate", "error_rate");

    private SliceGaps() {
    }

    /**
     * One metric over one slice family.
     *
     * @param metric the metric id
     * @param family the slice column(s), e.g. {@code country} or {@code country,device}
     * @param result the comparison (best, worst, gap, ratio, per-slice tests)
     */
    public record Gap(String metric, String family, SliceComparison.Result result) {
        /** @return the slices flagged as significantly worse than the rest */
        public List<SliceComparison.SliceTest> flagged() {
            return result.tests().stream().filter(SliceComparison.SliceTest::flagged).toList();
        }
    }

    /** @return one gap per metric and slice family with at least two slices */
    public static List<Gap> of(Plan plan, List<ResultRow> results) {
        List<Gap> out = new ArrayList<>();
        boolean weighted = plan.data().weight() != null;
        for (MetricSpec m : plan.metrics()) {
            Map<String, List<SliceComparison.Slice>> families = new LinkedHashMap<>();
            boolean proportion = !weighted && ROW_SHARES.contains(m.definition().name());
            for (ResultRow r : results) {
                if (!r.id().equals(m.id()) || r.slice().equals(ResultRow.ALL)
                        || r.units() < plan.design().minSliceSize()) {
                    continue;
                }
                SliceComparison.Slice s = slice(r, proportion);
                families.computeIfAbsent(family(r.slice()), k -> new ArrayList<>()).add(s);
            }
            families.forEach((family, slices) -> {
                if (slices.size() >= 2) {
                    out.add(new Gap(m.id(), family, SliceComparison.compare(slices, m.definition().largerIsBetter(),
                            ALPHA)));
                }
            });
        }
        return out;
    }

    /** @return the slice with successes and trials when the result is a proportion whose counts are known */
    private static SliceComparison.Slice slice(ResultRow r, boolean rowShare) {
        if (!Double.isNaN(r.value())) {
            if (r.ci() != null && r.ci().detail().get("successes") instanceof Number k
                    && r.ci().detail().get("trials") instanceof Number t && t.doubleValue() > 0) {
                return new SliceComparison.Slice(r.slice(), r.value(), r.n(), k.doubleValue(), t.doubleValue());
            }
            if (rowShare) {
                return new SliceComparison.Slice(r.slice(), r.value(), r.n(), Math.rint(r.value() * r.n()), r.n());
            }
        }
        return SliceComparison.Slice.of(r.slice(), r.value(), r.n());
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
