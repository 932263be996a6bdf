package dev.verdict.core.binary;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Calibration metrics on {@link CalibrationBins} (sklearn 1.2.1 {@code calibration_curve} bins, weighted), computed
 * from the shared {@link SortedScoreState} (quantile edges need every score). Per non-empty bin k with weight share
 * w_k, observed positive rate o_k and mean score m_k: ECE = sum w_k |o_k - m_k|, MCE = max |o_k - m_k|.
 */
final class CalibrationMetrics {
    private static final String CC = "sklearn.calibration.calibration_curve + numpy";

    private CalibrationMetrics() {
    }

    static List<MetricDefinition> definitions() {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(def("ece", "sum_k w_k |observed rate_k - mean score_k| over calibration bins", false,
                (b, p) -> gaps(b, false)));
        d.add(def("mce", "max_k |observed rate_k - mean score_k| over non-empty calibration bins", false,
                (b, p) -> gaps(b, true)));
        d.add(def("brier_decomposition", "Murphy: reliability - resolution + uncertainty over calibration bins",
                false, (b, p) -> decomposition(b)));
        d.add(def("reliability_diagram", "per-bin mean score and observed rate; value = ece", false,
                (b, p) -> diagram(b)));
        return d;
    }

    private static MetricDefinition def(String name, String summary, boolean larger,
            BiFunction<CalibrationBins, Params, MetricValue> f) {
        List<ParamSpec> params = List.of(ParamSpec.ofInt("bins", 10, "number of bins, >= 1"),
                ParamSpec.ofChoice("strategy", "uniform", "bin edges: equal width or score quantiles", "uniform",
                        "quantile"));
        return BinaryMetric.define(name, List.of(), summary, CC, params, true, larger, (self, p, c) -> {
            BinaryInputs.needScores(name, c);
            if (p.getInt("bins") < 1) {
                throw new InvalidInputException("metric " + name + " parameter 'bins' must be >= 1, got "
                        + p.getInt("bins"));
            }
            boolean quantile = p.getString("strategy").equals("quantile");
            int bins = p.getInt("bins");
            return new ResamplableBinaryMetrics.Calibration(self, p, s -> {
                CalibrationBins b = CalibrationBins.of(s, name, bins, quantile);
                return b.total == 0 ? BinaryMetric.empty() : f.apply(b, p);
            }, quantile ? 0 : bins, b -> b.total == 0 ? BinaryMetric.empty() : f.apply(b, p));
        });
    }

    private static MetricValue gaps(CalibrationBins b, boolean max) {
        double ece = 0;
        double mce = 0;
        for (int k = 0; k < b.bins; k++) {
            if (b.weight[k] > 0) {
                double gap = Math.abs(b.sumPositive[k] / b.weight[k] - b.sumScore[k] / b.weight[k]);
                ece += b.weight[k] / b.total * gap;
                mce = Math.max(mce, gap);
            }
        }
        return MetricValue.of(max ? mce : ece);
    }

    private static MetricValue decomposition(CalibrationBins b) {
        double rate = 0;
        for (int k = 0; k < b.bins; k++) {
            rate += b.sumPositive[k];
        }
        rate /= b.total;
        double reliability = 0;
        double resolution = 0;
        for (int k = 0; k < b.bins; k++) {
            if (b.weight[k] > 0) {
                double share = b.weight[k] / b.total;
                double observed = b.sumPositive[k] / b.weight[k];
                double mean = b.sumScore[k] / b.weight[k];
                reliability += share * (mean - observed) * (mean - observed);
                resolution += share * (observed - rate) * (observed - rate);
            }
        }
        double uncertainty = rate * (1 - rate);
        return new MetricValue(reliability - resolution + uncertainty, RankMetrics.detail("reliability", reliability,
                "resolution", resolution, "uncertainty", uncertainty, "brier", b.sumSquaredError / b.total), null);
    }

    private static MetricValue diagram(CalibrationBins b) {
        int m = 0;
        for (int k = 0; k < b.bins; k++) {
            m += b.weight[k] > 0 ? 1 : 0;
        }
        double[] lower = new double[m];
        double[] upper = new double[m];
        double[] weight = new double[m];
        double[] mean = new double[m];
        double[] observed = new double[m];
        int i = 0;
        for (int k = 0; k < b.bins; k++) {
            if (b.weight[k] > 0) {
                lower[i] = b.edges[k];
                upper[i] = b.edges[k + 1];
                weight[i] = b.weight[k];
                mean[i] = b.sumScore[k] / b.weight[k];
                observed[i] = b.sumPositive[k] / b.weight[k];
                i++;
            }
        }
        double ece = gaps(b, false).value();
        return new MetricValue(ece, RankMetrics.detail("lower", lower, "upper", upper, "weight", weight,
                "mean_score", mean, "observed_rate", observed), null);
    }
}
