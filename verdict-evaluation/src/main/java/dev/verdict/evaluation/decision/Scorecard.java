package dev.verdict.evaluation.decision;

import dev.verdict.evaluation.ResultRow;
import dev.verdict.plan.DesignSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard: each KPI's value on all rows normalised to [0, 1] between its floor (0) and target (1), linear
 * between and clamped outside, in either direction (floor above target for smaller-is-better KPIs); the weighted
 * score is {@code sum(score x weight)} (the weights sum to 1). An undefined value scores 0.
 */
final class Scorecard {
    private Scorecard() {
    }

    static List<Decision.ScoreLine> lines(List<DesignSpec.ScoreLine> spec, List<ResultRow> results) {
        List<Decision.ScoreLine> out = new ArrayList<>();
        for (DesignSpec.ScoreLine s : spec) {
            double value = Double.NaN;
            for (ResultRow r : results) {
                if (r.id().equals(s.metric()) && r.slice().equals(ResultRow.ALL)) {
                    value = r.value();
                    break;
                }
            }
            double score = normalise(value, s.floor(), s.target());
            out.add(new Decision.ScoreLine(s.metric(), value, s.floor(), s.target(), s.weight(), score,
                    score * s.weight()));
        }
        return out;
    }

    /** @return {@code clamp((value - floor) / (target - floor), 0, 1)}, 0 for NaN */
    static double normalise(double value, double floor, double target) {
        if (Double.isNaN(value)) {
            return 0.0;
        }
        double x = (value - floor) / (target - floor);
        return Math.max(0.0, Math.min(1.0, x));
    }

    static double total(List<Decision.ScoreLine> lines) {
        double sum = 0;
        for (Decision.ScoreLine l : lines) {
            sum += l.contribution();
        }
        return sum;
    }
}
