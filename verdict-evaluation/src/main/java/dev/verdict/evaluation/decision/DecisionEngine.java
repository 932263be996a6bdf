package dev.verdict.evaluation.decision;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.ConfidenceInterval;
import dev.verdict.evaluation.ResultRow;
import dev.verdict.evaluation.decision.Decision.Check;
import dev.verdict.evaluation.decision.Decision.NotJudged;
import dev.verdict.evaluation.decision.Decision.Outcome;
import dev.verdict.plan.DesignSpec;
import dev.verdict.plan.DesignSpec.Bound;
import dev.verdict.plan.DesignSpec.Guardrail;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judges a plan's guardrails and scorecard on its results (docs/decision.md).
 *
 * <p>A limit {@code value >= min} (or {@code <= max}) is judged on the point estimate ({@code bound: point}, the
 * default) or on the result's confidence interval: with {@code bound: lower} (or {@code upper}) the check passes
 * when that end clears the limit, fails when the whole interval is on the wrong side, and is inconclusive when the
 * interval straddles the limit (or there is no interval). Baseline guardrails hold {@code candidate - baseline} to
 * {@code >= -max_drop} / {@code >= min_gain} for larger-is-better metrics ({@code <= max_drop} / {@code <= -min_gain}
 * otherwise), judged the same way on the interval of the difference; under {@code bound: point} (the default) a
 * baseline check is judged on the interval's end on the limit's side (the lower end for {@code >=}, the upper end for
 * {@code <=}), so it passes only when the whole interval meets the limit, and falls back to the point difference when
 * the comparison has no interval. An undefined (NaN) value is inconclusive.
 */
public final class DecisionEngine {
    private DecisionEngine() {
    }

    /**
     * @param plan the plan (its {@link DesignSpec})
     * @param results the evaluation's results (rows may carry {@link ResultRow#ci()})
     * @param comparisons candidate-vs-baseline comparisons, or null when no baseline was given
     * @return the decision
     * @throws InvalidInputException naming the plan line for a guardrail slice that matches no result, or a
     *     baseline guardrail without comparisons
     */
    public static Decision decide(Plan plan, List<ResultRow> results, List<Comparison> comparisons) {
        DesignSpec d = plan.design();
        List<Check> checks = new ArrayList<>();
        List<NotJudged> notJudged = new ArrayList<>();
        Map<String, Comparison> byKey = new HashMap<>();
        if (comparisons != null) {
            comparisons.forEach(c -> byKey.put(c.metricId() + "\u0000" + c.slice(), c));
        }
        for (Guardrail g : d.guardrails()) {
            if (g.vsBaseline() && comparisons == null) {
                throw at(plan, g.line(), "guardrail '" + g.describe() + "' compares with a baseline; run with "
                        + "--baseline <baseline predictions>");
            }
            List<ResultRow> rows = matching(plan, g, results);
            for (ResultRow r : rows) {
                if (!r.slice().equals(ResultRow.ALL) && r.units() < d.minSliceSize()) {
                    notJudged.add(new NotJudged(g.describe(), r.slice(), r.units()));
                    continue;
                }
                if (g.vsBaseline()) {
                    Comparison c = byKey.get(r.id() + "\u0000" + r.slice());
                    checks.addAll(baselineChecks(g, r, c, largerIsBetter(plan, g.metric())));
                } else {
                    double v = g.cls() == null ? r.value() : perClass(plan, g, r);
                    ConfidenceInterval ci = g.cls() == null ? r.ci() : null;
                    if (g.min() != null) {
                        checks.add(judge(g, g.bound(), r.slice(), r.n(), v, ci, ">=", g.min(), r.warning()));
                    }
                    if (g.max() != null) {
                        checks.add(judge(g, g.bound(), r.slice(), r.n(), v, ci, "<=", g.max(), r.warning()));
                    }
                }
            }
        }
        List<Decision.ScoreLine> scorecard = Scorecard.lines(d.scorecard(), results);
        double score = scorecard.isEmpty() ? Double.NaN : Scorecard.total(scorecard);
        return outcome(d, checks, notJudged, scorecard, score);
    }

    private static Decision outcome(DesignSpec d, List<Check> checks, List<NotJudged> notJudged,
            List<Decision.ScoreLine> scorecard, double score) {
        List<String> reasons = new ArrayList<>();
        int failed = 0;
        int open = 0;
        for (Check c : checks) {
            if (c.status() == Outcome.FAIL) {
                failed++;
                reasons.add("FAIL " + c.rule() + " on " + c.slice() + ": " + c.reason());
            }
        }
        for (Check c : checks) {
            if (c.status() == Outcome.INCONCLUSIVE) {
                open++;
                reasons.add("INCONCLUSIVE " + c.rule() + " on " + c.slice() + ": " + c.reason());
            }
        }
        Double minScore = d.policy().minScore();
        boolean lowScore = minScore != null && !(score >= minScore);
        if (lowScore) {
            reasons.add(0, String.format(Locale.ROOT, "FAIL scorecard: weighted score %.4f is below min_score %s",
                    score, minScore));
        }
        Outcome outcome = failed > 0 || lowScore ? Outcome.FAIL : open > 0 ? Outcome.INCONCLUSIVE : Outcome.PASS;
        if (outcome == Outcome.INCONCLUSIVE && d.policy().inconclusive() == DesignSpec.Inconclusive.PASS) {
            outcome = Outcome.PASS;
            reasons.add(open + " inconclusive check(s) count as passing (decision.inconclusive: pass)");
        }
        if (outcome == Outcome.PASS && reasons.isEmpty()) {
            reasons.add(checks.isEmpty() ? "no guardrail to judge" : "all " + checks.size()
                    + " guardrail checks pass");
        }
        if (!notJudged.isEmpty()) {
            reasons.add(notJudged.size() + " guardrail slice(s) below min_slice_size " + d.minSliceSize()
                    + " reported but not judged");
        }
        if (!scorecard.isEmpty()) {
            reasons.add(String.format(Locale.ROOT, "scorecard: weighted score %.4f", score));
        }
        return new Decision(outcome, score, reasons, checks, notJudged, scorecard, d.policy().inconclusive());
    }

    private static List<Check> baselineChecks(Guardrail g, ResultRow r, Comparison c, boolean larger) {
        List<Check> out = new ArrayList<>();
        double sign = larger ? 1 : -1;
        double value = c == null ? Double.NaN : c.difference();
        ConfidenceInterval ci = c == null ? null : c.ci();
        String why = c == null ? "the baseline has no value for this metric and slice" : null;
        String op = larger ? ">=" : "<=";
        Bound bound = g.bound();
        if (bound == Bound.POINT && ci != null && !Double.isNaN(ci.low()) && !Double.isNaN(ci.high())) {
            bound = larger ? Bound.LOWER : Bound.UPPER;
        }
        if (g.maxDrop() != null) {
            out.add(judge(g, bound, r.slice(), r.n(), value, ci, op, -sign * g.maxDrop(), why));
        }
        if (g.minGain() != null) {
            out.add(judge(g, bound, r.slice(), r.n(), value, ci, op, sign * g.minGain(), why));
        }
        return out;
    }

    /** Judges one limit; see the class comment. */
    static Check judge(Guardrail g, Bound bound, String slice, long n, double value, ConfidenceInterval ci,
            String op, double limit, String warning) {
        String rule = String.format(Locale.ROOT, "%s %s %s", g.vsBaseline() ? "difference" : "value", op,
                fmt(limit));
        if (Double.isNaN(value)) {
            return check(g, slice, n, value, ci, op, limit, Outcome.INCONCLUSIVE, "value is undefined"
                    + (warning == null ? "" : " (" + warning + ")"));
        }
        boolean ge = op.equals(">=");
        if (bound == Bound.POINT) {
            boolean ok = ge ? value >= limit : value <= limit;
            return check(g, slice, n, value, ci, op, limit, ok ? Outcome.PASS : Outcome.FAIL,
                    String.format(Locale.ROOT, "%s %s %s", fmt(value), ok ? "meets" : "breaks", rule));
        }
        if (ci == null || Double.isNaN(ci.low()) || Double.isNaN(ci.high())) {
            return check(g, slice, n, value, ci, op, limit, Outcome.INCONCLUSIVE, "bound: "
                    + bound.name().toLowerCase(Locale.ROOT) + " needs a confidence interval, and this result "
                    + "has none");
        }
        double judged = bound == Bound.LOWER ? ci.low() : ci.high();
        boolean judgedOk = ge ? judged >= limit : judged <= limit;
        boolean lowOk = ge ? ci.low() >= limit : ci.low() <= limit;
        boolean highOk = ge ? ci.high() >= limit : ci.high() <= limit;
        String interval = "[" + fmt(ci.low()) + ", " + fmt(ci.high()) + "]";
        if (judgedOk) {
            return check(g, slice, n, value, ci, op, limit, Outcome.PASS, "interval " + interval + " "
                    + bound.name().toLowerCase(Locale.ROOT) + " bound meets " + rule);
        }
        if (!lowOk && !highOk) {
            return check(g, slice, n, value, ci, op, limit, Outcome.FAIL, "the whole interval " + interval
                    + " breaks " + rule);
        }
        return check(g, slice, n, value, ci, op, limit, Outcome.INCONCLUSIVE, "interval " + interval
                + " straddles the limit " + fmt(limit));
    }

    private static Check check(Guardrail g, String slice, long n, double value, ConfidenceInterval ci, String op,
            double limit, Outcome status, String reason) {
        return new Check(g.describe(), g.rule(), g.metric(), slice, n, value, ci, op, limit, status, reason,
                g.line());
    }

    /** @return the results of the guardrail's metric on the slices its pattern matches */
    static List<ResultRow> matching(Plan plan, Guardrail g, List<ResultRow> results) {
        Pattern p = pattern(g.slice());
        List<ResultRow> out = new ArrayList<>();
        for (ResultRow r : results) {
            if (r.id().equals(g.metric()) && p.matcher(r.slice()).matches()) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            List<String> have = results.stream().filter(r -> r.id().equals(g.metric())).map(ResultRow::slice)
                    .distinct().limit(12).toList();
            throw at(plan, g.line(), "guardrail on metric '" + g.metric() + "': slice '" + g.slice()
                    + "' does not exist in the data; slices: " + have);
        }
        return out;
    }

    /** @return {@code country=*} as a regex matching {@code country=<any value without a comma>} */
    static Pattern pattern(String slice) {
        StringBuilder re = new StringBuilder();
        String[] parts = slice.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                re.append(Pattern.quote(parts[i]));
                continue;
            }
            String value = parts[i].substring(eq + 1).trim();
            re.append(i == 0 ? "" : ",").append(Pattern.quote(parts[i].substring(0, eq).trim() + "="))
                    .append(value.equals("*") ? "[^,]*" : Pattern.quote(value));
        }
        return Pattern.compile(re.toString());
    }

    /** @return the class's value in {@code detail.per_class} */
    private static double perClass(Plan plan, Guardrail g, ResultRow r) {
        if (!(r.detail().get("per_class") instanceof Map<?, ?> m)) {
            throw at(plan, g.line(), "guardrail on metric '" + g.metric() + "' names class '" + g.cls() + "', but "
                    + r.metric() + " has no per-class values (detail.per_class)");
        }
        if (!(m.get(g.cls()) instanceof Number x)) {
            throw at(plan, g.line(), "guardrail on metric '" + g.metric() + "': class '" + g.cls() + "' does not "
                    + "exist; classes: " + m.keySet());
        }
        return x.doubleValue();
    }

    private static boolean largerIsBetter(Plan plan, String id) {
        for (MetricSpec m : plan.metrics()) {
            if (m.id().equals(id)) {
                return m.definition().largerIsBetter();
            }
        }
        return true;
    }

    private static InvalidInputException at(Plan plan, int line, String message) {
        return new InvalidInputException("plan " + plan.path() + (line > 0 ? ":" + line : "") + ": " + message);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
                .replaceFirst("\\.(e|$)", "$1");
    }
}
