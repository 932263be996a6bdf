package dev.verdict.core.clustering;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import java.util.Map;

/**
 * Mean silhouette coefficient with Euclidean distance, as {@code sklearn.metrics.silhouette_score} (scikit-learn
 * 1.2.1). For row {@code i} in cluster {@code A}: {@code a = sum_{j in A} d(i, j) / (|A| - 1)},
 * {@code b = min over clusters B != A of mean_{j in B} d(i, j)}, {@code s = (b - a) / max(a, b)}; rows of singleton
 * clusters and 0/0 give {@code s = 0} (sklearn's {@code nan_to_num}). The score is the mean of {@code s}.
 *
 * <p>Exact O(n^2 d): one pass over the pairs {@code i < j} adds {@code d(i, j)} to both rows' per-cluster sums (or, when
 * n * clusters is too large to keep, one pass per row). Distances are computed as {@code sqrt(sum (x - y)^2)}, not by
 * sklearn's dot-product expansion, so they are slightly more accurate. With {@code sample_size} a seeded random
 * sample of rows is scored ({@link LabelledPoints#sample}); the sample differs from sklearn's
 * {@code RandomState.permutation}. Fewer than 2 or more than n - 1 clusters: NaN with a warning (sklearn raises).
 */
final class SilhouetteMetric extends AbstractMetric<FeatureRowsState> {
    private static final long MAX_SUMS = 1L << 22;

    SilhouetteMetric(MetricDefinition definition, Params params) {
        super(definition, params);
    }

    @Override
    public StateSpec<FeatureRowsState> stateSpec() {
        return FeatureRowsState.spec(definition().name());
    }

    @Override
    public MetricValue compute(FeatureRowsState state) {
        if (state.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        LabelledPoints p = params().has("sample_size")
                ? LabelledPoints.sample(state, params().getInt("sample_size"), params().getInt("seed"))
                : LabelledPoints.of(state);
        String invalid = DispersionMetric.checkClusterCount(p);
        if (invalid != null) {
            return MetricValue.warn(Double.NaN, invalid);
        }
        double[] sums = (long) p.n() * p.clusters() <= MAX_SUMS ? pairSums(p) : null;
        double total = 0.0;
        double[] row = sums == null ? new double[p.clusters()] : null;
        for (int i = 0; i < p.n(); i++) {
            if (sums == null) {
                rowSums(p, i, row);
                total += coefficient(p, i, row, 0);
            } else {
                total += coefficient(p, i, sums, i * p.clusters());
            }
        }
        return new MetricValue(total / p.n(), Map.of("n_rows", p.n(), "n_clusters", p.clusters()), null);
    }

    private static double[] pairSums(LabelledPoints p) {
        int k = p.clusters();
        int[] label = p.label();
        double[] sums = new double[p.n() * k];
        for (int i = 0; i < p.n(); i++) {
            int li = label[i];
            int rowI = i * k;
            for (int j = i + 1; j < p.n(); j++) {
                double d = p.distance(i, j);
                sums[rowI + label[j]] += d;
                sums[j * k + li] += d;
            }
        }
        return sums;
    }

    private static void rowSums(LabelledPoints p, int i, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int j = 0; j < p.n(); j++) {
            if (j != i) {
                out[p.label()[j]] += p.distance(i, j);
            }
        }
    }

    private static double coefficient(LabelledPoints p, int i, double[] sums, int at) {
        int own = p.label()[i];
        int[] sizes = p.sizes();
        if (sizes[own] == 1) {
            return 0.0;
        }
        double a = sums[at + own] / (sizes[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sizes.length; c++) {
            if (c != own) {
                b = Math.min(b, sums[at + c] / sizes[c]);
            }
        }
        double den = Math.max(a, b);
        return den == 0.0 ? 0.0 : (b - a) / den;
    }
}
