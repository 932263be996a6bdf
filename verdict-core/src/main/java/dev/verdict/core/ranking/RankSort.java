package dev.verdict.core.ranking;

/**
 * Sorts row indices into trec_eval's ranking order ({@code form_res_rels.c: comp_sim_docno}): score descending, then
 * document code descending (docno descending). Scores compare as C doubles ({@code -0.0 == 0.0}; NaN never occurs:
 * rows with NaN scores are rejected on arrival). Keys are distinct within a query (duplicates are rejected first),
 * so the order is total and does not depend on the algorithm or the input order.
 *
 * <p>Method: an LSD radix sort in 8-bit digits, least significant first: the 4 bytes of the inverted document code,
 * then the 8 bytes of the inverted order-preserving score bits; digit positions that are constant over the query
 * are skipped (the top bytes of small document codes, the sign and exponent bytes of scores in one range), so a
 * query costs a handful of branch-free passes instead of a comparison sort's mispredicted branches. Short lists use
 * insertion sort. Instances hold scratch space: one per thread.
 */
final class RankSort {
    private static final int SHORT = 48;
    private static final int DIGITS = 12;

    private final int[] count = new int[DIGITS * 256];
    private int[] scratch = new int[SHORT];

    /** Sorts {@code idx[0..n)} by (score descending, doc descending). */
    void sort(int[] idx, int n, double[] score, int[] doc) {
        if (n < SHORT) {
            insertion(idx, n, score, doc);
            return;
        }
        if (scratch.length < n) {
            scratch = new int[Math.max(n, scratch.length * 2)];
        }
        histograms(idx, n, score, doc);
        int[] a = idx;
        int[] b = scratch;
        for (int digit = 0; digit < DIGITS; digit++) {
            int base = digit << 8;
            int first = digit < 4 ? docDigit(doc[a[0]], digit) : scoreDigit(score[a[0]], digit - 4);
            if (count[base + first] == n) {
                continue;
            }
            int sum = 0;
            for (int v = 0; v < 256; v++) {
                int c = count[base + v];
                count[base + v] = sum;
                sum += c;
            }
            if (digit < 4) {
                for (int i = 0; i < n; i++) {
                    int r = a[i];
                    b[count[base + docDigit(doc[r], digit)]++] = r;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int r = a[i];
                    b[count[base + scoreDigit(score[r], digit - 4)]++] = r;
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        if (a != idx) {
            System.arraycopy(a, 0, idx, 0, n);
        }
    }

    private void histograms(int[] idx, int n, double[] score, int[] doc) {
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            int r = idx[i];
            int d = ~doc[r];
            long k = ~scoreKey(score[r]);
            for (int j = 0; j < 4; j++) {
                count[(j << 8) | ((d >>> (8 * j)) & 0xff)]++;
            }
            for (int j = 0; j < 8; j++) {
                count[((4 + j) << 8) | (int) ((k >>> (8 * j)) & 0xff)]++;
            }
        }
    }

    /** @return byte {@code j} of the inverted document code (ascending digits give descending codes) */
    private static int docDigit(int doc, int j) {
        return (~doc >>> (8 * j)) & 0xff;
    }

    /** @return byte {@code j} of the inverted score key (ascending digits give descending scores) */
    private static int scoreDigit(double score, int j) {
        return (int) ((~scoreKey(score) >>> (8 * j)) & 0xff);
    }

    /** @return bits whose unsigned order is the doubles' order, with -0.0 taken as 0.0 (C's {@code ==}) */
    private static long scoreKey(double x) {
        long bits = Double.doubleToRawLongBits(x + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
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

    private static void insertion(int[] idx, int n, double[] score, int[] doc) {
        for (int i = 1; i < n; i++) {
            int v = idx[i];
            int j = i - 1;
            while (j >= 0 && before(v, idx[j], score, doc)) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = v;
        }
    }
}
