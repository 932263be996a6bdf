package dev.verdict.core.multilabel;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.TaskContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every multilabel metric, all from one {@link MultilabelState} (prediction = {@code score >= threshold}).
 * Precision, recall and F1 follow sklearn 1.2.1's {@code precision_recall_fscore_support} on indicator matrices with
 * {@code zero_division="warn"} (0/0 -> 0 with a warning). Empty input or total weight 0 gives NaN with a warning.
 */
final class MultilabelMetric extends AbstractMetric<MultilabelState> {
    /** What is computed. */
    enum Kind {
        /** weighted fraction of rows whose whole label set is right; {@code sklearn.metrics.accuracy_score}. */
        SUBSET_ACCURACY,
        /** weighted fraction of wrong cells; {@code sklearn.metrics.hamming_loss}. */
        HAMMING_LOSS,
        /** {@code sklearn.metrics.precision_score(Y, Yhat, average=...)}. */
        PRECISION,
        /** {@code sklearn.metrics.recall_score(Y, Yhat, average=...)}. */
        RECALL,
        /** {@code sklearn.metrics.f1_score(Y, Yhat, average=...)}. */
        F1
    }

    private final Kind kind;
    private final List<String> names;
    private final StateSpec<MultilabelState> spec;

    MultilabelMetric(MetricDefinition definition, Params params, TaskContext ctx, Kind kind) {
        super(definition, params);
        if (!ctx.hasScores()) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs label scores: give data.scores", definition.name()));
        }
        if (ctx.classCount() < 1) {
            throw new InvalidInputException("multilabel metric " + definition.name() + " needs at least 1 label");
        }
        this.kind = kind;
        this.names = ctx.classes();
        int labels = ctx.classCount();
        double threshold = ctx.threshold();
        this.spec = new StateSpec<>("multilabel.counts:" + labels + "@" + threshold,
                () -> new MultilabelState(labels, threshold));
    }

    @Override
    public StateSpec<MultilabelState> stateSpec() {
        return spec;
    }

    @Override
    public MetricValue compute(MultilabelState s) {
        if (s.rows == 0 || s.totalWeight == 0.0) {
            return MetricValue.warn(Double.NaN,
                    s.rows == 0 ? "no rows: metric undefined" : "total sample weight is 0: metric undefined");
        }
        return switch (kind) {
            case SUBSET_ACCURACY -> MetricValue.of(s.exactMatch / s.totalWeight);
            case HAMMING_LOSS -> MetricValue.of(s.differing / (s.labelCount() * s.totalWeight));
            case PRECISION, RECALL, F1 -> prf(s);
        };
    }

    private MetricValue prf(MultilabelState s) {
        String average = params().getString("average");
        switch (average) {
            case "samples":
                return samples(s);
            case "micro": {
                double[] p = {sum(s.pred)};
                double[] t = {sum(s.truth)};
                return new MetricValue(values(new double[] {sum(s.tp)}, p, t)[0], null, warning(p, t));
            }
            default: {
                double[] v = values(s.tp, s.pred, s.truth);
                Map<String, Object> perLabel = new LinkedHashMap<>();
                for (int l = 0; l < v.length; l++) {
                    perLabel.put(names.get(l), v[l]);
                }
                double value = "macro".equals(average) ? sum(v) / v.length : weighted(v, s.truth);
                return new MetricValue(value, Map.of("per_label", perLabel), warning(s.pred, s.truth));
            }
        }
    }

    private MetricValue samples(MultilabelState s) {
        double sum;
        boolean bad;
        switch (kind) {
            case PRECISION -> {
                sum = s.samplesPrecision;
                bad = s.rowWithoutPrediction;
            }
            case RECALL -> {
                sum = s.samplesRecall;
                bad = s.rowWithoutTruth;
            }
            default -> {
                sum = s.samplesF1;
                bad = s.rowWithNeither;
            }
        }
        return new MetricValue(sum / s.totalWeight, null, bad ? "ill-defined (0/0) for a row with no "
                + what() + " labels; set to 0" : null);
    }

    /** sklearn's weighted average; all-zero true support gives 0 (its zero_division value). */
    private static double weighted(double[] v, double[] w) {
        double num = 0;
        double den = 0;
        for (int l = 0; l < v.length; l++) {
            num += v[l] * w[l];
            den += w[l];
        }
        return den == 0.0 ? 0.0 : num / den;
    }

    private double[] values(double[] tp, double[] pred, double[] truth) {
        double[] out = new double[tp.length];
        for (int l = 0; l < tp.length; l++) {
            double p = pred[l] == 0.0 ? 0.0 : tp[l] / pred[l];
            double r = truth[l] == 0.0 ? 0.0 : tp[l] / truth[l];
            double denom = p + r;
            out[l] = switch (kind) {
                case PRECISION -> p;
                case RECALL -> r;
                default -> 2 * p * r / (denom == 0.0 ? 1.0 : denom);
            };
        }
        return out;
    }

    private String warning(double[] pred, double[] truth) {
        for (int l = 0; l < pred.length; l++) {
            boolean bad = switch (kind) {
                case PRECISION -> pred[l] == 0.0;
                case RECALL -> truth[l] == 0.0;
                default -> pred[l] == 0.0 && truth[l] == 0.0;
            };
            if (bad) {
                return "ill-defined (0/0) for a label with no " + what() + " rows; set to 0";
            }
        }
        return null;
    }

    private String what() {
        return switch (kind) {
            case PRECISION -> "predicted";
            case RECALL -> "true";
            default -> "true nor predicted";
        };
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }
}
