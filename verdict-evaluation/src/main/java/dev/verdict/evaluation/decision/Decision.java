package dev.verdict.evaluation.decision;

import dev.verdict.evaluation.ConfidenceInterval;
import dev.verdict.plan.DesignSpec;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The release decision of a plan with guardrails and/or a scorecard (docs/decision.md).
 *
 * @param outcome pass, fail or inconclusive
 * @param score the scorecard's weighted score in [0, 1], NaN without a scorecard
 * @param reasons why, most important first
 * @param checks every judged guardrail check, in guardrail then slice order
 * @param notJudged guardrail slices with fewer rows than {@code min_slice_size}: reported, not judged
 * @param scorecard the scorecard lines, empty without a scorecard
 * @param policy what an inconclusive outcome does
 */
public record Decision(Outcome outcome, double score, List<String> reasons, List<Check> checks,
        List<NotJudged> notJudged, List<ScoreLine> scorecard, DesignSpec.Inconclusive policy) {
    /** Copies the lists. */
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        checks = List.copyOf(checks);
        notJudged = List.copyOf(notJudged);
        scorecard = List.copyOf(scorecard);
    }

    /** @return the exit status: 0 pass, 1 fail, inconclusive per policy (1 unless the plan says pass or report) */
    public int exitCode() {
        return switch (outcome) {
            case PASS -> 0;
            case FAIL -> 1;
            case INCONCLUSIVE -> policy == DesignSpec.Inconclusive.FAIL ? 1 : 0;
        };
    }

    /** Outcome of the decision and status of a check. */
    public enum Outcome {
        /** Every rule holds. */
        PASS,
        /** A rule is broken. */
        FAIL,
        /** The evidence cannot settle a rule (an interval straddles the limit, a value is undefined). */
        INCONCLUSIVE;

        /** @return the JSON spelling */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One guardrail limit on one slice.
     *
     * @param guardrail the guardrail in words
     * @param rule the guardrail's limit in words, without its slice pattern
     * @param metric the metric id
     * @param slice the slice
     * @param n rows in the slice
     * @param value the judged value (the metric, or for a baseline guardrail {@code candidate - baseline})
     * @param ci the value's interval, or null
     * @param op {@code >=} or {@code <=}
     * @param limit the limit the value is held to
     * @param status pass, fail or inconclusive
     * @param reason why, in words
     * @param line the guardrail's plan line
     */
    public record Check(String guardrail, String rule, String metric, String slice, long n, double value, ConfidenceInterval ci,
            String op, double limit, Outcome status, String reason, int line) {
    }

    /**
     * A guardrail slice below {@code min_slice_size}.
     *
     * @param guardrail the guardrail in words
     * @param slice the slice
     * @param n its size as {@code min_slice_size} counts it ({@link dev.verdict.evaluation.ResultRow#units()}: rows,
     *     or evaluated queries of a ranking measure)
     */
    public record NotJudged(String guardrail, String slice, long n) {
    }

    /**
     * One scorecard KPI.
     *
     * @param metric the metric id
     * @param value its value on all rows
     * @param floor value scoring 0
     * @param target value scoring 1
     * @param weight its weight
     * @param score {@code clamp((value - floor) / (target - floor), 0, 1)}, 0 when the value is undefined
     * @param contribution {@code score x weight}
     */
    public record ScoreLine(String metric, double value, double floor, double target, double weight, double score,
            double contribution) {
    }
}
