package dev.verdict.core.binary;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Rank-based binary metrics, all derived from the cached {@link Curve} of the one shared {@link SortedScoreState}
 * (scikit-learn 1.2.1 {@code _binary_clf_curve}: distinct thresholds in decreasing order, ties grouped).
 */
final class RankMetrics {
    private static final String SK = "sklearn.metrics.";

    private RankMetrics() {
    }

    static List<MetricDefinition> definitions() {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(def("roc_auc", List.of(), "area under the ROC curve (trapezoid, ties as one step)",
                SK + "roc_auc_score", List.of(), true, (c, p) -> rocAuc(c)));
        d.add(def("average_precision", List.of("pr_auc"), "sum_n (R_n - R_{n-1}) P_n over distinct thresholds",
                SK + "average_precision_score", List.of(), true, (c, p) -> averagePrecision(c)));
        d.add(def("recall_at_precision", List.of(), "max recall over thresholds with precision >= min_precision",
                SK + "precision_recall_curve", List.of(unit("min_precision")), true,
                (c, p) -> OperatingPoints.recallAtPrecision(c, p.getDouble("min_precision"), false)));
        d.add(def("threshold_at_precision", List.of(), "smallest threshold with precision >= min_precision",
                SK + "precision_recall_curve", List.of(unit("min_precision")), true,
                (c, p) -> OperatingPoints.recallAtPrecision(c, p.getDouble("min_precision"), true)));
        d.add(def("precision_at_recall", List.of(), "max precision over thresholds with recall >= min_recall",
                SK + "precision_recall_curve", List.of(unit("min_recall")), true,
                (c, p) -> OperatingPoints.precisionAtRecall(c, p.getDouble("min_recall"))));
        d.add(def("precision_at_k", List.of(), "share of positives among the top k rows (tie-averaged at the cut)",
                "numpy formula (no sklearn equivalent)", topParams(), true,
                (c, p) -> OperatingPoints.topK(c, p, false)));
        d.add(def("lift_at_k", List.of(), "precision_at_k / overall positive rate",
                "numpy formula (no sklearn equivalent)", topParams(), true,
                (c, p) -> OperatingPoints.topK(c, p, true)));
        d.add(def("threshold_at_max_fbeta", List.of(), "threshold of precision_recall_curve maximising F-beta",
                SK + "precision_recall_curve", List.of(ParamSpec.ofDouble("beta", 1.0, "F-beta weight, >= 0")), true,
                (c, p) -> OperatingPoints.maxFbeta(c, p.getDouble("beta"))));
        d.add(def("threshold_at_min_cost", List.of(), "threshold of roc_curve minimising the mean cost",
                SK + "roc_curve(drop_intermediate=False)", ConfusionMetrics.costParams(), false,
                OperatingPoints::minCost));
        return d;
    }

    private static ParamSpec unit(String name) {
        return ParamSpec.requiredDouble(name, "a rate in [0, 1]");
    }

    private static List<ParamSpec> topParams() {
        return List.of(ParamSpec.optionalInt("k", "number of top-scored rows (total weight when weighted), >= 1"),
                ParamSpec.optionalDouble("fraction", "top share of rows (of total weight), in (0, 1]"));
    }

    private static MetricDefinition def(String name, List<String> aliases, String summary, String reference,
            List<ParamSpec> params, boolean larger, BiFunction<Curve, Params, MetricValue> f) {
        return BinaryMetric.define(name, aliases, summary, reference, params, false, larger, (self, p, c) -> {
            BinaryInputs.needScores(name, c);
            validate(name, p);
            Function<SortedScoreState, MetricValue> compute = s -> f.apply(s.curve(), p);
            if (name.equals("roc_auc") || name.equals("average_precision")) {
                return new ResamplableBinaryMetrics.Rank(self, p, compute, name.equals("roc_auc"));
            }
            return new ResamplableBinaryMetrics.Sorted(self, p, compute, curve -> f.apply(curve, p));
        });
    }

    private static void validate(String name, Params p) {
        for (String unit : new String[] {"min_precision", "min_recall"}) {
            if (p.has(unit) && !(p.getDouble(unit) >= 0 && p.getDouble(unit) <= 1)) {
                throw new InvalidInputException("metric " + name + " parameter '" + unit + "' must be in [0, 1], got "
                        + p.getDouble(unit));
            }
        }
        if (p.has("beta") && p.getDouble("beta") < 0) {
            throw new InvalidInputException("metric " + name + " parameter 'beta' must be >= 0, got "
                    + p.getDouble("beta"));
        }
        if (name.endsWith("_at_k")) {
            if (p.has("k") == p.has("fraction")) {
                throw new InvalidInputException("metric " + name + " needs exactly one of 'k' or 'fraction'");
            }
            if (p.has("k") && p.getInt("k") < 1) {
                throw new InvalidInputException("metric " + name + " parameter 'k' must be >= 1, got " + p.getInt("k"));
            }
            if (p.has("fraction") && !(p.getDouble("fraction") > 0 && p.getDouble("fraction") <= 1)) {
                throw new InvalidInputException("metric " + name + " parameter 'fraction' must be in (0, 1], got "
                        + p.getDouble("fraction"));
            }
        }
    }

    /**
     * roc_auc_score: trapezoidal area under (fpr, tpr) with (0, 0) prepended; tied scores form one diagonal step.
     * Single class: NaN with a warning (sklearn raises).
     */
    static MetricValue rocAuc(Curve c) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        double pos = c.positives();
        double neg = c.negatives();
        if (pos == 0 || neg == 0) {
            return MetricValue.warn(Double.NaN, "only one class present in the labels; ROC AUC is undefined");
        }
        double area = 0;
        double x0 = 0;
        double y0 = 0;
        for (int i = 0; i < c.n; i++) {
            double x = c.fps[i] / neg;
            double y = c.tps[i] / pos;
            area += (x - x0) * (y + y0) / 2.0;
            x0 = x;
            y0 = y;
        }
        return MetricValue.of(area);
    }

    /**
     * average_precision_score: sum over distinct thresholds of (R_n - R_{n-1}) P_n. No positives: recall is 1 at
     * every threshold (sklearn's convention), giving 0 with a warning.
     */
    static MetricValue averagePrecision(Curve c) {
        if (c.n == 0) {
            return BinaryMetric.empty();
        }
        double pos = c.positives();
        double ap = 0;
        double r0 = 0;
        for (int i = 0; i < c.n; i++) {
            double r = pos == 0 ? 1.0 : c.tps[i] / pos;
            ap += (r - r0) * OperatingPoints.precision(c, i);
            r0 = r;
        }
        return pos == 0 ? MetricValue.warn(ap, "no positive class found in the labels; recall set to 1")
                : MetricValue.of(ap);
    }

    /** @return a detail map from alternating keys and values */
    static Map<String, Object> detail(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
