package dev.verdict.core.multilabel;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import java.util.Locale;

/**
 * The one state of every multilabel metric. A cell is predicted when {@code score >= threshold}. It keeps, all
 * weighted: per-label true positives, predicted and true totals; exact-match and differing-cell sums; and the
 * per-row ("samples") precision, recall and F1 sums with flags for their 0/0 rows. Zero-weight rows add nothing.
 */
final class MultilabelState implements MetricState<MultilabelState> {
    private final int labels;
    private final double threshold;
    final double[] tp;
    final double[] pred;
    final double[] truth;
    double totalWeight;
    double exactMatch;
    double differing;
    double samplesPrecision;
    double samplesRecall;
    double samplesF1;
    boolean rowWithoutPrediction;
    boolean rowWithoutTruth;
    boolean rowWithNeither;
    long rows;

    MultilabelState(int labels, double threshold) {
        this.labels = labels;
        this.threshold = threshold;
        this.tp = new double[labels];
        this.pred = new double[labels];
        this.truth = new double[labels];
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        int[][] y = batch.labelMatrix();
        double[][] s = batch.scores();
        check(y, s);
        for (int i = from; i < to; i++) {
            double w = batch.weightAt(i);
            int rowTp = 0;
            int rowPred = 0;
            int rowTrue = 0;
            for (int l = 0; l < labels; l++) {
                int t = y[l][i];
                double v = s[l][i];
                if ((t != 0 && t != 1) || Double.isNaN(v)) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "label %d in batch row %d: truth must be 0 or 1 and score not NaN, got %d and %s",
                            l, i, t, v));
                }
                int p = v >= threshold ? 1 : 0;
                rowTp += t & p;
                rowPred += p;
                rowTrue += t;
            }
            addRow(y, s, i, w, rowTp, rowPred, rowTrue);
        }
        rows += to - from;
    }

    private void addRow(int[][] y, double[][] s, int i, double w, int rowTp, int rowPred, int rowTrue) {
        totalWeight += w;
        if (w == 0.0) {
            return;
        }
        for (int l = 0; l < labels; l++) {
            int t = y[l][i];
            int p = s[l][i] >= threshold ? 1 : 0;
            tp[l] += (t & p) * w;
            pred[l] += p * w;
            truth[l] += t * w;
        }
        int diff = rowPred + rowTrue - 2 * rowTp;
        differing += diff * w;
        if (diff == 0) {
            exactMatch += w;
        }
        double p = rowPred == 0 ? 0.0 : (double) rowTp / rowPred;
        double r = rowTrue == 0 ? 0.0 : (double) rowTp / rowTrue;
        double denom = p + r;
        samplesPrecision += p * w;
        samplesRecall += r * w;
        samplesF1 += 2 * p * r / (denom == 0.0 ? 1.0 : denom) * w;
        rowWithoutPrediction |= rowPred == 0;
        rowWithoutTruth |= rowTrue == 0;
        rowWithNeither |= rowPred == 0 && rowTrue == 0;
    }

    private void check(int[][] y, double[][] s) {
        if (y == null || s == null) {
            throw new InvalidInputException("multilabel metrics need data.labels (label matrix) and data.scores");
        }
        if (y.length != labels || s.length != labels) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "multilabel task declares %d labels but got %d label columns and %d score columns",
                    labels, y.length, s.length));
        }
    }

    @Override
    public MultilabelState combine(MultilabelState o) {
        for (int l = 0; l < labels; l++) {
            tp[l] += o.tp[l];
            pred[l] += o.pred[l];
            truth[l] += o.truth[l];
        }
        totalWeight += o.totalWeight;
        exactMatch += o.exactMatch;
        differing += o.differing;
        samplesPrecision += o.samplesPrecision;
        samplesRecall += o.samplesRecall;
        samplesF1 += o.samplesF1;
        rowWithoutPrediction |= o.rowWithoutPrediction;
        rowWithoutTruth |= o.rowWithoutTruth;
        rowWithNeither |= o.rowWithNeither;
        rows += o.rows;
        return this;
    }

    int labelCount() {
        return labels;
    }
}
