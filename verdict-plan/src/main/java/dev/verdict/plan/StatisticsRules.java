package dev.verdict.plan;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.stats.Correction;
import dev.verdict.stats.IntervalMethod;
import dev.verdict.stats.PairedTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and checks the plan's statistics keys: {@code confidence:}, {@code comparison:} and each metric's
 * {@code ci:} and {@code test:}. A method that cannot apply to a metric (delong on accuracy, wilson on f1, paired_t
 * on roc_auc, ...) is an error naming the plan line.
 */
final class StatisticsRules {
    /** Metric-entry keys that are statistics choices, not metric parameters. */
    static final List<String> METRIC_KEYS = List.of("ci", "test");
    private static final List<String> CONFIDENCE_KEYS = List.of("level", "method", "resamples", "seed", "cluster",
            "stratify");
    private static final List<String> COMPARISON_KEYS = List.of("correction", "alpha");

    private final PlanErrors errors;
    private final TaskContext context;

    StatisticsRules(PlanErrors errors, TaskContext context) {
        this.errors = errors;
        this.context = context;
    }

    /**
     * @param top the plan's top-level keys
     * @param metrics the parsed metric entries, in plan order
     * @return the statistics settings
     */
    StatisticsSpec parse(Map<String, YamlNode> top, List<MetricSpec> metrics) {
        StatisticsSpec none = StatisticsSpec.none();
        StatisticsSpec.Confidence confidence = confidence(top.get("confidence"), none.confidence());
        StatisticsSpec.Comparison comparison = comparison(top.get("comparison"), none.comparison());
        List<YamlNode> entries = top.get("metrics").list();
        Map<String, StatisticsSpec.MetricStatistics> perMetric = new HashMap<>();
        for (MetricSpec spec : metrics) {
            Map<String, YamlNode> entry = entries.get(spec.position()).map();
            IntervalMethod ci = entry.containsKey("ci") ? intervalMethod(entry.get("ci"), spec) : null;
            PairedTest test = entry.containsKey("test") ? test(entry.get("test"), spec) : null;
            if (ci != null || test != null) {
                perMetric.put(spec.id(), new StatisticsSpec.MetricStatistics(ci, test, spec.line()));
            }
        }
        if (confidence.method() != IntervalMethod.AUTO) {
            for (MetricSpec spec : metrics) {
                if (!perMetric.containsKey(spec.id()) || perMetric.get(spec.id()).ci() == null) {
                    checkInterval(confidence.method(), spec, confidence.line(), "confidence.method ");
                }
            }
        }
        return new StatisticsSpec(confidence, comparison, perMetric);
    }

    private StatisticsSpec.Confidence confidence(YamlNode n, StatisticsSpec.Confidence d) {
        if (n == null) {
            return d;
        }
        if (!n.isMap()) {
            throw errors.at(n.line(), "'confidence' must be a mapping like {level: 0.95, method: auto, resamples: "
                    + "2000, seed: 7}, got " + n.value());
        }
        Map<String, YamlNode> m = n.map();
        errors.checkKeys(m, CONFIDENCE_KEYS, "confidence");
        double level = m.containsKey("level") ? level(m.get("level"), "confidence.level") : d.level();
        IntervalMethod method = d.method();
        if (m.containsKey("method")) {
            method = parse(m.get("method"), "confidence.method", IntervalMethod::parse);
        }
        int resamples = m.containsKey("resamples") ? (int) whole(m.get("resamples"), "confidence.resamples", 1,
                10_000_000) : d.resamples();
        long seed = m.containsKey("seed") ? whole(m.get("seed"), "confidence.seed", Long.MIN_VALUE, Long.MAX_VALUE)
                : d.seed();
        String cluster = m.containsKey("cluster") ? errors.string(m.get("cluster"), "confidence.cluster") : null;
        boolean stratify = d.stratify();
        if (m.containsKey("stratify")) {
            if (!(m.get("stratify").plain() instanceof Boolean b)) {
                throw errors.at(m.get("stratify").line(), "'confidence.stratify' must be true or false, got "
                        + m.get("stratify").value());
            }
            stratify = b;
        }
        return new StatisticsSpec.Confidence(true, level, method, resamples, seed, cluster, stratify, n.line());
    }

    private StatisticsSpec.Comparison comparison(YamlNode n, StatisticsSpec.Comparison d) {
        if (n == null) {
            return d;
        }
        if (!n.isMap()) {
            throw errors.at(n.line(), "'comparison' must be a mapping like {correction: holm, alpha: 0.05}, got "
                    + n.value());
        }
        Map<String, YamlNode> m = n.map();
        errors.checkKeys(m, COMPARISON_KEYS, "comparison");
        Correction c = m.containsKey("correction") ? parse(m.get("correction"), "comparison.correction",
                Correction::parse) : d.correction();
        double alpha = m.containsKey("alpha") ? level(m.get("alpha"), "comparison.alpha") : d.alpha();
        return new StatisticsSpec.Comparison(c, alpha, n.line());
    }

    private IntervalMethod intervalMethod(YamlNode n, MetricSpec spec) {
        IntervalMethod m = parse(n, spec.where() + ": 'ci'", IntervalMethod::parse);
        checkInterval(m, spec, n.line(), "");
        return m;
    }

    private void checkInterval(IntervalMethod m, MetricSpec spec, int line, String prefix) {
        String why = switch (m) {
            case DELONG -> rocAuc(spec) ? null : "it applies to binary roc_auc only";
            case WILSON, CLOPPER_PEARSON -> metric(spec) instanceof ProportionCounts ? null
                    : "it applies to proportions of rows only (accuracy, precision, recall, specificity, npv, fpr, "
                    + "fnr)";
            case T -> metric(spec) instanceof PerRowValues ? null
                    : "it applies to means of per-row values only (mae, mse, mape, smape, brier, log_loss, "
                    + "accuracy, ...)";
            default -> null;
        };
        if (why != null) {
            throw errors.at(line, spec.where() + ": " + prefix + "interval method " + m.id() + " does not fit metric "
                    + spec.definition().name() + ": " + why + "; use auto, bca or percentile");
        }
    }

    private PairedTest test(YamlNode n, MetricSpec spec) {
        PairedTest t = parse(n, spec.where() + ": 'test'", PairedTest::parse);
        String why = switch (t) {
            case DELONG -> rocAuc(spec) ? null : "it applies to binary roc_auc only";
            case MCNEMAR, MCNEMAR_EXACT -> metric(spec) instanceof ProportionCounts ? null
                    : "it applies to proportions with the same trials for both models (accuracy, recall, "
                    + "specificity, fpr, fnr)";
            case PAIRED_T, WILCOXON -> metric(spec) instanceof PerRowValues ? null
                    : "it applies to means of per-row values only (mae, mse, brier, log_loss, accuracy, ...)";
            default -> null;
        };
        if (why != null) {
            throw errors.at(n.line(), spec.where() + ": test " + t.id() + " does not fit metric "
                    + spec.definition().name() + ": " + why + "; use auto, bootstrap or permutation");
        }
        return t;
    }

    private boolean rocAuc(MetricSpec spec) {
        return spec.definition().task() == Task.BINARY && spec.definition().name().equals("roc_auc");
    }

    private Metric<?> metric(MetricSpec spec) {
        return spec.definition().create(spec.rawParams(), context);
    }

    private <T> T parse(YamlNode n, String key, java.util.function.Function<String, T> parser) {
        if (!(n.value() instanceof String s)) {
            throw errors.at(n.line(), key + " must be a name, got " + n.value());
        }
        try {
            return parser.apply(s);
        } catch (InvalidInputException e) {
            throw errors.at(n.line(), key + ": " + e.getMessage());
        }
    }

    private double level(YamlNode n, String key) {
        if (!(n.value() instanceof Number x) || !(x.doubleValue() > 0 && x.doubleValue() < 1)) {
            throw errors.at(n.line(), "'" + key + "' must be a number in (0, 1), e.g. 0.95, got " + n.value());
        }
        return x.doubleValue();
    }

    private long whole(YamlNode n, String key, long min, long max) {
        Object v = n.value();
        boolean ok = v instanceof Number x && x.doubleValue() == Math.rint(x.doubleValue())
                && x.doubleValue() >= min && x.doubleValue() <= max;
        if (!ok) {
            throw errors.at(n.line(), "'" + key + "' must be a whole number" + (min > 0 ? " >= " + min : "")
                    + ", got " + v);
        }
        return v instanceof Long l ? l : v instanceof Integer i ? i : (long) ((Number) v).doubleValue();
    }
}
