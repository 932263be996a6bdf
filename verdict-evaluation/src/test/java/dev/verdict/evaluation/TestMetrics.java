package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.Task;
import dev.verdict.plan.MetricLookup;
import java.util.List;
import java.util.Map;

/** Test-only weighted-mean metrics: value = sum(w * x) / sum(w) for a per-row quantity x; NaN + warning if sum(w)=0. */
final class TestMetrics {
    private TestMetrics() {
    }

    /** Extracts the per-row quantity. */
    interface RowValue {
        double at(Columns c, int i);
    }

    static final MetricDefinition POSITIVE_RATE = def("positive_rate", Task.BINARY, false, (c, i) -> c.label()[i]);
    static final MetricDefinition MEAN_PROB = def("mean_prob", Task.BINARY, true, (c, i) -> c.score()[i]);
    static final MetricDefinition PRED_RATE = def("pred_rate", Task.BINARY, false, (c, i) -> c.predictedLabel()[i]);
    static final MetricDefinition ACCURACY = def("accuracy", Task.MULTICLASS, false,
            (c, i) -> c.label()[i] == c.predictedLabel()[i] ? 1 : 0);
    static final MetricDefinition MEAN_CLASS = def("mean_class", Task.MULTICLASS, false, (c, i) -> c.label()[i]);
    static final MetricDefinition LABEL0_RATE = def("label0_rate", Task.MULTILABEL, false,
            (c, i) -> c.labelMatrix()[0][i]);
    static final MetricDefinition MAE = def("mae", Task.REGRESSION, false,
            (c, i) -> Math.abs(c.yTrue()[i] - c.yPred()[i]));

    static final MetricLookup LOOKUP = MetricLookup.of(List.of(POSITIVE_RATE, MEAN_PROB, PRED_RATE, ACCURACY,
            MEAN_CLASS, LABEL0_RATE, MAE));

    private static MetricDefinition def(String name, Task task, boolean probability, RowValue x) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), task, "weighted mean", "numpy.average",
                List.of(ParamSpec.ofDouble("scale", 1.0, "multiplies the value")), probability, true,
                (p, ctx) -> {
                    if (name.equals("pred_rate") && !ctx.hasPredictedLabel()) {
                        throw new InvalidInputException("pred_rate needs data.prediction");
                    }
                    return new Mean(self[0], p, x);
                });
        return self[0];
    }

    private static final class Mean implements Metric<SumState> {
        private final MetricDefinition def;
        private final Params params;
        private final RowValue x;

        Mean(MetricDefinition def, Params params, RowValue x) {
            this.def = def;
            this.params = params;
            this.x = x;
        }

        @Override
        public MetricDefinition definition() {
            return def;
        }

        @Override
        public Params params() {
            return params;
        }

        @Override
        public StateSpec<SumState> stateSpec() {
            return new StateSpec<>(def.name(), () -> new SumState(x));
        }

        @Override
        public MetricValue compute(SumState s) {
            if (s.w == 0) {
                return MetricValue.warn(Double.NaN, "no weight");
            }
            return MetricValue.of(params.getDouble("scale") * s.wx / s.w)
                    .withDetail(Map.of("weight", s.w, "curve", new double[] {s.wx, Double.NaN}));
        }
    }

    private static final class SumState implements MetricState<SumState> {
        private final RowValue x;
        double w;
        double wx;

        SumState(RowValue x) {
            this.x = x;
        }

        @Override
        public void accept(Columns c, int from, int to) {
            for (int i = from; i < to; i++) {
                w += c.weightAt(i);
                wx += c.weightAt(i) * x.at(c, i);
            }
        }

        @Override
        public SumState combine(SumState o) {
            w += o.w;
            wx += o.wx;
            return this;
        }
    }
}
