package dev.verdict.core.binary;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Threshold metrics, all computed from one shared {@link ConfusionState} per operating point (scikit-learn 1.2.1
 * conventions: {@code zero_division="warn"} gives 0.0 with a warning). With sample weights every count is a weight sum.
 */
final class ConfusionMetrics {
    private static final String SK = "sklearn.metrics.";
    private static final ParamSpec THRESHOLD = ParamSpec.optionalDouble("threshold",
            "predict positive when score >= threshold (overrides the plan threshold and the prediction column)");

    private ConfusionMetrics() {
    }

    static List<MetricDefinition> definitions() {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(def("confusion_matrix", "weighted [[tn, fp], [fn, tp]]; value = total weight", SK + "confusion_matrix",
                List.of(), true, (s, p) -> confusionMatrix(s)));
        d.add(def("accuracy", "(tp + tn) / total", SK + "accuracy_score", List.of(), true,
                (s, p) -> s.total() == 0 ? BinaryMetric.empty() : MetricValue.of((s.tp + s.tn) / s.total())));
        d.add(def("balanced_accuracy", "mean recall over the classes present in the truth",
                SK + "balanced_accuracy_score", List.of(), true, (s, p) -> balancedAccuracy(s)));
        d.add(def("precision", "tp / (tp + fp)", SK + "precision_score", List.of(), true,
                (s, p) -> ratio(s, s.tp, s.tp + s.fp, "precision (no predicted positives)")));
        d.add(def("recall", "tp / (tp + fn)", SK + "recall_score", List.of(), true,
                (s, p) -> ratio(s, s.tp, s.tp + s.fn, "recall (no true positives)")));
        d.add(def("specificity", "tn / (tn + fp)", SK + "recall_score(pos_label=0)", List.of(), true,
                (s, p) -> ratio(s, s.tn, s.tn + s.fp, "specificity (no true negatives)")));
        d.add(def("npv", "tn / (tn + fn)", SK + "precision_score(pos_label=0)", List.of(), true,
                (s, p) -> ratio(s, s.tn, s.tn + s.fn, "npv (no predicted negatives)")));
        d.add(def("fpr", "fp / (fp + tn)", "1 - " + SK + "recall_score(pos_label=0)", List.of(), false,
                (s, p) -> ratio(s, s.fp, s.fp + s.tn, "fpr (no true negatives)")));
        d.add(def("fnr", "fn / (fn + tp)", "1 - " + SK + "recall_score", List.of(), false,
                (s, p) -> ratio(s, s.fn, s.fn + s.tp, "fnr (no true positives)")));
        d.add(def("f1", "2 P R / (P + R)", SK + "f1_score", List.of(), true, (s, p) -> fbeta(s, 1.0)));
        d.add(def("fbeta", "(1 + b^2) P R / (b^2 P + R)", SK + "fbeta_score",
                List.of(ParamSpec.requiredDouble("beta", "weight of recall relative to precision, >= 0")), true,
                (s, p) -> fbeta(s, p.getDouble("beta"))));
        d.add(def("mcc", "Matthews correlation coefficient", SK + "matthews_corrcoef", List.of(), true,
                (s, p) -> mcc(s)));
        d.add(def("cohen_kappa", "Cohen's kappa between truth and prediction", SK + "cohen_kappa_score", List.of(),
                true, (s, p) -> kappa(s)));
        d.add(def("expected_cost", "(c_fp fp + c_fn fn + c_tp tp + c_tn tn) / total weight",
                "numpy formula on " + SK + "confusion_matrix", costParams(), false, ConfusionMetrics::expectedCost));
        return d;
    }

    /** @return the cost parameters shared with threshold_at_min_cost */
    static List<ParamSpec> costParams() {
        return List.of(ParamSpec.requiredDouble("cost_fp", "cost of a false positive"),
                ParamSpec.requiredDouble("cost_fn", "cost of a false negative"),
                ParamSpec.ofDouble("cost_tp", 0.0, "cost of a true positive"),
                ParamSpec.ofDouble("cost_tn", 0.0, "cost of a true negative"));
    }

    private static MetricDefinition def(String name, String summary, String reference, List<ParamSpec> own,
            boolean larger, BiFunction<ConfusionState, Params, MetricValue> f) {
        List<ParamSpec> params = new ArrayList<>(own);
        params.add(THRESHOLD);
        return BinaryMetric.define(name, List.of(), summary, reference, params, false, larger,
                (self, p, c) -> {
                    validate(name, p);
                    return make(self, p, spec(name, p, c), s -> f.apply(s, p));
                });
    }

    /** Cells: bit 0 = tn, 1 = fp, 2 = fn, 3 = tp. */
    private static final Map<String, int[]> PROPORTIONS = Map.of(
            "precision", new int[] {0b1000, 0b1010}, "recall", new int[] {0b1000, 0b1100},
            "specificity", new int[] {0b0001, 0b0011}, "npv", new int[] {0b0001, 0b0101},
            "fpr", new int[] {0b0010, 0b0011}, "fnr", new int[] {0b0100, 0b1100});

    private static BinaryMetric<ConfusionState> make(MetricDefinition self, Params p, StateSpec<ConfusionState> spec,
            Function<ConfusionState, MetricValue> f) {
        if (self.name().equals("accuracy")) {
            return new ResamplableBinaryMetrics.Accuracy(self, p, spec, f);
        }
        int[] masks = PROPORTIONS.get(self.name());
        if (masks != null) {
            return new ResamplableBinaryMetrics.Proportion(self, p, spec, f, masks[0], masks[1]);
        }
        return new ResamplableBinaryMetrics.Confusion(self, p, spec, f);
    }

    private static void validate(String name, Params p) {
        if (p.has("beta") && p.getDouble("beta") < 0) {
            throw new InvalidInputException("metric " + name + " parameter 'beta' must be >= 0, got "
                    + p.getDouble("beta"));
        }
    }

    /** @return the confusion state for the metric's operating point */
    static StateSpec<ConfusionState> spec(String name, Params p, TaskContext c) {
        if (p.has("threshold")) {
            BinaryInputs.needScores(name, c);
            return ConfusionState.atThreshold(p.getDouble("threshold"));
        }
        if (c.hasPredictedLabel()) {
            return ConfusionState.fromColumn();
        }
        if (!c.hasScores()) {
            throw new InvalidInputException("metric " + name
                    + " needs a score column (data.score) or a prediction column (data.predictedLabel)");
        }
        return ConfusionState.atThreshold(c.threshold());
    }

    private static MetricValue ratio(ConfusionState s, double num, double den, String what) {
        if (s.total() == 0) {
            return BinaryMetric.empty();
        }
        if (den == 0) {
            return MetricValue.warn(0.0, what + " is ill-defined (0/0) and set to 0.0");
        }
        return MetricValue.of(num / den);
    }

    private static MetricValue confusionMatrix(ConfusionState s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("matrix", List.of(List.of(s.tn, s.fp), List.of(s.fn, s.tp)));
        d.put("tn", s.tn);
        d.put("fp", s.fp);
        d.put("fn", s.fn);
        d.put("tp", s.tp);
        return new MetricValue(s.total(), d, s.total() == 0 ? "no rows (or zero total weight)" : null);
    }

    private static MetricValue balancedAccuracy(ConfusionState s) {
        if (s.total() == 0) {
            return BinaryMetric.empty();
        }
        double t0 = s.tn + s.fp;
        double t1 = s.fn + s.tp;
        boolean present0 = t0 > 0 || s.fn > 0;
        boolean present1 = t1 > 0 || s.fp > 0;
        double sum = 0;
        int classes = 0;
        String warning = null;
        if (present0 && t0 > 0) {
            sum += s.tn / t0;
            classes++;
        } else if (present0) {
            warning = "y_pred contains classes not in y_true";
        }
        if (present1 && t1 > 0) {
            sum += s.tp / t1;
            classes++;
        } else if (present1) {
            warning = "y_pred contains classes not in y_true";
        }
        return new MetricValue(sum / classes, Map.of(), warning);
    }

    private static MetricValue fbeta(ConfusionState s, double beta) {
        if (s.total() == 0) {
            return BinaryMetric.empty();
        }
        double predicted = s.tp + s.fp;
        double actual = s.tp + s.fn;
        double precision = predicted == 0 ? 0.0 : s.tp / predicted;
        double recall = actual == 0 ? 0.0 : s.tp / actual;
        double beta2 = beta * beta;
        double denom = beta2 * precision + recall;
        if (denom == 0.0) {
            denom = 1;
        }
        double f = (1 + beta2) * precision * recall / denom;
        return predicted == 0 && actual == 0
                ? MetricValue.warn(f, "F-score is ill-defined (no true nor predicted positives) and set to 0.0")
                : MetricValue.of(f);
    }

    private static MetricValue mcc(ConfusionState s) {
        if (s.total() == 0) {
            return BinaryMetric.empty();
        }
        double t0 = s.tn + s.fp;
        double t1 = s.fn + s.tp;
        double p0 = s.tn + s.fn;
        double p1 = s.fp + s.tp;
        double n = p0 + p1;
        double covTp = (s.tn + s.tp) * n - (t0 * p0 + t1 * p1);
        double covPp = n * n - (p0 * p0 + p1 * p1);
        double covTt = n * n - (t0 * t0 + t1 * t1);
        if (covPp * covTt == 0) {
            return MetricValue.warn(0.0, "MCC is undefined (truth or prediction has one class) and set to 0.0");
        }
        return MetricValue.of(covTp / Math.sqrt(covTt * covPp));
    }

    private static MetricValue kappa(ConfusionState s) {
        double n = s.total();
        if (n == 0) {
            return BinaryMetric.empty();
        }
        double p0 = s.tn + s.fn;
        double p1 = s.fp + s.tp;
        double t0 = s.tn + s.fp;
        double t1 = s.fn + s.tp;
        double expected = p0 * t1 / n + p1 * t0 / n;
        double k = (s.fp + s.fn) / expected;
        double value = 1 - k;
        return Double.isNaN(value)
                ? MetricValue.warn(Double.NaN, "kappa is undefined (0/0: truth and prediction have one class)")
                : MetricValue.of(value);
    }

    private static MetricValue expectedCost(ConfusionState s, Params p) {
        double n = s.total();
        if (n == 0) {
            return BinaryMetric.empty();
        }
        double cost = p.getDouble("cost_fp") * s.fp + p.getDouble("cost_fn") * s.fn + p.getDouble("cost_tp") * s.tp
                + p.getDouble("cost_tn") * s.tn;
        return MetricValue.of(cost / n);
    }
}
