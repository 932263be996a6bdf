package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.Resamplable;

/**
 * Fast resampling of roc_auc and average_precision: the rows are sorted once by decreasing score (radix sort carrying
 * the row index) and tie groups are marked; each resample is one pass over the sorted rows accumulating the counted
 * weights of positives and negatives, closing a threshold at the end of each tie group exactly as
 * {@code _binary_clf_curve} does (a group whose rows all have count 0 adds nothing: it is not a threshold of that
 * resample). O(n) per resample, no allocation.
 */
final class RankReplicator implements Resamplable.Replicator {
    private final boolean auc;
    private final int[] row;
    private final boolean[] positive;
    private final double[] weight;
    private final boolean[] groupEnd;

    private RankReplicator(boolean auc, int[] row, boolean[] positive, double[] weight, boolean[] groupEnd) {
        this.auc = auc;
        this.row = row;
        this.positive = positive;
        this.weight = weight;
        this.groupEnd = groupEnd;
    }

    /** @return the replicator of roc_auc ({@code auc}) or average_precision over {@code rows} */
    static RankReplicator prepare(Columns rows, boolean auc) {
        int n = rows.size();
        int[] label = BinaryInputs.requireLabel(rows);
        double[] score = BinaryInputs.requireScore(rows);
        double[] w = rows.weight();
        double[] keys = new double[n];
        double[] index = new double[n];
        for (int i = 0; i < n; i++) {
            BinaryInputs.label(label, i);
            BinaryInputs.weight(w, i);
            keys[i] = BinaryInputs.score(score, i);
            index[i] = i;
        }
        RadixSort.sort(keys, index, n);
        int[] order = new int[n];
        boolean[] pos = new boolean[n];
        double[] weights = w == null ? null : new double[n];
        boolean[] end = new boolean[n];
        for (int k = 0; k < n; k++) {
            int r = (int) index[n - 1 - k];
            order[k] = r;
            pos[k] = label[r] == 1;
            if (weights != null) {
                weights[k] = w[r];
            }
            end[k] = k == n - 1 || keys[n - 2 - k] != keys[n - 1 - k];
        }
        return new RankReplicator(auc, order, pos, weights, end);
    }

    @Override
    public double value(int[] counts) {
        double tp = 0;
        double fp = 0;
        double prevTp = 0;
        double prevFp = 0;
        double sum = 0;
        int n = row.length;
        for (int k = 0; k < n; k++) {
            int c = counts[row[k]];
            if (c != 0) {
                double w = weight == null ? c : c * weight[k];
                if (positive[k]) {
                    tp += w;
                } else {
                    fp += w;
                }
            }
            if (groupEnd[k] && (tp != prevTp || fp != prevFp)) {
                sum += auc ? (fp - prevFp) * (tp + prevTp) : (tp - prevTp) * (tp / (tp + fp));
                prevTp = tp;
                prevFp = fp;
            }
        }
        if (auc) {
            return tp == 0 || fp == 0 ? Double.NaN : sum / (2.0 * tp * fp);
        }
        return tp + fp == 0 ? Double.NaN : tp == 0 ? 0.0 : sum / tp;
    }

    @Override
    public Resamplable.Replicator fork() {
        return this;
    }
}
