package dev.verdict.core.clustering;

/**
 * A sparse contingency matrix: {@code count[e]} rows have true class {@code row[e]} and cluster {@code col[e]}
 * (dense indices of the sorted distinct codes); only non-zero cells are listed.
 *
 * @param n number of rows
 * @param classSizes rows per true class ({@code a_i}, the row sums)
 * @param clusterSizes rows per cluster ({@code b_j}, the column sums)
 * @param row class index of each non-zero cell
 * @param col cluster index of each non-zero cell
 * @param count the cell counts
 */
record ContingencyTable(long n, long[] classSizes, long[] clusterSizes, int[] row, int[] col, long[] count) {

    /** @return number of distinct true classes */
    int classes() {
        return classSizes.length;
    }

    /** @return number of distinct clusters */
    int clusters() {
        return clusterSizes.length;
    }

    /** @return sum of squared cell counts */
    long sumSquares() {
        long s = 0;
        for (long c : count) {
            s += c * c;
        }
        return s;
    }

    /**
     * Entropy (natural log) of a labelling with the given group sizes, as {@code sklearn.metrics.cluster.entropy}:
     * {@code -sum (p_i / n) (log p_i - log n)}, 0 for a single group.
     */
    static double entropy(long[] sizes) {
        if (sizes.length <= 1) {
            return 0.0;
        }
        double total = 0.0;
        for (long s : sizes) {
            total += s;
        }
        double logTotal = Math.log(total);
        double h = 0.0;
        for (long s : sizes) {
            h += (s / total) * (Math.log(s) - logTotal);
        }
        return -h;
    }

    /**
     * Mutual information (natural log) as {@code sklearn.metrics.mutual_info_score}: per cell
     * {@code c/n (log c - log n) + c/n (log n_a + log n_b - log(a_i b_j))}, cells below machine epsilon in magnitude
     * dropped, the sum clipped at 0; 0 when either labelling has a single group.
     */
    double mutualInformation() {
        if (classes() == 1 || clusters() == 1) {
            return 0.0;
        }
        double logN = Math.log((double) n);
        double mi = 0.0;
        for (int e = 0; e < count.length; e++) {
            double cnm = count[e] / (double) n;
            double outer = (double) (classSizes[row[e]] * clusterSizes[col[e]]);
            double logOuter = -Math.log(outer) + logN + logN;
            double term = cnm * (Math.log(count[e]) - logN) + cnm * logOuter;
            if (Math.abs(term) >= Math.ulp(1.0)) {
                mi += term;
            }
        }
        return Math.max(mi, 0.0);
    }
}
