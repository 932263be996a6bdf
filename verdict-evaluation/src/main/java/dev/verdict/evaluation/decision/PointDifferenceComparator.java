package dev.verdict.evaluation.decision;

import dev.verdict.evaluation.Evaluation;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simple {@link BaselineComparator}: evaluates the plan on the baseline file and returns
 * {@code candidate - baseline} per metric and slice, with no interval and no test (so a baseline guardrail with
 * {@code bound: lower|upper} is inconclusive; use the paired engine for intervals).
 */
public final class PointDifferenceComparator implements BaselineComparator {
    @Override
    public List<Comparison> compare(Plan plan, EvaluationReport candidate, Path baselineData) {
        return diff(candidate.results(), Evaluation.run(plan, baselineData).results());
    }

    /** @return the point differences of the rows present in both lists */
    public static List<Comparison> diff(List<ResultRow> candidate, List<ResultRow> baseline) {
        Map<String, ResultRow> base = new HashMap<>();
        for (ResultRow r : baseline) {
            base.put(r.id() + "\u0000" + r.slice(), r);
        }
        List<Comparison> out = new ArrayList<>();
        for (ResultRow r : candidate) {
            ResultRow b = base.get(r.id() + "\u0000" + r.slice());
            if (b != null) {
                out.add(Comparison.ofPoints(r.id(), r.slice(), b.value(), r.value()));
            }
        }
        return out;
    }
}
