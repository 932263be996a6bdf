package dev.verdict.core.clustering;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.Task;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The clustering metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}.
 * Label-based metrics compare {@code predictedLabel} (cluster id) with {@code label} (true class); internal indices
 * use {@code predictedLabel} and {@code features}. Numbers match scikit-learn 1.2.1; see docs/metrics/clustering.md.
 */
public final class ClusteringMetrics {
    private static final String SK = "sklearn.metrics.";
    private static final ParamSpec AVERAGE = ParamSpec.ofChoice("average_method", "arithmetic",
            "mean of H(C) and H(K) used as normaliser", "min", "geometric", "arithmetic", "max");
    private static final ParamSpec BETA = ParamSpec.ofDouble("beta", 1.0,
            "weight of completeness against homogeneity (>= 0)");
    private static final ParamSpec SAMPLE_SIZE = ParamSpec.optionalInt("sample_size",
            "score a seeded random sample of this many rows (>= 2); all rows when omitted");
    private static final ParamSpec SEED = ParamSpec.ofInt("seed", 0, "seed of the sample_size sample");

    private ClusteringMetrics() {
    }

    /** @return every clustering metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of(
                labels("adjusted_rand_index", List.of("ari", "adjusted_rand_score"),
                        "Rand index adjusted for chance", SK + "adjusted_rand_score", List.of(),
                        LabelAgreementMetric.Kind.ARI),
                labels("normalized_mutual_info", List.of("nmi", "normalized_mutual_info_score"),
                        "MI / mean(H(C), H(K))", SK + "normalized_mutual_info_score", List.of(AVERAGE),
                        LabelAgreementMetric.Kind.NMI),
                labels("adjusted_mutual_info", List.of("ami", "adjusted_mutual_info_score"),
                        "(MI - E[MI]) / (mean(H(C), H(K)) - E[MI])", SK + "adjusted_mutual_info_score",
                        List.of(AVERAGE), LabelAgreementMetric.Kind.AMI),
                labels("homogeneity", List.of("homogeneity_score"), "MI / H(C): each cluster holds one class",
                        SK + "homogeneity_score", List.of(), LabelAgreementMetric.Kind.HOMOGENEITY),
                labels("completeness", List.of("completeness_score"), "MI / H(K): each class lies in one cluster",
                        SK + "completeness_score", List.of(), LabelAgreementMetric.Kind.COMPLETENESS),
                define("v_measure", List.of("v_measure_score"),
                        "weighted harmonic mean of homogeneity and completeness", SK + "v_measure_score",
                        List.of(BETA), true, ClusteringMetrics::vMeasure),
                labels("fowlkes_mallows", List.of("fowlkes_mallows_score", "fmi"),
                        "geometric mean of pairwise precision and recall", SK + "fowlkes_mallows_score", List.of(),
                        LabelAgreementMetric.Kind.FOWLKES_MALLOWS),
                labels("purity", List.of(), "sum over clusters of the largest class count / n",
                        "numpy formula on sklearn.metrics.cluster.contingency_matrix (no sklearn function)",
                        List.of(), LabelAgreementMetric.Kind.PURITY),
                define("silhouette", List.of("silhouette_score"), "mean silhouette coefficient (Euclidean)",
                        SK + "silhouette_score", List.of(SAMPLE_SIZE, SEED), true, ClusteringMetrics::silhouette),
                define("davies_bouldin", List.of("davies_bouldin_score"),
                        "mean over clusters of the worst (s_i + s_j) / d(c_i, c_j)", SK + "davies_bouldin_score",
                        List.of(), false, (d, p) -> new DispersionMetric(d, p, DispersionMetric.Kind.DAVIES_BOULDIN)),
                define("calinski_harabasz", List.of("calinski_harabasz_score", "variance_ratio"),
                        "between- over within-cluster dispersion, each per degree of freedom",
                        SK + "calinski_harabasz_score", List.of(), true,
                        (d, p) -> new DispersionMetric(d, p, DispersionMetric.Kind.CALINSKI_HARABASZ)));
    }

    private static MetricDefinition labels(String name, List<String> aliases, String summary, String reference,
            List<ParamSpec> params, LabelAgreementMetric.Kind kind) {
        return define(name, aliases, summary, reference, params, true,
                (d, p) -> new LabelAgreementMetric(d, p, kind));
    }

    private static Metric<?> vMeasure(MetricDefinition d, Params p) {
        double beta = p.getDouble("beta");
        if (beta < 0.0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric v_measure parameter 'beta' must be >= 0, got %s", beta));
        }
        return new LabelAgreementMetric(d, p, LabelAgreementMetric.Kind.V_MEASURE);
    }

    private static Metric<?> silhouette(MetricDefinition d, Params p) {
        if (p.has("sample_size") && p.getInt("sample_size") < 2) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric silhouette parameter 'sample_size' must be >= 2, got %d", p.getInt("sample_size")));
        }
        return new SilhouetteMetric(d, p);
    }

    private static MetricDefinition define(String name, List<String> aliases, String summary, String reference,
            List<ParamSpec> params, boolean largerIsBetter, BiFunction<MetricDefinition, Params, Metric<?>> make) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, aliases, Task.CLUSTERING, summary, reference, params, false,
                largerIsBetter, (p, context) -> make.apply(self[0], p));
        return self[0];
    }
}
