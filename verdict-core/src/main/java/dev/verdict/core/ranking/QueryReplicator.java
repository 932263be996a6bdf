package dev.verdict.core.ranking;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Resamplable;
import java.util.Arrays;

/**
 * Fast resampling of a ranking metric over queries. The unit of a ranking metric is the query: its value is the mean
 * of per-query values, and a bootstrap resample draws whole queries (clustered resampling by query), all rows of a
 * query getting the query's count. The metric is computed once on all rows; a replicate is the count-weighted mean of
 * the per-query values, sum_q c_q v_q / sum_q c_q: exactly the metric on the resample in which a query drawn c times
 * appears as c distinct queries (as the generic path relabels copies), since a query's value depends on its own rows
 * only. Rows of queries that are not evaluated (run-only topics) do not count. NaN when no evaluated query is drawn.
 *
 * <p>Counts that differ between rows of one query (row resampling, which splits or duplicates a query's documents)
 * are not a resample of queries: that replicate is recomputed on the materialised rows, as the generic path does.
 */
final class QueryReplicator implements Resamplable.Replicator {
    private final RankingMetric metric;
    private final Columns rows;
    /** Index of each row's query in {@link #values}, or -1 when the query is not evaluated. */
    private final int[] queryOfRow;
    private final double[] values;
    private final int[] queryCount;

    private QueryReplicator(RankingMetric metric, Columns rows, int[] queryOfRow, double[] values) {
        this.metric = metric;
        this.rows = rows;
        this.queryOfRow = queryOfRow;
        this.values = values;
        this.queryCount = new int[values.length];
    }

    /** @return the replicator, or null when the metric has no per-query values on these rows */
    static QueryReplicator prepare(RankingMetric metric, Columns rows) {
        MetricValue v = value(metric, rows);
        if (!(v.detail().get("queries") instanceof int[] codes) || !(v.detail().get("per_query") instanceof double[] pq)
                || codes.length != ((Number) v.detail().get("num_q")).intValue()) {
            return null;
        }
        int[] group = rows.group();
        int[] queryOfRow = new int[rows.size()];
        for (int i = 0; i < queryOfRow.length; i++) {
            int k = Arrays.binarySearch(codes, group[i]);
            queryOfRow[i] = k >= 0 ? k : -1;
        }
        return new QueryReplicator(metric, rows, queryOfRow, pq);
    }

    private static MetricValue value(RankingMetric metric, Columns rows) {
        RankingState s = metric.stateSpec().newState();
        s.accept(rows);
        return metric.compute(s);
    }

    @Override
    public double value(int[] counts) {
        Arrays.fill(queryCount, -1);
        for (int i = 0; i < queryOfRow.length; i++) {
            int q = queryOfRow[i];
            if (q >= 0) {
                if (queryCount[q] < 0) {
                    queryCount[q] = counts[i];
                } else if (queryCount[q] != counts[i]) {
                    return recompute(counts);
                }
            }
        }
        double sum = 0;
        long n = 0;
        for (int q = 0; q < values.length; q++) {
            int c = Math.max(queryCount[q], 0);
            sum += c * values[q];
            n += c;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private double recompute(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] idx = new int[total];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                idx[k++] = i;
            }
        }
        return value(metric, rows.select(idx, total)).value();
    }

    @Override
    public Resamplable.Replicator fork() {
        return new QueryReplicator(metric, rows, queryOfRow, values);
    }
}
