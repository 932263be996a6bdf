package dev.verdict.core.multiclass;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class IndexSortTest {
    @Test
    void sortsIndicesByDescendingKeyKeepingTieOrder() {
        Random rnd = new Random(99);
        for (int m : new int[] {0, 1, 2, 7, 64, 1000}) {
            double[] key = new double[m];
            int[] idx = new int[m];
            for (int i = 0; i < m; i++) {
                key[i] = rnd.nextInt(10);
                idx[i] = i;
            }
            IndexSort.descending(idx, m, key);
            for (int j = 1; j < m; j++) {
                boolean ordered = key[idx[j - 1]] > key[idx[j]]
                        || (key[idx[j - 1]] == key[idx[j]] && idx[j - 1] < idx[j]);
                assertTrue(ordered, "position " + j + " of " + m);
            }
        }
    }
}
