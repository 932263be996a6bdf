package dev.verdict.report;

import dev.verdict.core.fairness.SliceComparison;
import dev.verdict.evaluation.ConfidenceInterval;
import dev.verdict.evaluation.decision.Decision;
import dev.verdict.evaluation.decision.SliceGaps;
import dev.verdict.plan.DesignSpec;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills a {@link ReportBuilder} with a plan's metric design: plan name, purpose, owner, review date and lock status,
 * the metric hierarchy (role and level), the decision (guardrail checks and scorecard) and a table of slice gaps.
 */
public final class DesignReport {
    private DesignReport() {
    }

    /**
     * @param b the builder
     * @param plan the plan
     * @param lock its lock status, or null
     * @param lockNote the lock-versus-data note, or null
     * @param decision the decision, or null
     * @param gaps the slice gaps
     * @return {@code b}
     */
    public static ReportBuilder apply(ReportBuilder b, Plan plan, PlanLock.Status lock, String lockNote,
            Decision decision, List<SliceGaps.Gap> gaps) {
        DesignSpec d = plan.design();
        String lockText = lock == null ? null : lock.describe() + (lockNote == null ? "" : "; " + lockNote);
        Boolean locked = lock == null ? null : lock.state() == PlanLock.State.MATCHES;
        if (d.name() != null || d.purpose() != null || d.owner() != null || d.review() != null || lock != null) {
            b.plan(new ReportModel.PlanInfo(d.name(), d.purpose(), d.owner(),
                    d.review() == null ? null : d.review().next(), lockText, locked));
        }
        if (d.name() != null) {
            b.title("Evaluation report: " + d.name());
        }
        for (MetricSpec m : plan.metrics()) {
            if (m.design().role() != null || m.design().level() != null) {
                b.hierarchy(m.id(), m.design().role() == null ? null
                        : ReportModel.Role.valueOf(m.design().role().name()), m.design().level());
            }
        }
        if (decision != null) {
            b.decision(decision(decision));
        }
        b.intervals(r -> r.ci() == null ? ReportBuilder.intervalFromDetail(r) : interval(r.ci()));
        if (!gaps.isEmpty()) {
            b.section(gapSection(gaps));
        }
        return b;
    }

    static ReportModel.Decision decision(Decision d) {
        List<ReportModel.ScoreItem> score = new ArrayList<>();
        for (Decision.ScoreLine l : d.scorecard()) {
            score.add(new ReportModel.ScoreItem(l.metric(), String.format(Locale.ROOT, "score %s (0 at %s, 1 at %s)",
                    Labels.number(l.score()), Labels.number(l.floor()), Labels.number(l.target())), l.value(),
                    l.weight(), l.contribution()));
        }
        List<ReportModel.GuardrailCheck> checks = new ArrayList<>();
        for (Decision.Check c : d.checks()) {
            checks.add(new ReportModel.GuardrailCheck(c.metric(), c.slice(), c.rule(), c.value(),
                    c.ci() == null ? null : interval(c.ci()), ReportModel.CheckStatus.valueOf(c.status().name()),
                    c.reason()));
        }
        List<String> reasons = new ArrayList<>(d.reasons());
        if (d.outcome() == Decision.Outcome.INCONCLUSIVE) {
            reasons.add("decision.inconclusive: " + d.policy().name().toLowerCase(Locale.ROOT) + " (exit status "
                    + d.exitCode() + ")");
        }
        return new ReportModel.Decision(ReportModel.Outcome.valueOf(d.outcome().name()), reasons, score, d.score(),
                checks);
    }

    private static ReportModel.Interval interval(ConfidenceInterval ci) {
        return new ReportModel.Interval(ci.low(), ci.high(), ci.level(), ci.method());
    }

    private static ReportModel.Section gapSection(List<SliceGaps.Gap> gaps) {
        List<List<String>> rows = new ArrayList<>();
        for (SliceGaps.Gap g : gaps) {
            SliceComparison.Result r = g.result();
            List<String> flagged = g.flagged().stream().map(t -> t.name() + " (p_adj " + Labels.number(
                    t.adjustedPValue()) + ")").toList();
            rows.add(List.of(g.metric(), g.family(), r.best() == null ? "" : r.best() + " = " + Labels.number(
                    r.bestValue()), r.worst() == null ? "" : r.worst() + " = " + Labels.number(r.worstValue()),
                    Labels.number(r.gap()), Labels.number(r.ratio()), String.join(", ", flagged), test(r)));
        }
        ReportModel.Table t = new ReportModel.Table("Best and worst slice per metric",
                List.of("metric", "slices of", "best", "worst", "gap", "ratio", "significantly worse than the rest",
                        "test"), rows);
        return new ReportModel.Section("slice-gaps", "Slice gaps", "For each metric, the best and worst slice, the "
                + "gap and ratio between them, and the slices significantly worse than the rest of the rows "
                + "(one-sided test of each slice against every other row: pooled z-test for proportions, DeLong for "
                + "ROC AUC, Welch's t for means of per-row values, else a z-test with bootstrap standard errors; "
                + "Holm-corrected over the slices, alpha " + SliceGaps.ALPHA + "). The last column names the test, "
                + "or why the slices were not tested.", List.of(), List.of(t));
    }

    /** @return the tests used over the family's slices, or the first reason when none was tested */
    static String test(SliceComparison.Result r) {
        Set<String> methods = new LinkedHashSet<>();
        String reason = null;
        for (SliceComparison.SliceTest t : r.tests()) {
            if (t.method() != null) {
                methods.add(t.method());
            } else if (reason == null) {
                reason = t.reason();
            }
        }
        if (methods.isEmpty()) {
            return reason == null ? "" : "none: " + reason;
        }
        return String.join(", ", methods);
    }
}
