package dev.verdict.core.clustering;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * The rows of a clustering: each row's cluster code ({@link Columns#predictedLabel()}) and feature vector
 * ({@link Columns#features()}), kept row-major. Shared by silhouette, davies_bouldin and calinski_harabasz; merged
 * by concatenation. Feature values must be finite and every batch must have the same number of feature columns.
 */
final class FeatureRowsState implements MetricState<FeatureRowsState> {
    /** The shared spec; {@code metric} names the first metric using it, for error messages. */
    static StateSpec<FeatureRowsState> spec(String metric) {
        return new StateSpec<>("clustering.featureRows", () -> new FeatureRowsState(metric));
    }

    private final String metric;
    private int dim = -1;
    private int rows;
    private int[] cluster = new int[16];
    private double[] values = new double[0];

    FeatureRowsState(String metric) {
        this.metric = metric;
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] c = batch.predictedLabel();
        double[][] f = batch.features();
        if (c == null || f == null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs column %s", metric, c == null ? "predictedLabel (cluster id)" : "features"));
        }
        ClusteringInputs.rejectWeights(batch, metric);
        setDim(f.length);
        ensure(rows + (to - from));
        for (int i = from; i < to; i++) {
            int at = rows * dim;
            for (int d = 0; d < dim; d++) {
                double x = f[d][i];
                if (!Double.isFinite(x)) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "metric %s: column features[%d] has non-finite value %s at row %d", metric, d, x, i));
                }
                values[at + d] = x;
            }
            cluster[rows++] = c[i];
        }
    }

    @Override
    public FeatureRowsState combine(FeatureRowsState other) {
        if (other.rows == 0) {
            return this;
        }
        setDim(other.dim);
        ensure(rows + other.rows);
        System.arraycopy(other.cluster, 0, cluster, rows, other.rows);
        System.arraycopy(other.values, 0, values, rows * dim, other.rows * dim);
        rows += other.rows;
        return this;
    }

    private void setDim(int d) {
        if (dim >= 0 && dim != d && rows > 0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s: column features has %d columns in one batch and %d in another", metric, dim, d));
        }
        if (d == 0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s: column features has no feature columns", metric));
        }
        if (dim != d) {
            dim = d;
            values = new double[Math.max(cluster.length, 16) * d];
        }
    }

    private void ensure(int capacity) {
        if (capacity > cluster.length) {
            int cap = Math.max(capacity, cluster.length * 2);
            cluster = Arrays.copyOf(cluster, cap);
        }
        if ((long) capacity * dim > values.length) {
            values = Arrays.copyOf(values, Math.max(capacity, cluster.length) * dim);
        }
    }

    /** @return number of rows */
    int rows() {
        return rows;
    }

    /** @return number of feature columns (0 before any row) */
    int dim() {
        return Math.max(dim, 0);
    }

    /** @return the cluster codes (the first {@link #rows()} entries are valid; do not modify) */
    int[] clusters() {
        return cluster;
    }

    /** @return the features, row-major with stride {@link #dim()} (first rows * dim entries valid; do not modify) */
    double[] values() {
        return values;
    }
}
