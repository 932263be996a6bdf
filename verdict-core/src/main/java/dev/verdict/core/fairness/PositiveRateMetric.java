package dev.verdict.core.fairness;

import dev.verdict.core.Columns;
import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.Resamplable;
import dev.verdict.core.StateSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * positive_rate of binary rows: the weighted share predicted positive under a {@link PredictionRule}
 * ({@code fairlearn.metrics.selection_rate}). Resamplable: a replicate is the count-weighted share, one O(n) pass over
 * the rows' weights and predictions prepared once.
 */
final class PositiveRateMetric extends AbstractMetric<PositiveRateState> implements Resamplable {
    private final PredictionRule rule;

    PositiveRateMetric(MetricDefinition definition, Params params, PredictionRule rule) {
        super(definition, params);
        this.rule = rule;
    }

    @Override
    public StateSpec<PositiveRateState> stateSpec() {
        return PositiveRateState.spec(rule);
    }

    @Override
    public MetricValue compute(PositiveRateState s) {
        if (s.weight == 0) {
            return FairMetric.empty();
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("positive", s.positive);
        d.put("total", s.weight);
        return MetricValue.of(s.positive / s.weight).withDetail(d);
    }

    @Override
    public Replicator replicator(Columns rows) {
        Object column = rule.column(rows);
        double[] w = rows.weight();
        int n = rows.size();
        double[] weight = new double[n];
        double[] positive = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = PredictionRule.weight(w, i);
            positive[i] = rule.predict(column, i) == 1 ? weight[i] : 0.0;
        }
        return new ShareReplicator(weight, positive);
    }

    /** Count-weighted share {@code sum c_i p_i / sum c_i w_i}; immutable, so a fork is itself. */
    private record ShareReplicator(double[] weight, double[] positive) implements Replicator {
        @Override
        public double value(int[] counts) {
            double total = 0;
            double pos = 0;
            for (int i = 0; i < weight.length; i++) {
                int c = counts[i];
                total += c * weight[i];
                pos += c * positive[i];
            }
            return total == 0 ? Double.NaN : pos / total;
        }

        @Override
        public Replicator fork() {
            return this;
        }
    }
}
