package dev.verdict.core.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

final class IndexSortTest {
    @Test
    void ordersBySuccessiveKeysAndKeepsFullTiesStable() {
        double[] a = {2, 1, 2, 1, 0};
        double[] b = {5, 9, 4, 9, 7};
        assertArrayEquals(new int[] {4, 1, 3, 2, 0}, IndexSort.order(5, a, b));
        assertArrayEquals(new int[0], IndexSort.order(0, a));
    }
}
