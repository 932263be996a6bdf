package dev.verdict.plan;

import dev.verdict.plan.DesignSpec.Bound;
import dev.verdict.plan.DesignSpec.Guardrail;
import dev.verdict.plan.DesignSpec.Inconclusive;
import dev.verdict.plan.DesignSpec.Policy;
import dev.verdict.plan.DesignSpec.Review;
import dev.verdict.plan.DesignSpec.ScoreLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses the plan's metric-design keys ({@code name}, {@code purpose}, {@code owner}, {@code review},
 * {@code min_slice_size}, {@code slice_gaps}, slice crosses in {@code slices}, {@code guardrails}, {@code scorecard},
 * {@code decision}) and
 * each metric entry's {@code role} and {@code level}. Every mistake names the plan line.
 */
final class DesignRules {
    /** The top-level keys parsed here. */
    static final List<String> KEYS = List.of("name", "purpose", "owner", "review", "min_slice_size", "slice_gaps",
            "guardrails", "scorecard", "decision");
    /** Metric-entry keys that are not metric parameters (this helper's and the statistics layer's). */
    static final List<String> NOT_PARAMS = List.of("role", "level", "ci", "test");
    private static final List<String> GUARDRAIL_KEYS = List.of("metric", "slice", "min", "max", "bound", "max_drop",
            "min_gain", "vs", "class");
    private static final double WEIGHT_TOLERANCE = 1e-9;

    private final PlanErrors errors;

    DesignRules(PlanErrors errors) {
        this.errors = errors;
    }

    /** @return the single-column entries of {@code slices} (crosses, written as lists, are left out) */
    static List<String> singleSlices(YamlNode n, PlanErrors errors) {
        if (!(n.value() instanceof List) || n.list().isEmpty()) {
            return errors.stringList(n, "slices");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode e : n.list()) {
            if (!(e.value() instanceof List)) {
                if (!e.isScalar() || e.scalarText().isBlank()) {
                    throw errors.at(e.line(), "'slices' must list column names or crosses like [country, device], "
                            + "got " + e.plain());
                }
                out.add(e.scalarText());
            }
        }
        return out;
    }

    /** Parses the role and level of a metric entry. */
    MetricDesign metric(Map<String, YamlNode> m, String where) {
        MetricDesign.Role role = null;
        Integer level = null;
        YamlNode r = m.get("role");
        if (r != null) {
            String s = r.isScalar() ? r.scalarText().toUpperCase(Locale.ROOT) : "";
            try {
                role = MetricDesign.Role.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw errors.at(r.line(), where + ": 'role' must be primary, secondary, guardrail or diagnostic, got "
                        + r.plain());
            }
        }
        YamlNode l = m.get("level");
        if (l != null) {
            String s = l.isScalar() ? l.scalarText().toUpperCase(Locale.ROOT) : "";
            s = s.startsWith("L") ? s.substring(1) : s;
            if (!s.equals("1") && !s.equals("2") && !s.equals("3")) {
                throw errors.at(l.line(), where + ": 'level' must be L1 (model), L2 (system) or L3 (business), got "
                        + l.plain());
            }
            level = Integer.valueOf(s);
        }
        return role == null && level == null ? MetricDesign.NONE : new MetricDesign(role, level);
    }

    /** Parses the design keys of the plan. */
    DesignSpec parse(Map<String, YamlNode> top, List<String> slices, List<MetricSpec> metrics) {
        List<List<String>> crosses = crosses(top.get("slices"));
        List<Guardrail> guardrails = guardrails(top.get("guardrails"), slices, crosses, metrics);
        List<ScoreLine> scorecard = scorecard(top.get("scorecard"), metrics);
        Policy policy = policy(top.get("decision"), scorecard);
        return new DesignSpec(text(top, "name"), text(top, "purpose"), text(top, "owner"), review(top.get("review")),
                minSliceSize(top.get("min_slice_size")), crosses, guardrails, scorecard, policy,
                sliceTestResamples(top.get("slice_gaps")));
    }

    /** {@code slice_gaps: {resamples: 200}}: 0 (no bootstrap slice test) or at least 2. */
    private int sliceTestResamples(YamlNode n) {
        if (n == null) {
            return DesignSpec.DEFAULT_SLICE_TEST_RESAMPLES;
        }
        if (!n.isMap()) {
            throw errors.at(n.line(), "'slice_gaps' must be a mapping like {resamples: 200}, got " + n.plain());
        }
        errors.checkKeys(n.map(), List.of("resamples"), "slice_gaps");
        YamlNode r = n.map().get("resamples");
        if (r == null) {
            return DesignSpec.DEFAULT_SLICE_TEST_RESAMPLES;
        }
        if (!(r.value() instanceof Long v) || v == 1 || v < 0 || v > 1_000_000) {
            throw errors.at(r.line(), "'slice_gaps.resamples' must be 0 (no bootstrap test) or a whole number from 2 "
                    + "to 1000000, got " + r.plain());
        }
        return (int) (long) v;
    }

    private String text(Map<String, YamlNode> top, String key) {
        YamlNode n = top.get(key);
        if (n == null) {
            return null;
        }
        if (!n.isScalar() || n.scalarText().isBlank()) {
            throw errors.at(n.line(), "'" + key + "' must be a non-empty string, got " + n.plain());
        }
        return n.scalarText();
    }

    private Review review(YamlNode n) {
        if (n == null) {
            return null;
        }
        if (!n.isMap()) {
            throw errors.at(n.line(), "'review' must be a mapping like {cadence: quarterly, next: 2027-02-01}");
        }
        errors.checkKeys(n.map(), List.of("cadence", "next"), "review");
        String cadence = text(n.map(), "cadence");
        String next = text(n.map(), "next");
        if (next != null) {
            try {
                java.time.LocalDate.parse(next);
            } catch (java.time.format.DateTimeParseException e) {
                throw errors.at(n.map().get("next").line(), "'review.next' must be an ISO date like 2027-02-01, got "
                        + next);
            }
        }
        return new Review(cadence, next);
    }

    private int minSliceSize(YamlNode n) {
        if (n == null) {
            return 0;
        }
        if (!(n.value() instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
            throw errors.at(n.line(), "'min_slice_size' must be a whole number >= 0, got " + n.plain());
        }
        return (int) (long) v;
    }

    private List<List<String>> crosses(YamlNode n) {
        List<List<String>> out = new ArrayList<>();
        if (n == null || !(n.value() instanceof List)) {
            return out;
        }
        for (YamlNode e : n.list()) {
            if (e.value() instanceof List) {
                List<String> cols = errors.stringList(e, "slices cross");
                if (cols.size() < 2 || new LinkedHashSet<>(cols).size() != cols.size()) {
                    throw errors.at(e.line(), "a slice cross must list 2 or more distinct columns, got " + cols);
                }
                if (out.contains(cols)) {
                    throw errors.at(e.line(), "'slices' lists the cross " + cols + " twice");
                }
                out.add(cols);
            }
        }
        return out;
    }

    private List<Guardrail> guardrails(YamlNode n, List<String> slices, List<List<String>> crosses,
            List<MetricSpec> metrics) {
        if (n == null) {
            return List.of();
        }
        if (!(n.value() instanceof List)) {
            throw errors.at(n.line(), "'guardrails' must be a list like [{metric: rec, min: 0.6}]");
        }
        List<Guardrail> out = new ArrayList<>();
        for (int i = 0; i < n.list().size(); i++) {
            out.add(guardrail(n.list().get(i), "guardrails[" + i + "]", slices, crosses, metrics));
        }
        return out;
    }

    private Guardrail guardrail(YamlNode n, String where, List<String> slices, List<List<String>> crosses,
            List<MetricSpec> metrics) {
        if (!n.isMap()) {
            throw errors.at(n.line(), where + ": expected a mapping like {metric: rec, min: 0.6}, got " + n.plain());
        }
        Map<String, YamlNode> m = n.map();
        errors.checkKeys(m, GUARDRAIL_KEYS, where);
        String metric = metricId(m.get("metric"), n.line(), where, metrics);
        String slice = m.get("slice") == null ? "all" : slicePattern(m.get("slice"), where, slices, crosses);
        Double min = number(m.get("min"), where + ".min");
        Double max = number(m.get("max"), where + ".max");
        Double maxDrop = number(m.get("max_drop"), where + ".max_drop");
        Double minGain = number(m.get("min_gain"), where + ".min_gain");
        boolean baseline = maxDrop != null || minGain != null;
        YamlNode vs = m.get("vs");
        if (vs != null && !(vs.isScalar() && vs.scalarText().equals("baseline"))) {
            throw errors.at(vs.line(), where + ": 'vs' must be baseline, got " + vs.plain());
        }
        if (baseline && vs == null) {
            throw errors.at(n.line(), where + ": max_drop / min_gain compare with a baseline; add vs: baseline");
        }
        if (vs != null && !baseline) {
            throw errors.at(vs.line(), where + ": vs: baseline needs max_drop or min_gain");
        }
        if (baseline && (min != null || max != null)) {
            throw errors.at(n.line(), where + ": give either min/max (limits on the value) or max_drop/min_gain "
                    + "(limits on the difference to the baseline), not both");
        }
        if (!baseline && min == null && max == null) {
            throw errors.at(n.line(), where + ": needs a limit: min, max, or max_drop/min_gain with vs: baseline");
        }
        if (min != null && max != null && min > max) {
            throw errors.at(n.line(), where + ": min " + min + " is above max " + max);
        }
        if (maxDrop != null && maxDrop < 0) {
            throw errors.at(m.get("max_drop").line(), where + ": max_drop must be >= 0, got " + maxDrop);
        }
        YamlNode cls = m.get("class");
        if (cls != null && (!cls.isScalar() || cls.scalarText().isBlank())) {
            throw errors.at(cls.line(), where + ": 'class' must be a class name, got " + cls.plain());
        }
        return new Guardrail(metric, slice, min, max, maxDrop, minGain, bound(m.get("bound"), where),
                cls == null ? null : cls.scalarText(), n.line());
    }

    private Bound bound(YamlNode n, String where) {
        if (n == null) {
            return Bound.POINT;
        }
        try {
            return Bound.valueOf(n.isScalar() ? n.scalarText().toUpperCase(Locale.ROOT) : "");
        } catch (IllegalArgumentException e) {
            throw errors.at(n.line(), where + ": 'bound' must be point, lower or upper, got " + n.plain());
        }
    }

    private String metricId(YamlNode n, int line, String where, List<MetricSpec> metrics) {
        if (n == null || !n.isScalar()) {
            throw errors.at(n == null ? line : n.line(), where + ": needs 'metric', a metric id of the plan");
        }
        String id = n.scalarText();
        for (MetricSpec s : metrics) {
            if (s.id().equals(id)) {
                return id;
            }
        }
        throw errors.at(n.line(), where + ": unknown metric '" + id + "'; the plan's metric ids are "
                + metrics.stream().map(MetricSpec::id).toList());
    }

    /** Checks a slice pattern against the plan's slice columns and crosses. */
    private String slicePattern(YamlNode n, String where, List<String> slices, List<List<String>> crosses) {
        if (!n.isScalar() || n.scalarText().isBlank()) {
            throw errors.at(n.line(), where + ": 'slice' must be all, column=value or column=*");
        }
        String s = n.scalarText().trim();
        if (s.equals("all")) {
            return s;
        }
        List<String> columns = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw errors.at(n.line(), where + ": slice '" + s + "' must look like column=value, column=* or "
                        + "a=x,b=y for a cross");
            }
            columns.add(part.substring(0, eq).trim());
        }
        boolean known = columns.size() == 1 ? slices.contains(columns.get(0)) : crosses.contains(columns);
        if (!known) {
            Set<String> have = new LinkedHashSet<>(slices);
            crosses.forEach(c -> have.add(String.join(",", c)));
            throw errors.at(n.line(), where + ": slice '" + s + "' is not over a slice of the plan; 'slices' gives "
                    + have);
        }
        return s;
    }

    private Double number(YamlNode n, String key) {
        if (n == null) {
            return null;
        }
        if (!(n.value() instanceof Number x) || !Double.isFinite(x.doubleValue())) {
            throw errors.at(n.line(), "'" + key + "' must be a finite number, got " + n.plain());
        }
        return x.doubleValue();
    }

    private List<ScoreLine> scorecard(YamlNode n, List<MetricSpec> metrics) {
        if (n == null) {
            return List.of();
        }
        if (!n.isMap() || n.map().isEmpty()) {
            throw errors.at(n.line(), "'scorecard' must be a mapping of metric ids to {weight, floor, target}");
        }
        List<ScoreLine> out = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            String where = "scorecard." + e.getKey();
            YamlNode v = e.getValue();
            metricId(new YamlNode(e.getKey(), v.line()), v.line(), "scorecard", metrics);
            if (!v.isMap()) {
                throw errors.at(v.line(), where + " must be a mapping {weight, floor, target}");
            }
            errors.checkKeys(v.map(), List.of("weight", "floor", "target"), where);
            Double weight = required(v, "weight", where);
            Double floor = required(v, "floor", where);
            Double target = required(v, "target", where);
            if (weight < 0) {
                throw errors.at(v.line(), where + ".weight must be >= 0, got " + weight);
            }
            if (floor.doubleValue() == target.doubleValue()) {
                throw errors.at(v.line(), where + ": floor and target are both " + floor + "; the score is 0 at "
                        + "floor and 1 at target, so they must differ");
            }
            sum += weight;
            out.add(new ScoreLine(e.getKey(), weight, floor, target, v.line()));
        }
        if (Math.abs(sum - 1.0) > WEIGHT_TOLERANCE) {
            throw errors.at(n.line(), String.format(Locale.ROOT, "scorecard weights sum to %s; they must sum to 1",
                    Double.toString(sum)));
        }
        return out;
    }

    private Double required(YamlNode v, String key, String where) {
        Double x = number(v.map().get(key), where + "." + key);
        if (x == null) {
            throw errors.at(v.line(), where + " needs '" + key + "'");
        }
        return x;
    }

    private Policy policy(YamlNode n, List<ScoreLine> scorecard) {
        if (n == null) {
            return DesignSpec.EMPTY.policy();
        }
        if (!n.isMap()) {
            throw errors.at(n.line(), "'decision' must be a mapping like {inconclusive: fail}");
        }
        errors.checkKeys(n.map(), List.of("inconclusive", "min_score"), "decision");
        Inconclusive inc = Inconclusive.FAIL;
        YamlNode i = n.map().get("inconclusive");
        if (i != null) {
            try {
                inc = Inconclusive.valueOf(i.isScalar() ? i.scalarText().toUpperCase(Locale.ROOT) : "");
            } catch (IllegalArgumentException e) {
                throw errors.at(i.line(), "'decision.inconclusive' must be fail, pass or report, got " + i.plain());
            }
        }
        Double minScore = number(n.map().get("min_score"), "decision.min_score");
        if (minScore != null && (minScore < 0 || minScore > 1 || scorecard.isEmpty())) {
            throw errors.at(n.map().get("min_score").line(), scorecard.isEmpty() ? "'decision.min_score' needs a "
                    + "scorecard" : "'decision.min_score' must be in [0, 1], got " + minScore);
        }
        return new Policy(inc, minScore, n.line());
    }
}
