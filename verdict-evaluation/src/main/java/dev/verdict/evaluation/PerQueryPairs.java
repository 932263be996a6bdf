package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Ranking pairs for {@code verdict compare}: each run is evaluated on its own (TREC run file or ranking table), and
 * every metric's per-query values ({@code detail.queries} / {@code detail.per_query}) are paired by query id. The
 * metric value is the mean of its per-query values, so each pair is compared as a mean over queries (paired_t,
 * wilcoxon, bootstrap or permutation over queries).
 *
 * <p>Each slice of queries ({@code slices:} of the per-query table) is compared the same way: the per-query values of
 * the metric's result on that slice (the slice's evaluated queries) are paired by query id. The slice crosses are
 * compared only when asked ({@code verdict evaluate --baseline}), as for the other tasks.
 */
final class PerQueryPairs {
    private PerQueryPairs() {
    }

    static Comparison.Pairs of(Plan plan, Path baseline, Path candidate, Predicate<String> wanted,
            boolean crosses) {
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
            double[] aligned = align(rb, vb, rc, vc, baseline, candidate);
            p.metrics.add(Comparison.meanOfValues());
            p.specIndex.add(m);
            p.base.add(values(vb, spec));
            p.cand.add(values(aligned, spec));
            p.slicePairs.add(slices(plan, spec, b, c, baseline, candidate, crosses, p.warnings));
            p.rows = aligned.length;
        }
        if (p.metrics.isEmpty()) {
            throw new InvalidInputException("plan " + plan.path() + ": no metric of the plan has per-query values to "
                    + "compare");
        }
        return p;
    }

    /** @return the candidate's per-query values in the baseline's query order */
    private static double[] align(ResultRow rb, double[] vb, ResultRow rc, double[] vc, Path baseline,
            Path candidate) {
        int[] perm = PairedJoin.align("query", queries(rb), queries(rc), baseline, candidate);
        double[] aligned = new double[perm.length];
        for (int i = 0; i < perm.length; i++) {
            aligned[i] = vc[perm[i]];
        }
        return aligned;
    }

    /** @return the metric's slice pairs: each slice of the baseline's result with its candidate result */
    private static List<Comparison.SlicePair> slices(Plan plan, MetricSpec spec, EvaluationReport b,
            EvaluationReport c, Path baseline, Path candidate, boolean crosses, List<String> warnings) {
        List<Pattern> cross = crosses ? List.of() : crossPatterns(plan);
        Map<String, ResultRow> cand = new HashMap<>();
        for (ResultRow row : c.results()) {
            if (row.id().equals(spec.id())) {
                cand.put(row.slice(), row);
            }
        }
        List<Comparison.SlicePair> out = new ArrayList<>();
        for (ResultRow rb : b.results()) {
            if (!rb.id().equals(spec.id()) || rb.slice().equals(ResultRow.ALL) || isCross(rb.slice(), cross)) {
                continue;
            }
            ResultRow rc = cand.get(rb.slice());
            if (rc == null || !(rb.detail().get("per_query") instanceof double[] vb)
                    || !(rc.detail().get("per_query") instanceof double[] vc)) {
                warnings.add(spec.where() + ": " + spec.definition().name() + " on slice " + rb.slice()
                        + " has no per-query values in both runs; not compared");
                continue;
            }
            try {
                double[] aligned = align(rb, vb, rc, vc, baseline, candidate);
                out.add(new Comparison.SlicePair(rb.slice(), values(vb, spec), values(aligned, spec)));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("slice " + rb.slice() + " of " + spec.where() + ": "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** @return one pattern per slice cross of the plan, matching the names of its slices */
    private static List<Pattern> crossPatterns(Plan plan) {
        List<Pattern> out = new ArrayList<>();
        for (List<String> cross : plan.design().crosses()) {
            StringBuilder re = new StringBuilder();
            for (String column : cross) {
                re.append(re.length() == 0 ? "" : ",").append(Pattern.quote(column)).append("=.*");
            }
            out.add(Pattern.compile(re.toString(), Pattern.DOTALL));
        }
        return out;
    }

    private static boolean isCross(String slice, List<Pattern> crosses) {
        for (Pattern p : crosses) {
            if (p.matcher(slice).matches()) {
                return true;
            }
        }
        return false;
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
