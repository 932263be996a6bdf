package dev.verdict.core.regression;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.Task;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The regression metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}.
 * Numbers match scikit-learn 1.2.1 (with sample weights wherever sklearn takes them); see docs/metrics/regression.md.
 */
public final class RegressionMetrics {
    private static final String SK = "sklearn.metrics.";
    private static final ParamSpec ALPHA = ParamSpec.ofDouble("alpha", 0.5,
            "quantile level of the pinball loss, in [0, 1]");
    private static final ParamSpec PERIOD = ParamSpec.ofInt("period", 1,
            "seasonal period m of the naive forecast y_{t-m} (>= 1)");

    private RegressionMetrics() {
    }

    /** @return every regression metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of(
                moment("mae", List.of("mean_absolute_error"), "mean of |y - yhat|", SK + "mean_absolute_error",
                        false, MomentMetric.Kind.MAE),
                moment("mse", List.of("mean_squared_error"), "mean of (y - yhat)^2", SK + "mean_squared_error",
                        false, MomentMetric.Kind.MSE),
                moment("rmse", List.of("root_mean_squared_error"), "square root of mse",
                        SK + "mean_squared_error(squared=False)", false, MomentMetric.Kind.RMSE),
                moment("r2", List.of("r2_score"), "coefficient of determination 1 - SSE/SST", SK + "r2_score",
                        true, MomentMetric.Kind.R2),
                moment("explained_variance", List.of("explained_variance_score"), "1 - Var(y - yhat)/Var(y)",
                        SK + "explained_variance_score", true, MomentMetric.Kind.EXPLAINED_VARIANCE),
                moment("mape", List.of("mean_absolute_percentage_error"),
                        "mean of |y - yhat| / max(|y|, eps), a fraction", SK + "mean_absolute_percentage_error",
                        false, MomentMetric.Kind.MAPE),
                moment("smape", List.of(), "mean of 2|yhat - y| / (|y| + |yhat|), a fraction (0 when both are 0)",
                        "numpy formula (no sklearn function)", false, MomentMetric.Kind.SMAPE),
                define("median_absolute_error", List.of("medae"), "median of |y - yhat| (weighted: lower weighted "
                        + "median)", SK + "median_absolute_error", List.of(), false, MedianAbsoluteErrorMetric::new),
                define("max_error", List.of(), "max of |y - yhat| (no weights)", SK + "max_error", List.of(), false,
                        MaxErrorMetric::new),
                define("pinball", List.of("mean_pinball_loss"), "mean pinball (quantile) loss at level alpha",
                        SK + "mean_pinball_loss", List.of(ALPHA), false, RegressionMetrics::pinball),
                define("rmsle", List.of("root_mean_squared_log_error"), "root mean squared log1p error",
                        SK + "mean_squared_log_error(squared=False)", List.of(), false, RmsleMetric::new),
                define("mase", List.of(), "MAE over the in-sample MAE of the seasonal-naive forecast (time-ordered)",
                        "R yardstick mase_vec(truth, estimate, m)", List.of(PERIOD), false, RegressionMetrics::mase),
                define("interval_coverage", List.of("coverage"), "share of rows with lower <= y <= upper",
                        "numpy formula (no sklearn function)", List.of(), true,
                        (d, p) -> new IntervalMetric(d, p, IntervalMetric.Kind.COVERAGE)),
                define("interval_width", List.of(), "mean of upper - lower", "numpy formula (no sklearn function)",
                        List.of(), false, (d, p) -> new IntervalMetric(d, p, IntervalMetric.Kind.WIDTH)));
    }

    private static MetricDefinition moment(String name, List<String> aliases, String summary, String reference,
            boolean largerIsBetter, MomentMetric.Kind kind) {
        return define(name, aliases, summary, reference, List.of(), largerIsBetter,
                (d, p) -> new MomentMetric(d, p, kind));
    }

    private static Metric<?> pinball(MetricDefinition d, Params p) {
        double alpha = p.getDouble("alpha");
        if (alpha < 0.0 || alpha > 1.0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric pinball parameter 'alpha' must be in [0, 1], got %s", alpha));
        }
        return new MomentMetric(d, p, MomentMetric.Kind.PINBALL);
    }

    private static Metric<?> mase(MetricDefinition d, Params p) {
        int period = p.getInt("period");
        if (period < 1) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric mase parameter 'period' must be >= 1, got %d", period));
        }
        return new MaseMetric(d, p);
    }

    private static MetricDefinition define(String name, List<String> aliases, String summary, String reference,
            List<ParamSpec> params, boolean largerIsBetter, BiFunction<MetricDefinition, Params, Metric<?>> make) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, aliases, Task.REGRESSION, summary, reference, params, false,
                largerIsBetter, (p, context) -> make.apply(self[0], p));
        return self[0];
    }
}
