package dev.verdict.core.curves;

import dev.verdict.core.InvalidInputException;

/**
 * The row order of sklearn's {@code _binary_clf_curve}: {@code np.argsort(score, kind="mergesort")[::-1]}, i.e. a
 * stable ascending sort, reversed (so tied rows appear in reverse input order).
 */
final class ScoreOrder {
    private ScoreOrder() {
    }

    /** @return row indices by decreasing score, ties in reverse input order */
    static int[] descending(double[] score) {
        int n = score.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] tmp = new int[n];
        mergeSort(score, idx, tmp, 0, n);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }

    /** Stable ascending merge sort of {@code idx[from, to)} by {@code key}. */
    private static void mergeSort(double[] key, int[] idx, int[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = idx[i];
                int j = i - 1;
                while (j >= from && key[idx[j]] > key[v]) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(key, idx, tmp, from, mid);
        mergeSort(key, idx, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            tmp[k++] = key[idx[j]] < key[idx[i]] ? idx[j++] : idx[i++];
        }
        while (i < mid) {
            tmp[k++] = idx[i++];
        }
        while (j < to) {
            tmp[k++] = idx[j++];
        }
        System.arraycopy(tmp, from, idx, from, to - from);
    }

    /** Checks lengths, finiteness, 0/1 labels and non-negative weights. */
    static void check(int[] label, double[] score, double[] weight) {
        if (label == null || score == null) {
            throw new InvalidInputException("curves need a label and a score column");
        }
        if (label.length != score.length || weight != null && weight.length != score.length) {
            throw new InvalidInputException("curves: label, score and weight lengths differ: " + label.length + ", "
                    + score.length + ", " + (weight == null ? "-" : Integer.toString(weight.length)));
        }
        for (int i = 0; i < score.length; i++) {
            if (!Double.isFinite(score[i])) {
                throw new InvalidInputException("curves: score at row " + i + " is not finite: " + score[i]);
            }
            if (label[i] != 0 && label[i] != 1) {
                throw new InvalidInputException("curves: label at row " + i + " must be 0 or 1, got " + label[i]);
            }
            if (weight != null && !(weight[i] >= 0)) {
                throw new InvalidInputException("curves: weight at row " + i + " must be >= 0, got " + weight[i]);
            }
        }
    }
}
