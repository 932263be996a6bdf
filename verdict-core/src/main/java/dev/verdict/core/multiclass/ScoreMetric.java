package dev.verdict.core.multiclass;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.TaskContext;
import java.util.List;
import java.util.Locale;

/**
 * Multiclass metrics computed from the stored class scores ({@link ScoresState}), which they all share. Empty input
 * or a total weight of 0 gives NaN with a warning.
 */
final class ScoreMetric extends AbstractMetric<ScoresState> {
    /** What is computed from the scores. */
    enum Kind {
        /** {@code sklearn.metrics.log_loss(y, P, labels=range(K))}, eps = machine epsilon, rows renormalised. */
        LOG_LOSS,
        /** {@code sklearn.metrics.roc_auc_score(y, P, multi_class=..., average=..., labels=range(K))}. */
        ROC_AUC,
        /** {@code sklearn.metrics.top_k_accuracy_score(y, P, k=..., labels=range(K))}. */
        TOP_K_ACCURACY
    }

    /** numpy's {@code np.finfo(np.float64).eps}, sklearn 1.2.1's {@code eps="auto"} for float64 input. */
    private static final double EPS = Math.ulp(1.0);

    private final Kind kind;
    private final List<String> classes;
    private final StateSpec<ScoresState> spec;

    ScoreMetric(MetricDefinition definition, Params params, TaskContext ctx, Kind kind) {
        super(definition, params);
        Inputs.requireClasses(definition.name(), ctx);
        Inputs.requireScores(definition.name(), ctx);
        if (kind == Kind.TOP_K_ACCURACY && params.getInt("k") < 1) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s parameter 'k' must be >= 1, got %d", definition.name(), params.getInt("k")));
        }
        this.kind = kind;
        this.classes = ctx.classes();
        int k = ctx.classCount();
        this.spec = new StateSpec<>("multiclass.scores:" + k, () -> new ScoresState(k));
    }

    @Override
    public StateSpec<ScoresState> stateSpec() {
        return spec;
    }

    @Override
    public MetricValue compute(ScoresState s) {
        if (s.size() == 0) {
            return MetricValue.warn(Double.NaN, "no rows: metric undefined");
        }
        double total = 0;
        for (int i = 0; i < s.size(); i++) {
            total += s.weight(i);
        }
        if (total == 0.0) {
            return MetricValue.warn(Double.NaN, "total sample weight is 0: metric undefined");
        }
        return switch (kind) {
            case LOG_LOSS -> MetricValue.of(logLoss(s) / total);
            case ROC_AUC -> rocAuc(s);
            case TOP_K_ACCURACY -> topK(s, total);
        };
    }

    private MetricValue rocAuc(ScoresState s) {
        if (s.badSum() != null) {
            throw new InvalidInputException("roc_auc (multiclass) needs class probabilities summing to 1 per row, "
                    + "as sklearn.metrics.roc_auc_score; " + s.badSum());
        }
        Average avg = Average.parse(params().getString("average"));
        return "ovo".equals(params().getString("multi_class")) ? RocAuc.ovo(s, avg) : RocAuc.ovr(s, avg, classes);
    }

    /** @return the weighted sum of -log(clip(p_true) / sum_c clip(p_c)), clip to [eps, 1 - eps] */
    private static double logLoss(ScoresState s) {
        int k = s.classCount();
        double[][] p = s.scores();
        int[] y = s.labels();
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            double rowSum = 0;
            for (int c = 0; c < k; c++) {
                rowSum += clip(p[c][i]);
            }
            sum += -Math.log(clip(p[y[i]][i]) / rowSum) * s.weight(i);
        }
        return sum;
    }

    private static double clip(double v) {
        return Math.min(Math.max(v, EPS), 1 - EPS);
    }

    /**
     * A row is a hit when fewer than k classes rank before its true class j; the rank follows numpy's reversed
     * stable argsort, so class c ranks before j when s_c > s_j, or s_c == s_j and c > j (ties favour higher indices).
     */
    private MetricValue topK(ScoresState s, double total) {
        int k = s.classCount();
        int top = params().getInt("k");
        double[][] p = s.scores();
        int[] y = s.labels();
        double hits = 0;
        for (int i = 0; i < s.size(); i++) {
            int j = y[i];
            double sj = p[j][i];
            int before = 0;
            for (int c = 0; c < k; c++) {
                double sc = p[c][i];
                if (sc > sj || (sc == sj && c > j)) {
                    before++;
                }
            }
            if (before < top) {
                hits += s.weight(i);
            }
        }
        double value = hits / total;
        return top >= k ? MetricValue.warn(value, "k >= number of classes: every row is a hit") : MetricValue.of(value);
    }
}
