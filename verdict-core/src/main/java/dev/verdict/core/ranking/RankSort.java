package dev.verdict.core.ranking;

/**
 * Sorts row indices into trec_eval's ranking order ({@code form_res_rels.c: comp_sim_docno}): score descending, then
 * document code descending (docno descending). Keys are distinct within a query (duplicates are rejected first), so
 * the order is total and the result does not depend on the algorithm or the input order.
 */
final class RankSort {
    private static final int INSERTION = 24;

    private RankSort() {
    }

    /** Sorts {@code idx[0..n)} by (score descending, doc descending). */
    static void sort(int[] idx, int n, double[] score, int[] doc) {
        quick(idx, 0, n - 1, score, doc);
    }

    private static boolean before(int a, int b, double[] score, int[] doc) {
        double sa = score[a];
        double sb = score[b];
        if (sa > sb) {
            return true;
        }
        if (sa < sb) {
            return false;
        }
        return doc[a] > doc[b];
    }

    private static void quick(int[] idx, int lo, int hi, double[] score, int[] doc) {
        while (hi - lo > INSERTION) {
            int mid = (lo + hi) >>> 1;
            if (before(idx[mid], idx[lo], score, doc)) {
                swap(idx, mid, lo);
            }
            if (before(idx[hi], idx[lo], score, doc)) {
                swap(idx, hi, lo);
            }
            if (before(idx[hi], idx[mid], score, doc)) {
                swap(idx, hi, mid);
            }
            int pivot = idx[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (before(idx[i], pivot, score, doc)) {
                    i++;
                }
                while (before(pivot, idx[j], score, doc)) {
                    j--;
                }
                if (i <= j) {
                    swap(idx, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quick(idx, lo, j, score, doc);
                lo = i;
            } else {
                quick(idx, i, hi, score, doc);
                hi = j;
            }
        }
        insertion(idx, lo, hi, score, doc);
    }

    private static void insertion(int[] idx, int lo, int hi, double[] score, int[] doc) {
        for (int i = lo + 1; i <= hi; i++) {
            int v = idx[i];
            int j = i - 1;
            while (j >= lo && before(v, idx[j], score, doc)) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = v;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
