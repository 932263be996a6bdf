package dev.verdict.core.clustering;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import java.util.Locale;
import java.util.Map;

/**
 * Centroid-based internal clustering indices from the shared {@link FeatureRowsState} (scikit-learn 1.2.1), with
 * cluster centroids {@code m_k}, overall mean {@code m} and cluster sizes {@code n_k}:
 * <ul>
 *   <li>davies_bouldin ({@code sklearn.metrics.davies_bouldin_score}): {@code s_k} = mean distance of cluster k's rows
 *   to {@code m_k}; {@code DB = mean_k max_{l != k} (s_k + s_l) / d(m_k, m_l)}; 0.0 when every {@code s_k} or every
 *   centroid distance is within 1e-8 of 0 (numpy {@code allclose}); coincident centroids are skipped (distance
 *   treated as infinite);</li>
 *   <li>calinski_harabasz ({@code sklearn.metrics.calinski_harabasz_score}):
 *   {@code [sum_k n_k |m_k - m|^2 / (k - 1)] / [sum_k sum_{i in k} |x_i - m_k|^2 / (n - k)]}; 1.0 when the
 *   within-cluster dispersion is 0 (with a warning).</li>
 * </ul>
 * Fewer than 2 or more than n - 1 clusters: NaN with a warning (sklearn raises ValueError).
 */
final class DispersionMetric extends AbstractMetric<FeatureRowsState> {
    /** The closed set of centroid-based indices. */
    enum Kind { DAVIES_BOULDIN, CALINSKI_HARABASZ }

    private final Kind kind;

    DispersionMetric(MetricDefinition definition, Params params, Kind kind) {
        super(definition, params);
        this.kind = kind;
    }

    @Override
    public StateSpec<FeatureRowsState> stateSpec() {
        return FeatureRowsState.spec(definition().name());
    }

    /** @return why the cluster count is outside sklearn's {@code 2 <= k <= n - 1}, or null when it is valid */
    static String checkClusterCount(LabelledPoints p) {
        int k = p.clusters();
        if (k < 2 || k > p.n() - 1) {
            return String.format(Locale.ROOT, "number of clusters is %d; valid values are 2 to n_rows - 1 = %d", k,
                    p.n() - 1);
        }
        return null;
    }

    @Override
    public MetricValue compute(FeatureRowsState state) {
        if (state.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        LabelledPoints p = LabelledPoints.of(state);
        String invalid = checkClusterCount(p);
        if (invalid != null) {
            return MetricValue.warn(Double.NaN, invalid);
        }
        MetricValue v = kind == Kind.DAVIES_BOULDIN ? daviesBouldin(p) : calinskiHarabasz(p);
        return v.withDetail(Map.of("n_rows", p.n(), "n_clusters", p.clusters()));
    }

    private static MetricValue daviesBouldin(LabelledPoints p) {
        int k = p.clusters();
        int dim = p.dim();
        double[] c = p.centroids();
        double[] intra = new double[k];
        for (int i = 0; i < p.n(); i++) {
            intra[p.label()[i]] += distance(p.x(), i * dim, c, p.label()[i] * dim, dim);
        }
        boolean intraZero = true;
        for (int a = 0; a < k; a++) {
            intra[a] /= p.sizes()[a];
            intraZero &= Math.abs(intra[a]) <= 1e-8;
        }
        double[] between = new double[k * k];
        boolean betweenZero = true;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                between[a * k + b] = a == b ? 0.0 : distance(c, a * dim, c, b * dim, dim);
                betweenZero &= between[a * k + b] <= 1e-8;
            }
        }
        if (intraZero || betweenZero) {
            return MetricValue.warn(0.0, "all cluster spreads or all centroid distances are 0: 0.0 as sklearn");
        }
        double total = 0.0;
        for (int a = 0; a < k; a++) {
            double worst = 0.0;
            for (int b = 0; b < k; b++) {
                double d = between[a * k + b];
                if (d != 0.0) {
                    worst = Math.max(worst, (intra[a] + intra[b]) / d);
                }
            }
            total += worst;
        }
        return MetricValue.of(total / k);
    }

    private static MetricValue calinskiHarabasz(LabelledPoints p) {
        int k = p.clusters();
        int dim = p.dim();
        double[] c = p.centroids();
        double[] mean = new double[dim];
        for (int i = 0; i < p.n(); i++) {
            for (int d = 0; d < dim; d++) {
                mean[d] += p.x()[i * dim + d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= p.n();
        }
        double extra = 0.0;
        for (int a = 0; a < k; a++) {
            extra += p.sizes()[a] * squared(c, a * dim, mean, 0, dim);
        }
        double intra = 0.0;
        for (int i = 0; i < p.n(); i++) {
            intra += squared(p.x(), i * dim, c, p.label()[i] * dim, dim);
        }
        if (intra == 0.0) {
            return MetricValue.warn(1.0, "within-cluster dispersion is 0: 1.0 as sklearn");
        }
        return MetricValue.of(extra * (p.n() - k) / (intra * (k - 1.0)));
    }

    private static double distance(double[] u, int a, double[] v, int b, int dim) {
        return Math.sqrt(squared(u, a, v, b, dim));
    }

    private static double squared(double[] u, int a, double[] v, int b, int dim) {
        double s = 0.0;
        for (int d = 0; d < dim; d++) {
            double t = u[a + d] - v[b + d];
            s += t * t;
        }
        return s;
    }
}
