package dev.verdict.core.clustering;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * Counts of every (true class, cluster) pair: the contingency matrix of {@code sklearn.metrics.cluster
 * .contingency_matrix}, shared by every label-based clustering metric. Codes may be sparse or negative: pairs are
 * kept in a primitive hash of {@code (class << 32) | cluster} keys. Merging adds counts.
 *
 * <p>scikit-learn's clustering metrics take no sample weights, so a batch with a weight column is rejected.
 */
final class ContingencyState implements MetricState<ContingencyState> {
    /** The shared spec; {@code metric} names the first metric using it, for error messages. */
    static StateSpec<ContingencyState> spec(String metric) {
        return new StateSpec<>("clustering.contingency", () -> new ContingencyState(metric));
    }

    private final String metric;
    private final LongCountMap pairs = new LongCountMap();
    private long rows;
    private ContingencyTable table;

    ContingencyState(String metric) {
        this.metric = metric;
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] truth = batch.label();
        int[] cluster = batch.predictedLabel();
        if (truth == null || cluster == null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs column %s (true class) and predictedLabel (cluster id)", metric,
                    truth == null ? "label" : "predictedLabel"));
        }
        ClusteringInputs.rejectWeights(batch, metric);
        for (int i = from; i < to; i++) {
            pairs.add(((long) truth[i] << 32) | (cluster[i] & 0xFFFFFFFFL), 1L);
        }
        rows += to - from;
        table = null;
    }

    @Override
    public ContingencyState combine(ContingencyState other) {
        pairs.addAll(other.pairs);
        rows += other.rows;
        table = null;
        return this;
    }

    /** @return number of rows seen */
    long rows() {
        return rows;
    }

    /** @return the dense-indexed contingency table (cached until the state changes) */
    ContingencyTable table() {
        if (table == null) {
            table = build();
        }
        return table;
    }

    private ContingencyTable build() {
        long[] keys = pairs.keys();
        Arrays.sort(keys);
        int[] classCodes = distinct(keys, true);
        int[] clusterCodes = distinct(keys, false);
        int nz = keys.length;
        int[] row = new int[nz];
        int[] col = new int[nz];
        long[] count = new long[nz];
        long[] a = new long[classCodes.length];
        long[] b = new long[clusterCodes.length];
        for (int e = 0; e < nz; e++) {
            row[e] = Arrays.binarySearch(classCodes, (int) (keys[e] >> 32));
            col[e] = Arrays.binarySearch(clusterCodes, (int) keys[e]);
            count[e] = pairs.get(keys[e]);
            a[row[e]] += count[e];
            b[col[e]] += count[e];
        }
        return new ContingencyTable(rows, a, b, row, col, count);
    }

    private static int[] distinct(long[] keys, boolean high) {
        int[] codes = new int[keys.length];
        for (int e = 0; e < keys.length; e++) {
            codes[e] = high ? (int) (keys[e] >> 32) : (int) keys[e];
        }
        Arrays.sort(codes);
        int k = 0;
        for (int e = 0; e < codes.length; e++) {
            if (k == 0 || codes[e] != codes[k - 1]) {
                codes[k++] = codes[e];
            }
        }
        return Arrays.copyOf(codes, k);
    }
}
