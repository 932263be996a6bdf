package dev.verdict.core.multiclass;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Columns;
import dev.verdict.core.StateSpec;
import dev.verdict.core.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every multiclass metric computed from the weighted confusion matrix ({@link ConfusionState}); they all share one
 * state per suite. Formulas and edge cases are documented on {@link Kind} and in {@code docs/metrics/multiclass.md}.
 * Empty input or a total weight of 0 gives NaN with a warning.
 */
class ConfusionMetric extends AbstractMetric<ConfusionState> implements Resamplable {
    /** What is computed from the matrix. */
    enum Kind {
        /** trace / total; {@code sklearn.metrics.accuracy_score}. */
        ACCURACY,
        /** {@code sklearn.metrics.precision_score(labels=range(K), average=...)}. */
        PRECISION,
        /** {@code sklearn.metrics.recall_score(labels=range(K), average=...)}. */
        RECALL,
        /** {@code sklearn.metrics.f1_score(labels=range(K), average=...)}. */
        F1,
        /** {@code sklearn.metrics.fbeta_score(beta=..., labels=range(K), average=...)}. */
        FBETA,
        /** {@code sklearn.metrics.balanced_accuracy_score(adjusted=...)}. */
        BALANCED_ACCURACY,
        /** {@code sklearn.metrics.cohen_kappa_score(weights=...)}. */
        COHEN_KAPPA,
        /** {@code sklearn.metrics.matthews_corrcoef}. */
        MCC,
        /** min over declared classes of {@code recall_score(labels=range(K), average=None)}. */
        MIN_PER_CLASS_RECALL,
        /** {@code sklearn.metrics.confusion_matrix(labels=range(K))}; value = total weight. */
        CONFUSION_MATRIX
    }

    private final Kind kind;
    private final List<String> classes;
    private final StateSpec<ConfusionState> spec;

    ConfusionMetric(MetricDefinition definition, Params params, TaskContext ctx, Kind kind) {
        super(definition, params);
        Inputs.requireClasses(definition.name(), ctx);
        Inputs.requirePrediction(definition.name(), ctx);
        if (kind == Kind.FBETA && !(params.getDouble("beta") >= 0)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s parameter 'beta' must be >= 0, got %s", definition.name(), params.getDouble("beta")));
        }
        this.kind = kind;
        this.classes = ctx.classes();
        int k = ctx.classCount();
        boolean fromScores = !ctx.hasPredictedLabel();
        this.spec = new StateSpec<>("multiclass.confusion:" + k + (fromScores ? ":argmax" : ":prediction"),
                () -> new ConfusionState(k, fromScores));
    }

    @Override
    public StateSpec<ConfusionState> stateSpec() {
        return spec;
    }

    /**
     * Resampling: every row falls in one cell of the matrix; a resample's state holds the counted weights per cell
     * (and counted rows per class), then this metric's formula. One pass in input order.
     */
    @Override
    public Replicator replicator(Columns rows) {
        int[] cells = spec.newState().cells(rows);
        double[] w = rows.weight();
        return new Replicator() {
            private final ConfusionState scratch = spec.newState();

            @Override
            public double value(int[] counts) {
                scratch.fill(cells, w, counts);
                return compute(scratch).value();
            }

            @Override
            public Replicator fork() {
                return replicator(rows);
            }
        };
    }

    @Override
    public MetricValue compute(ConfusionState s) {
        if (s.rows() == 0 || s.total() == 0.0) {
            MetricValue empty = MetricValue.warn(Double.NaN,
                    s.rows() == 0 ? "no rows: metric undefined" : "total sample weight is 0: metric undefined");
            return kind == Kind.CONFUSION_MATRIX ? empty.withDetail(matrixDetail(s)) : empty;
        }
        return switch (kind) {
            case ACCURACY -> MetricValue.of(s.trace() / s.total());
            case PRECISION -> prf(s, Prf.Kind.PRECISION, 1.0);
            case RECALL -> prf(s, Prf.Kind.RECALL, 1.0);
            case F1 -> prf(s, Prf.Kind.FBETA, 1.0);
            case FBETA -> prf(s, Prf.Kind.FBETA, params().getDouble("beta"));
            case BALANCED_ACCURACY -> Agreement.balancedAccuracy(s, params().getBoolean("adjusted"));
            case COHEN_KAPPA -> Agreement.cohenKappa(s, params().getString("weights"));
            case MCC -> Agreement.mcc(s);
            case MIN_PER_CLASS_RECALL -> minRecall(s);
            case CONFUSION_MATRIX -> MetricValue.of(s.total()).withDetail(matrixDetail(s));
        };
    }

    private MetricValue prf(ConfusionState s, Prf.Kind k, double beta) {
        return Prf.compute(k, beta, Average.parse(params().getString("average")), diagonal(s), s.predSums(),
                s.trueSums(), classes);
    }

    private MetricValue minRecall(ConfusionState s) {
        double[] truth = s.trueSums();
        double[] r = Prf.values(Prf.Kind.RECALL, 1.0, diagonal(s), s.predSums(), truth);
        double min = Double.POSITIVE_INFINITY;
        int arg = 0;
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int c = 0; c < r.length; c++) {
            byName.put(classes.get(c), r[c]);
            if (r[c] < min) {
                min = r[c];
                arg = c;
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("class", classes.get(arg));
        detail.put("per_class", byName);
        return new MetricValue(min, detail, Prf.warning(Prf.Kind.RECALL, s.predSums(), truth));
    }

    private static double[] diagonal(ConfusionState s) {
        int k = s.classCount();
        double[] d = new double[k];
        for (int c = 0; c < k; c++) {
            d[c] = s.matrix()[c * k + c];
        }
        return d;
    }

    private Map<String, Object> matrixDetail(ConfusionState s) {
        int k = s.classCount();
        // nested lists (K*K boxed numbers, once per compute): the test harness compares lists, not nested arrays
        List<List<Double>> rows = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            List<Double> row = new ArrayList<>(k);
            for (int p = 0; p < k; p++) {
                row.add(s.matrix()[t * k + p]);
            }
            rows.add(row);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("classes", classes);
        detail.put("matrix", rows);
        return detail;
    }
}
