package dev.verdict.core.fairness;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fairness metric family, registered in {@link dev.verdict.core.catalog.MetricCatalog}: positive_rate (binary
 * and multilabel) and fairlearn's group disparities over a sensitive categorical column (binary), all of one
 * sensitive column and prediction rule computed from one shared {@link GroupConfusionState}. Slice comparison for any
 * metric is {@link SliceComparison}. See docs/metrics/fairness.md.
 */
public final class FairnessMetrics {
    private static final String FL = "fairlearn.metrics.";
    private static final List<MetricDefinition> ALL = build();

    private FairnessMetrics() {
    }

    /** @return every fairness metric definition */
    public static List<MetricDefinition> definitions() {
        return ALL;
    }

    private static List<MetricDefinition> build() {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(FairMetric.define(Task.BINARY, "positive_rate", "weighted share of rows predicted positive",
                FL + "selection_rate", List.of(PredictionRule.THRESHOLD), false, FairnessMetrics::positiveRate));
        d.add(FairMetric.define(Task.MULTILABEL, "positive_rate",
                "weighted share of label cells predicted positive (score >= threshold); per label in detail",
                "numpy mean of (scores >= threshold)", List.of(), false, FairnessMetrics::labelPositiveRate));
        d.add(disparity("demographic_parity_difference", "max - min group selection rate", false,
                GroupRates.Rate.SELECTION, false));
        d.add(disparity("demographic_parity_ratio", "min / max group selection rate", true,
                GroupRates.Rate.SELECTION, true));
        d.add(disparity("equal_opportunity_difference", "max - min group true positive rate", false,
                GroupRates.Rate.TPR, false));
        d.add(disparity("equal_opportunity_ratio", "min / max group true positive rate", true, GroupRates.Rate.TPR,
                true));
        d.add(equalizedOdds("equalized_odds_difference", "max of the TPR and FPR differences", false, false));
        d.add(equalizedOdds("equalized_odds_ratio", "min of the TPR and FPR ratios", true, true));
        return List.copyOf(d);
    }

    private static PositiveRateMetric positiveRate(MetricDefinition self, Params p, TaskContext c) {
        return new PositiveRateMetric(self, p, PredictionRule.of(self.name(), p, c));
    }

    private static FairMetric<LabelPositiveState> labelPositiveRate(MetricDefinition self, Params p,
            TaskContext c) {
        return new FairMetric<>(self, p, LabelPositiveState.spec(c.threshold()), s -> {
            if (s.weight == 0 || s.positive == null || s.positive.length == 0) {
                return FairMetric.empty();
            }
            double sum = 0;
            double[] perLabel = new double[s.positive.length];
            for (int l = 0; l < perLabel.length; l++) {
                sum += s.positive[l];
                perLabel[l] = s.positive[l] / s.weight;
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("per_label", perLabel);
            if (c.classCount() == perLabel.length) {
                d.put("labels", c.classes());
            }
            return MetricValue.of(sum / (s.weight * perLabel.length)).withDetail(d);
        });
    }

    private static List<ParamSpec> groupParams(boolean agg) {
        List<ParamSpec> p = new ArrayList<>();
        p.add(ParamSpec.requiredString("sensitive", "categorical column of the sensitive attribute, e.g. gender"));
        p.add(ParamSpec.ofChoice("method", "between_groups", "compare groups with each other or with the overall"
                + " value", "between_groups", "to_overall"));
        if (agg) {
            p.add(ParamSpec.ofChoice("agg", "worst_case", "combine the TPR and FPR disparities", "worst_case",
                    "mean"));
        }
        p.add(PredictionRule.THRESHOLD);
        return p;
    }

    private static MetricDefinition disparity(String name, String summary, boolean larger, GroupRates.Rate rate,
            boolean ratio) {
        return FairMetric.define(Task.BINARY, name, summary, FL + name, groupParams(false), larger, (self, p, c) -> {
            Disparity m = Disparity.parse(p.getString("method"));
            return new FairMetric<>(self, p, groupSpec(self, p, c), s -> {
                GroupRates g = new GroupRates(s);
                double v = ratio ? m.ratio(g.values(rate), g.overall(rate))
                        : m.difference(g.values(rate), g.overall(rate));
                return GroupWarnings.value(v, g, rate == GroupRates.Rate.TPR, false, p.getString("sensitive"));
            });
        });
    }

    private static MetricDefinition equalizedOdds(String name, String summary, boolean larger, boolean ratio) {
        return FairMetric.define(Task.BINARY, name, summary, FL + name, groupParams(true), larger, (self, p, c) -> {
            Disparity m = Disparity.parse(p.getString("method"));
            boolean mean = p.getString("agg").equals("mean");
            return new FairMetric<>(self, p, groupSpec(self, p, c), s -> {
                GroupRates g = new GroupRates(s);
                GroupRates.Rate t = GroupRates.Rate.TPR;
                GroupRates.Rate f = GroupRates.Rate.FPR;
                double a = ratio ? m.ratio(g.values(t), g.overall(t)) : m.difference(g.values(t), g.overall(t));
                double b = ratio ? m.ratio(g.values(f), g.overall(f)) : m.difference(g.values(f), g.overall(f));
                double v = mean ? skipNanMean(a, b) : ratio ? pythonMin(a, b) : pythonMax(a, b);
                return GroupWarnings.value(v, g, true, true, p.getString("sensitive"));
            });
        });
    }

    private static dev.verdict.core.StateSpec<GroupConfusionState> groupSpec(MetricDefinition self, Params p,
            TaskContext c) {
        return GroupConfusionState.spec(p.getString("sensitive"), PredictionRule.of(self.name(), p, c), self.name());
    }

    /** Python's builtin {@code max([a, b])} as fairlearn calls it: b replaces a only when {@code b > a}. */
    private static double pythonMax(double a, double b) {
        return b > a ? b : a;
    }

    /** Python's builtin {@code min([a, b])}: b replaces a only when {@code b < a} (so a NaN first value stays). */
    private static double pythonMin(double a, double b) {
        return b < a ? b : a;
    }

    /** pandas' {@code Series.mean()}: NaN values are skipped. */
    private static double skipNanMean(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : (a + b) / 2;
    }
}
