package dev.verdict.core.multiclass;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The multiclass metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}.
 * Confusion-derived metrics share one {@link ConfusionState}; score-based metrics share one {@link ScoresState}.
 * See {@code docs/metrics/multiclass.md}.
 */
public final class MulticlassMetrics {
    private static final String SK = "sklearn.metrics.";

    private MulticlassMetrics() {
    }

    /** @return every multiclass metric definition */
    public static List<MetricDefinition> definitions() {
        List<MetricDefinition> out = new ArrayList<>();
        ParamSpec average = ParamSpec.ofChoice("average", "macro", "how per-class values are averaged",
                "macro", "micro", "weighted");
        out.add(confusion("accuracy", "fraction of rows whose prediction is the true class", "accuracy_score",
                List.of(), true, ConfusionMetric.Kind.ACCURACY));
        out.add(confusion("precision", "precision per class, averaged", "precision_score", List.of(average), true,
                ConfusionMetric.Kind.PRECISION));
        out.add(confusion("recall", "recall per class, averaged", "recall_score", List.of(average), true,
                ConfusionMetric.Kind.RECALL));
        out.add(confusion("f1", "F1 per class, averaged", "f1_score", List.of(average), true,
                ConfusionMetric.Kind.F1));
        out.add(confusion("fbeta", "F-beta per class, averaged", "fbeta_score",
                List.of(ParamSpec.requiredDouble("beta", "weight of recall relative to precision (>= 0)"), average),
                true, ConfusionMetric.Kind.FBETA));
        out.add(confusion("balanced_accuracy", "mean recall over classes with true rows", "balanced_accuracy_score",
                List.of(ParamSpec.ofBoolean("adjusted", false, "rescale so chance is 0")), true,
                ConfusionMetric.Kind.BALANCED_ACCURACY));
        out.add(confusion("cohen_kappa", "agreement of prediction and truth beyond chance", "cohen_kappa_score",
                List.of(ParamSpec.ofChoice("weights", "none", "disagreement weights", "none", "linear",
                        "quadratic")), true, ConfusionMetric.Kind.COHEN_KAPPA));
        out.add(confusion("mcc", "Matthews correlation coefficient (multiclass R_K)", "matthews_corrcoef",
                List.of(), true, ConfusionMetric.Kind.MCC));
        out.add(confusion("min_per_class_recall", "smallest recall over the declared classes", "recall_score",
                List.of(), true, ConfusionMetric.Kind.MIN_PER_CLASS_RECALL));
        out.add(confusion("confusion_matrix", "K x K weighted confusion matrix (rows = true); value = total weight",
                "confusion_matrix", List.of(), true, ConfusionMetric.Kind.CONFUSION_MATRIX));
        out.add(scores("log_loss", "mean negative log-probability of the true class", "log_loss", List.of(), true,
                false, ScoreMetric.Kind.LOG_LOSS));
        out.add(scores("roc_auc", "one-vs-rest or one-vs-one ROC AUC", "roc_auc_score",
                List.of(ParamSpec.ofChoice("multi_class", "ovr", "one-vs-rest or one-vs-one (Hand & Till)", "ovr",
                        "ovo"), ParamSpec.ofChoice("average", "macro", "how per-class (pair) AUCs are averaged",
                        "macro", "weighted")), false, true, ScoreMetric.Kind.ROC_AUC));
        out.add(scores("top_k_accuracy", "fraction of rows whose true class is among the k highest scores",
                "top_k_accuracy_score", List.of(ParamSpec.ofInt("k", 2, "how many top classes count (>= 1)")),
                false, true, ScoreMetric.Kind.TOP_K_ACCURACY));
        return List.copyOf(out);
    }

    private static MetricDefinition confusion(String name, String summary, String fn, List<ParamSpec> params,
            boolean larger, ConfusionMetric.Kind kind) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.MULTICLASS, summary, SK + fn + " (scikit-learn 1.2.1)",
                params, false, larger, (p, ctx) -> kind == ConfusionMetric.Kind.ACCURACY
                        ? new AccuracyMetric(self[0], p, ctx) : new ConfusionMetric(self[0], p, ctx, kind));
        return self[0];
    }

    private static MetricDefinition scores(String name, String summary, String fn, List<ParamSpec> params,
            boolean probability, boolean larger, ScoreMetric.Kind kind) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.MULTICLASS, summary, SK + fn + " (scikit-learn 1.2.1)",
                params, probability, larger, (p, ctx) -> new ScoreMetric(self[0], p, ctx, kind));
        return self[0];
    }
}
