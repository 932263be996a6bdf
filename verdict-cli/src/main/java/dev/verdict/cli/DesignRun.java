package dev.verdict.cli;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.evaluation.decision.BaselineComparator;
import dev.verdict.evaluation.decision.Comparison;
import dev.verdict.evaluation.decision.Decision;
import dev.verdict.evaluation.decision.DecisionEngine;
import dev.verdict.evaluation.decision.DecisionJson;
import dev.verdict.evaluation.decision.LockNote;
import dev.verdict.evaluation.decision.PairedComparator;
import dev.verdict.evaluation.decision.SliceGaps;
import dev.verdict.plan.DesignSpec;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLock;
import dev.verdict.report.DesignReport;
import dev.verdict.report.ReportBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metric-design part of {@code verdict evaluate}: lock check (and {@code --require-lock}), the baseline
 * comparison for baseline guardrails (through a swappable {@link BaselineComparator}), the decision, the slice gaps,
 * their JSON sections, report parts and the exit status.
 */
final class DesignRun {
    /** The comparator used for {@code --baseline}: the paired comparison engine of {@code verdict compare}. */
    static BaselineComparator comparator = new PairedComparator();

    private final Plan plan;
    private final Path baseline;
    private final PlanLock.Status lock;
    private Decision decision;
    private List<SliceGaps.Gap> gaps = List.of();
    private String lockNote;

    private DesignRun(Plan plan, Path baseline, PlanLock.Status lock) {
        this.plan = plan;
        this.baseline = baseline;
        this.lock = lock;
    }

    /**
     * Checks what can be checked before reading data.
     *
     * @throws InvalidInputException for a lock mismatch under {@code --require-lock}, or a baseline guardrail
     *     without {@code --baseline} (naming the guardrail's plan line)
     */
    static DesignRun before(Plan plan, Path baseline, boolean requireLock) {
        PlanLock.Status lock = PlanLock.status(plan.path());
        if (requireLock && lock.state() != PlanLock.State.MATCHES) {
            throw new InvalidInputException("plan " + plan.path() + ": --require-lock: " + (lock.state()
                    == PlanLock.State.UNLOCKED ? "the plan is not locked (no " + lock.lockFile() + "); run "
                    + "'verdict plan lock " + plan.path() + "' first" : "the plan changed after it was locked at "
                    + lock.lockedAt() + " (" + lock.lockFile() + " holds sha256 " + lock.lockedSha256()
                    + ", the plan's canonical form now has " + lock.currentSha256() + ")"));
        }
        if (baseline == null) {
            for (DesignSpec.Guardrail g : plan.design().guardrails()) {
                if (g.vsBaseline()) {
                    throw new InvalidInputException("plan " + plan.path() + ":" + g.line() + ": guardrail '"
                            + g.describe() + "' compares with a baseline; run with --baseline <baseline predictions>");
                }
            }
        }
        return new DesignRun(plan, baseline, lock);
    }

    /** Computes the decision and the slice gaps. */
    void after(EvaluationReport report, Columns all) {
        lockNote = LockNote.of(lock, all == null ? null : all.time());
        List<Comparison> comparisons = baseline == null ? null : comparator.compare(plan, report, baseline);
        if (plan.design().decides()) {
            decision = DecisionEngine.decide(plan, report.results(), comparisons);
        }
        gaps = SliceGaps.of(plan, report.results());
    }

    /** @return the JSON sections for {@code --json} and results.json */
    Map<String, Object> json() {
        return DecisionJson.sections(plan, lock, lockNote, decision, gaps);
    }

    /** Adds the design to a report. */
    ReportBuilder report(ReportBuilder b) {
        return DesignReport.apply(b, plan, lock, lockNote, decision, gaps);
    }

    /** Prints the plan's lock status and the decision after the table. */
    void print(PrintWriter out) {
        out.println();
        out.println("plan lock: " + lock.describe() + (lockNote == null ? "" : "; " + lockNote));
        if (decision == null) {
            return;
        }
        out.println("decision: " + decision.outcome().id().toUpperCase(Locale.ROOT)
                + (Double.isNaN(decision.score()) ? "" : String.format(Locale.ROOT, "  (score %.4f)",
                        decision.score())));
        for (String r : decision.reasons()) {
            out.println("  - " + r);
        }
    }

    /** @return 0 pass (or no decision), 1 fail, inconclusive per the plan's policy */
    int exitCode() {
        return decision == null ? 0 : decision.exitCode();
    }
}
