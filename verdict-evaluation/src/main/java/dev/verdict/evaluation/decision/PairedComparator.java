package dev.verdict.evaluation.decision;

import dev.verdict.evaluation.ComparisonReport;
import dev.verdict.evaluation.ComparisonRow;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.plan.DesignSpec;
import dev.verdict.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link BaselineComparator} of {@code verdict evaluate --baseline}: the paired comparison engine of
 * {@code verdict compare} ({@link dev.verdict.evaluation.Comparison}) run on the baseline file and the candidate's
 * data file, for the metrics that have a baseline guardrail, on {@code all}, every slice and every slice cross. Rows are joined on {@code data.id} (ranking: per-query
 * values on the query id); each metric gets its plan test (or auto), the interval of the difference at the plan's
 * confidence level and the p-value, adjusted with the plan's correction across the comparisons made.
 */
public final class PairedComparator implements BaselineComparator {
    @Override
    public List<Comparison> compare(Plan plan, EvaluationReport candidate, Path baselineData) {
        Set<String> ids = new HashSet<>();
        for (DesignSpec.Guardrail g : plan.design().guardrails()) {
            if (g.vsBaseline()) {
                ids.add(g.metric());
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        ComparisonReport report = dev.verdict.evaluation.Comparison.run(plan, baselineData,
                Path.of(candidate.dataPath()), ids::contains, true);
        return of(report.comparisons());
    }

    /** @return the decision layer's form of the engine's comparisons */
    public static List<Comparison> of(List<ComparisonRow> rows) {
        List<Comparison> out = new ArrayList<>(rows.size());
        for (ComparisonRow r : rows) {
            out.add(new Comparison(r.id(), r.slice(), r.baseline(), r.candidate(), r.difference(), r.ci(), r.pValue(),
                    r.pAdjusted()));
        }
        return out;
    }
}
