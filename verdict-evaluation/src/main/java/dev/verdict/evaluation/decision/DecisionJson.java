package dev.verdict.evaluation.decision;

import dev.verdict.core.fairness.SliceComparison;
import dev.verdict.evaluation.ConfidenceInterval;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.evaluation.VersusRest;
import dev.verdict.plan.DesignSpec;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON sections a plan's metric design adds to the results (docs/decision.md): {@code design} (name, purpose,
 * owner, review, lock, metric hierarchy), {@code decision} and {@code slice_gaps}. Non-finite numbers become null.
 */
public final class DecisionJson {
    private DecisionJson() {
    }

    /**
     * @param plan the plan
     * @param lock its lock status, or null
     * @param lockNote a note about the lock time and the data (e.g. locked after the newest timestamp), or null
     * @param decision the decision, or null when the plan has no guardrail or scorecard
     * @param gaps the slice gaps (may be empty)
     * @return the sections, in output order
     */
    public static Map<String, Object> sections(Plan plan, PlanLock.Status lock, String lockNote, Decision decision,
            List<SliceGaps.Gap> gaps) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("design", design(plan, lock, lockNote));
        if (decision != null) {
            out.put("decision", decision(decision));
        }
        if (!gaps.isEmpty()) {
            out.put("slice_gaps", gaps(gaps));
        }
        return out;
    }

    static Map<String, Object> design(Plan plan, PlanLock.Status lock, String lockNote) {
        DesignSpec d = plan.design();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("purpose", d.purpose());
        m.put("owner", d.owner());
        if (d.review() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("cadence", d.review().cadence());
            r.put("next", d.review().next());
            m.put("review", r);
        }
        if (lock != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("status", lock.state().name().toLowerCase(java.util.Locale.ROOT));
            l.put("locked_at", lock.lockedAt() == null ? null : lock.lockedAt().toString());
            l.put("locked_sha256", lock.lockedSha256());
            l.put("canonical_sha256", lock.currentSha256());
            l.put("note", lockNote);
            m.put("lock", l);
        }
        m.put("min_slice_size", d.minSliceSize());
        List<Object> hierarchy = new ArrayList<>();
        for (MetricSpec s : plan.metrics()) {
            if (s.design().role() != null || s.design().level() != null) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("id", s.id());
                h.put("role", s.design().role() == null ? null : s.design().role().id());
                h.put("level", s.design().level() == null ? null : "L" + s.design().level());
                hierarchy.add(h);
            }
        }
        m.put("metrics", hierarchy);
        return m;
    }

    /** @return the {@code decision} object */
    public static Map<String, Object> decision(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", d.outcome().id());
        m.put("exit_status", d.exitCode());
        m.put("score", finite(d.score()));
        m.put("reasons", d.reasons());
        List<Object> checks = new ArrayList<>();
        for (Decision.Check c : d.checks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("guardrail", c.guardrail());
            x.put("metric", c.metric());
            x.put("slice", c.slice());
            x.put("n", c.n());
            x.put("value", finite(c.value()));
            x.put("ci", ci(c.ci()));
            x.put("op", c.op());
            x.put("limit", c.limit());
            x.put("status", c.status().id());
            x.put("reason", c.reason());
            x.put("line", c.line());
            checks.add(x);
        }
        m.put("checks", checks);
        List<Object> skipped = new ArrayList<>();
        for (Decision.NotJudged n : d.notJudged()) {
            skipped.add(Map.of("guardrail", n.guardrail(), "slice", n.slice(), "n", n.n()));
        }
        m.put("not_judged", skipped);
        List<Object> score = new ArrayList<>();
        for (Decision.ScoreLine l : d.scorecard()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("metric", l.metric());
            x.put("value", finite(l.value()));
            x.put("floor", l.floor());
            x.put("target", l.target());
            x.put("weight", l.weight());
            x.put("score", l.score());
            x.put("contribution", l.contribution());
            score.add(x);
        }
        m.put("scorecard", score);
        return m;
    }

    static List<Object> gaps(List<SliceGaps.Gap> gaps) {
        List<Object> out = new ArrayList<>();
        for (SliceGaps.Gap g : gaps) {
            SliceComparison.Result r = g.result();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("metric", g.metric());
            x.put("slices_of", g.family());
            x.put("best", r.best());
            x.put("best_value", finite(r.bestValue()));
            x.put("worst", r.worst());
            x.put("worst_value", finite(r.worstValue()));
            x.put("gap", finite(r.gap()));
            x.put("ratio", finite(r.ratio()));
            List<Object> flagged = new ArrayList<>();
            for (SliceComparison.SliceTest t : g.flagged()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("slice", t.name());
                f.put("value", finite(t.value()));
                f.put("p_value", finite(t.pValue()));
                f.put("p_adjusted", finite(t.adjustedPValue()));
                f.put("method", t.method());
                flagged.add(f);
            }
            x.put("significantly_worse", flagged);
            x.put("tests", tests(g));
            out.add(x);
        }
        return out;
    }

    /** @return one entry per judged slice: its test against the rest, or why it has none */
    static List<Object> tests(SliceGaps.Gap g) {
        List<Object> out = new ArrayList<>();
        List<SliceComparison.SliceTest> tests = g.result().tests();
        for (int k = 0; k < tests.size(); k++) {
            SliceComparison.SliceTest t = tests.get(k);
            ResultRow row = k < g.slices().size() ? g.slices().get(k) : null;
            VersusRest v = row == null ? null : row.vsRest();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slice", t.name());
            m.put("n", row == null ? null : row.n());
            m.put("value", finite(t.value()));
            m.put("method", t.method());
            boolean own = v != null && t.method() != null && t.method().equals(v.method());
            m.put("rest_n", v == null ? null : v.restN());
            m.put("rest_value", own ? finite(v.restValue()) : null);
            m.put("statistic", own ? finite(v.statistic()) : null);
            m.put("standard_error", own ? finite(v.standardError()) : null);
            m.put("p_value", finite(t.pValue()));
            m.put("p_adjusted", finite(t.adjustedPValue()));
            m.put("significantly_worse", t.flagged());
            if (own && !v.detail().isEmpty()) {
                m.put("detail", sanitize(v.detail()));
            }
            m.put("reason", t.reason());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> sanitize(Map<String, Object> detail) {
        Map<String, Object> out = new LinkedHashMap<>();
        detail.forEach((k, v) -> out.put(k, v instanceof Double d ? finite(d) : v));
        return out;
    }

    private static Map<String, Object> ci(ConfidenceInterval ci) {
        if (ci == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", finite(ci.low()));
        m.put("high", finite(ci.high()));
        m.put("level", ci.level());
        m.put("method", ci.method());
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
