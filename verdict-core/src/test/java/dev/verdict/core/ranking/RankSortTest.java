package dev.verdict.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix rank sort against trec_eval's comparator (comp_sim_docno) applied by a plain comparison sort. */
final class RankSortTest {
    /** trec_eval: sim descending (C double comparison), then docno descending. */
    private static Comparator<Integer> trecEval(double[] score, int[] doc) {
        return (a, b) -> score[a] > score[b] ? -1 : score[a] < score[b] ? 1 : Integer.compare(doc[b], doc[a]);
    }

    @Test
    void ordersAsTrecEvalsComparator() {
        Random rnd = new Random(20261123L);
        RankSort sort = new RankSort();
        double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0};
        for (int rep = 0; rep < 300; rep++) {
            int n = 1 + rnd.nextInt(rep % 3 == 0 ? 40 : 3000);
            double[] score = new double[n + 5];
            int[] doc = new int[n + 5];
            int docRange = rep % 4 == 0 ? Integer.MAX_VALUE : n + rnd.nextInt(rep % 2 == 0 ? 70_000 : 50);
            int[] docs = rnd.ints(0, docRange).distinct().limit(n).toArray();
            for (int i = 0; i < n; i++) {
                int row = i + 5;
                doc[row] = docs[i];
                switch (rep % 5) {
                    case 0 -> score[row] = rnd.nextInt(10) / 4.0;
                    case 1 -> score[row] = special[rnd.nextInt(special.length)];
                    case 2 -> score[row] = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20);
                    case 3 -> score[row] = Math.round(rnd.nextDouble() * 10_000) / 1000.0;
                    default -> score[row] = rnd.nextGaussian();
                }
            }
            Integer[] expected = new Integer[n];
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                expected[i] = i + 5;
                idx[i] = i + 5;
            }
            shuffle(idx, rnd);
            Arrays.sort(expected, trecEval(score, doc));
            sort.sort(idx, n, score, doc);
            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), idx, "rep " + rep);
        }
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
