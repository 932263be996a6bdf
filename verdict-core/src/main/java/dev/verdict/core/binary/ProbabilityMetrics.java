package dev.verdict.core.binary;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import java.util.List;
import java.util.function.Function;

/** log_loss and brier from the shared O(1) {@link ProbabilityState}; scores must be probabilities in [0, 1]. */
final class ProbabilityMetrics {
    private ProbabilityMetrics() {
    }

    static List<MetricDefinition> definitions() {
        return List.of(
                def("log_loss", "weighted mean of -log p(true class), p clipped to [eps, 1 - eps] and renormalised",
                        "sklearn.metrics.log_loss", s -> MetricValue.of(s.logLoss / s.weight)),
                def("brier", "weighted mean of (label - score)^2", "sklearn.metrics.brier_score_loss",
                        s -> MetricValue.of(s.squared / s.weight)));
    }

    private static MetricDefinition def(String name, String summary, String reference,
            Function<ProbabilityState, MetricValue> f) {
        return BinaryMetric.define(name, List.of(), summary, reference, List.of(), true, false, (self, p, c) -> {
            BinaryInputs.needScores(name, c);
            return new ResamplableBinaryMetrics.Probability(self, p,
                    s -> s.weight == 0 ? BinaryMetric.empty() : f.apply(s), name.equals("log_loss"));
        });
    }
}
