package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ranking pairs for {@code verdict compare}: each run is evaluated on its own (TREC run file or ranking table), and
 * every metric's per-query values ({@code detail.queries} / {@code detail.per_query}) are paired by query id. The
 * metric value is the mean of its per-query values, so each pair is compared as a mean over queries (paired_t,
 * wilcoxon, bootstrap or permutation over queries).
 */
final class PerQueryPairs {
    private PerQueryPairs() {
    }

    static Comparison.Pairs of(Plan plan, Path baseline, Path candidate, Predicate<String> wanted) {
        EvaluationReport b = Evaluation.run(plan, baseline);
        EvaluationReport c = Evaluation.run(plan, candidate);
        Comparison.Pairs p = new Comparison.Pairs();
        p.baseFile = baseline;
        p.candFile = candidate;
        p.joinedOn = "query";
        for (int m = 0; m < plan.metrics().size(); m++) {
            MetricSpec spec = plan.metrics().get(m);
            if (!wanted.test(spec.id())) {
                continue;
            }
            ResultRow rb = all(b, spec.id());
            ResultRow rc = all(c, spec.id());
            if (!(rb.detail().get("per_query") instanceof double[] vb)
                    || !(rc.detail().get("per_query") instanceof double[] vc)) {
                p.warnings.add(spec.where() + ": " + spec.definition().name() + " has no per-query values; "
                        + "not compared");
                continue;
            }
            List<String> qb = queries(rb);
            int[] perm = PairedJoin.align("query", qb, queries(rc), baseline, candidate);
            double[] aligned = new double[perm.length];
            for (int i = 0; i < perm.length; i++) {
                aligned[i] = vc[perm[i]];
            }
            p.metrics.add(Comparison.meanOfValues());
            p.specIndex.add(m);
            p.base.add(values(vb, spec));
            p.cand.add(values(aligned, spec));
            p.rows = perm.length;
        }
        if (p.metrics.isEmpty()) {
            throw new InvalidInputException("plan " + plan.path() + ": no metric of the plan has per-query values to "
                    + "compare");
        }
        return p;
    }

    private static ResultRow all(EvaluationReport r, String id) {
        for (ResultRow row : r.results()) {
            if (row.id().equals(id) && row.slice().equals(ResultRow.ALL)) {
                return row;
            }
        }
        throw new IllegalStateException("no result for " + id);
    }

    private static List<String> queries(ResultRow r) {
        List<String> out = new ArrayList<>();
        if (r.detail().get("queries") instanceof List<?> l) {
            l.forEach(q -> out.add(String.valueOf(q)));
        }
        return out;
    }

    /** @return per-query values as the absolute errors of a regression against 0 (their mean is the metric) */
    private static Columns values(double[] v, MetricSpec spec) {
        for (double x : v) {
            if (!(x >= 0)) {
                throw new InvalidInputException(spec.where() + ": per-query value " + x + " of "
                        + spec.definition().name() + " is negative or undefined; cannot compare it as a mean");
            }
        }
        return Columns.builder(v.length).yTrue(new double[v.length]).yPred(v.clone()).build();
    }
}
