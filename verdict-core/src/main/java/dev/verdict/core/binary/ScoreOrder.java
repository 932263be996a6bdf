package dev.verdict.core.binary;

import dev.verdict.core.Columns;

/**
 * The rows of a binary slice sorted once by decreasing score, shared by the replicators that resample by sorted
 * position ({@link RankReplicator}, {@link CurveReplicator}): labels and weights validated, the input row and the
 * score at each sorted position, the tie groups, and the gather of row counts into sorted order. Built once per
 * replicator; only {@link #gather} runs per resample (and only when the bootstrap cannot draw by position).
 */
final class ScoreOrder {
    /** Label (0/1) of each input row. */
    final int[] label;
    /** Weight of each input row, or null when unweighted. */
    final double[] weight;
    /** Input row at each sorted position. */
    final int[] row;
    /** Score at each sorted position (decreasing). */
    final double[] score;
    /** Number of distinct scores (tie groups). */
    final int distinct;

    private ScoreOrder(int[] label, double[] weight, int[] row, double[] score, int distinct) {
        this.label = label;
        this.weight = weight;
        this.row = row;
        this.score = score;
        this.distinct = distinct;
    }

    /** Validates the labels, weights and scores of {@code rows} and radix-sorts them by decreasing score. */
    static ScoreOrder sort(Columns rows) {
        int n = rows.size();
        int[] label = BinaryInputs.requireLabel(rows);
        double[] s = BinaryInputs.requireScore(rows);
        double[] w = rows.weight();
        double[] keys = new double[n];
        double[] index = new double[n];
        for (int i = 0; i < n; i++) {
            BinaryInputs.label(label, i);
            BinaryInputs.weight(w, i);
            keys[i] = BinaryInputs.score(s, i);
            index[i] = i;
        }
        RadixSort.sort(keys, index, n);
        int[] row = new int[n];
        for (int k = 0; k < n; k++) {
            row[k] = (int) index[n - 1 - k];
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            distinct += k == 0 || keys[k] != keys[k - 1] ? 1 : 0;
        }
        return new ScoreOrder(label, w, row, keys, distinct);
    }

    /** @return the start position of each tie group, and n at the end */
    int[] groupStarts() {
        int n = row.length;
        int[] g = new int[distinct + 1];
        int j = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || score[k] != score[k - 1]) {
                g[j++] = k;
            }
        }
        g[distinct] = n;
        return g;
    }

    /**
     * Gathers counts by input row into sorted order.
     *
     * @param row the input row at each sorted position
     * @param counts count of each input row
     * @param into the array to fill, or null to allocate one
     * @return {@code into} (or the new array) with the count of the row at each sorted position
     */
    static int[] gather(int[] row, int[] counts, int[] into) {
        int[] out = into == null ? new int[row.length] : into;
        for (int k = 0; k < row.length; k++) {
            out[k] = counts[row[k]];
        }
        return out;
    }
}
