package dev.verdict.report;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.Task;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plain-language metric descriptions and number formatting for people. */
final class Labels {
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("roc_auc", "How well scores rank positives above negatives (1 = perfect, 0.5 = random)"),
            Map.entry("average_precision", "Precision averaged over all recall levels (area under the PR curve)"),
            Map.entry("precision", "Of the cases flagged positive, the share that truly are"),
            Map.entry("recall", "Of the truly positive cases, the share that are flagged"),
            Map.entry("specificity", "Of the truly negative cases, the share left unflagged"),
            Map.entry("fpr", "Of the truly negative cases, the share wrongly flagged"),
            Map.entry("fnr", "Of the truly positive cases, the share missed"),
            Map.entry("accuracy", "Share of all cases classified correctly"),
            Map.entry("balanced_accuracy", "Accuracy averaged over the classes, so rare classes count equally"),
            Map.entry("f1", "Balance of precision and recall (harmonic mean)"),
            Map.entry("fbeta", "Balance of precision and recall, recall weighted beta times as much"),
            Map.entry("mcc", "Correlation between predictions and truth (1 = perfect, 0 = random)"),
            Map.entry("cohen_kappa", "Agreement between predictions and truth beyond chance"),
            Map.entry("log_loss", "Penalty for confident wrong probabilities"),
            Map.entry("brier", "Mean squared error of the probabilities"),
            Map.entry("ece", "Average gap between predicted probability and observed rate (calibration)"),
            Map.entry("mce", "Largest gap between predicted probability and observed rate (calibration)"),
            Map.entry("expected_cost", "Average cost per case of the errors, with the plan's costs"),
            Map.entry("threshold_at_min_cost", "Score threshold with the lowest average cost"),
            Map.entry("recall_at_precision", "Most positives caught while keeping precision at the target"),
            Map.entry("precision_at_recall", "Best precision while catching the target share of positives"),
            Map.entry("precision_at_k", "Share of true positives among the top-scored cases"),
            Map.entry("lift_at_k", "How much richer in positives the top-scored cases are than average"),
            Map.entry("confusion_matrix", "Counts of correct and wrong decisions (value = total rows)"),
            Map.entry("mae", "Average size of the error, in the target's unit"),
            Map.entry("mse", "Average squared error"),
            Map.entry("rmse", "Typical size of the error, in the target's unit (large errors weigh more)"),
            Map.entry("r2", "Share of the target's variation explained by the predictions (1 = perfect)"),
            Map.entry("mape", "Average error as a share of the true value"),
            Map.entry("smape", "Average error relative to the mean of truth and prediction"),
            Map.entry("median_absolute_error", "Error size of the typical (median) case"),
            Map.entry("pinball", "Quantile loss: how well the prediction serves as the alpha-quantile"),
            Map.entry("mase", "Error relative to a naive seasonal forecast (below 1 beats it)"),
            Map.entry("interval_coverage", "Share of true values inside the prediction interval"),
            Map.entry("interval_width", "Average width of the prediction interval"),
            Map.entry("max_error", "Largest single error"));

    private Labels() {
    }

    /** @return a plain-language description of a metric: the built-in one, else the catalog summary */
    static String describe(Task task, String metric) {
        String plain = PLAIN.get(metric);
        if (plain != null) {
            return plain;
        }
        Optional<MetricDefinition> d = task == null ? Optional.empty() : MetricCatalog.find(task, metric);
        return d.map(MetricDefinition::summary).orElse(metric);
    }

    /** @return whether larger is better, or null when unknown */
    static Boolean largerIsBetter(Task task, String metric) {
        if (task == null || metric.equals("confusion_matrix") || metric.startsWith("threshold_")) {
            return null;
        }
        return MetricCatalog.find(task, metric).map(MetricDefinition::largerIsBetter).orElse(null);
    }

    /** @return a value with 4 significant digits (plain notation when reasonable), "undefined" for NaN */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** @return a parameter-like value: up to 6 decimals, trailing zeros removed */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return number(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** @return a share as a percentage with one decimal */
    static String percent(double share) {
        return Double.isNaN(share) ? "undefined" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
