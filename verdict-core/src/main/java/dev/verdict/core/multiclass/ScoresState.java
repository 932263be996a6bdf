package dev.verdict.core.multiclass;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import java.util.Arrays;
import java.util.Locale;

/**
 * The stored rows (true class, K scores, weight) shared by every score-based multiclass metric (log_loss, roc_auc,
 * top_k_accuracy). Scores must be finite. While accepting, it remembers the first row whose scores do not sum to 1
 * in numpy's {@code allclose} sense (|sum - 1| <= 1e-8 + 1e-5 |sum|), which roc_auc rejects as sklearn does.
 */
final class ScoresState implements MetricState<ScoresState> {
    private final int k;
    private int n;
    private int[] label = new int[16];
    private final double[][] scores;
    private double[] weight;
    private boolean weighted;
    private String badSum;

    ScoresState(int k) {
        this.k = k;
        this.scores = new double[k][16];
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] y = Inputs.labels(batch, k);
        double[][] s = Inputs.scores(batch, k);
        double[] w = batch.weight();
        ensure(n + to - from);
        if (w != null && !weighted) {
            weighted = true;
            Arrays.fill(weight, 0, n, 1.0);
        }
        for (int i = from; i < to; i++) {
            Inputs.checkClass("label", y[i], i, k);
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double v = s[c][i];
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "data.scores column %d has non-finite value %s in batch row %d", c, v, i));
                }
                scores[c][n] = v;
                sum += v;
            }
            if (badSum == null && !(Math.abs(sum - 1.0) <= 1e-8 + 1e-5 * Math.abs(sum))) {
                badSum = String.format(Locale.ROOT, "batch row %d: scores sum to %s", i, sum);
            }
            label[n] = y[i];
            if (weighted) {
                weight[n] = w == null ? 1.0 : w[i];
            }
            n++;
        }
    }

    private void ensure(int size) {
        if (size <= label.length) {
            if (weight == null) {
                weight = new double[label.length];
            }
            return;
        }
        int cap = Math.max(size, label.length * 2);
        label = Arrays.copyOf(label, cap);
        for (int c = 0; c < k; c++) {
            scores[c] = Arrays.copyOf(scores[c], cap);
        }
        weight = weight == null ? new double[cap] : Arrays.copyOf(weight, cap);
    }

    @Override
    public ScoresState combine(ScoresState o) {
        ensure(n + o.n);
        if (o.weighted && !weighted) {
            weighted = true;
            Arrays.fill(weight, 0, n, 1.0);
        }
        System.arraycopy(o.label, 0, label, n, o.n);
        for (int c = 0; c < k; c++) {
            System.arraycopy(o.scores[c], 0, scores[c], n, o.n);
        }
        if (weighted) {
            if (o.weighted) {
                System.arraycopy(o.weight, 0, weight, n, o.n);
            } else {
                Arrays.fill(weight, n, n + o.n, 1.0);
            }
        }
        if (badSum == null) {
            badSum = o.badSum;
        }
        n += o.n;
        return this;
    }

    int size() {
        return n;
    }

    int classCount() {
        return k;
    }

    /** @return true classes, valid in [0, size()) */
    int[] labels() {
        return label;
    }

    /** @return score columns, valid in [0, size()) */
    double[][] scores() {
        return scores;
    }

    /** @return whether any batch had a weight column */
    boolean weighted() {
        return weighted;
    }

    double weight(int i) {
        return weighted ? weight[i] : 1.0;
    }

    /** @return a description of the first row whose scores do not sum to 1, or null */
    String badSum() {
        return badSum;
    }
}
