package dev.verdict.core.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Feature rows with dense cluster indices {@code 0..k-1} (the sorted distinct cluster codes, as sklearn's
 * {@code LabelEncoder}), taken from a {@link FeatureRowsState} or from a seeded sample of it.
 *
 * @param n rows
 * @param dim feature columns
 * @param x features, row-major with stride {@code dim}
 * @param label dense cluster index per row
 * @param sizes rows per cluster
 */
record LabelledPoints(int n, int dim, double[] x, int[] label, int[] sizes) {

    /** @return number of clusters */
    int clusters() {
        return sizes.length;
    }

    /** @return every row of the state */
    static LabelledPoints of(FeatureRowsState s) {
        int n = s.rows();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return select(s, rows);
    }

    /**
     * A seeded random sample of {@code size} rows, independent of row order and chunking: the rows are first put in
     * a canonical order (cluster code, then features lexicographically), then the first {@code size} entries of a
     * Fisher-Yates shuffle driven by {@code SplittableRandom(seed)} are taken.
     */
    static LabelledPoints sample(FeatureRowsState s, int size, long seed) {
        int n = s.rows();
        if (size >= n) {
            return of(s);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int dim = s.dim();
        int[] c = s.clusters();
        double[] v = s.values();
        Arrays.sort(order, (p, q) -> {
            int cmp = Integer.compare(c[p], c[q]);
            for (int d = 0; cmp == 0 && d < dim; d++) {
                cmp = Double.compare(v[p * dim + d], v[q * dim + d]);
            }
            return cmp;
        });
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = order[i];
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
        return select(s, Arrays.copyOf(rows, size));
    }

    private static LabelledPoints select(FeatureRowsState s, int[] rows) {
        int n = rows.length;
        int dim = s.dim();
        int[] codes = new int[n];
        double[] x = new double[n * dim];
        for (int i = 0; i < n; i++) {
            codes[i] = s.clusters()[rows[i]];
            System.arraycopy(s.values(), rows[i] * dim, x, i * dim, dim);
        }
        int[] distinct = codes.clone();
        Arrays.sort(distinct);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || distinct[i] != distinct[k - 1]) {
                distinct[k++] = distinct[i];
            }
        }
        int[] label = new int[n];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            label[i] = Arrays.binarySearch(distinct, 0, k, codes[i]);
            sizes[label[i]]++;
        }
        return new LabelledPoints(n, dim, x, label, sizes);
    }

    /** @return Euclidean distance between rows {@code i} and {@code j} */
    double distance(int i, int j) {
        double s = 0.0;
        int a = i * dim;
        int b = j * dim;
        for (int d = 0; d < dim; d++) {
            double t = x[a + d] - x[b + d];
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** @return the per-cluster mean vectors, row-major with stride {@code dim} */
    double[] centroids() {
        double[] c = new double[clusters() * dim];
        for (int i = 0; i < n; i++) {
            int at = label[i] * dim;
            for (int d = 0; d < dim; d++) {
                c[at + d] += x[i * dim + d];
            }
        }
        for (int k = 0; k < clusters(); k++) {
            for (int d = 0; d < dim; d++) {
                c[k * dim + d] /= sizes[k];
            }
        }
        return c;
    }
}
