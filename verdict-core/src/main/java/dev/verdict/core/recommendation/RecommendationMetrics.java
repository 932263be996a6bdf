package dev.verdict.core.recommendation;

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
 * The recommendation metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}.
 * Lists come from {@code group} (user), {@code item} and {@code score} (larger = earlier; ties by item code). There is
 * no single reference tool: each definition and its source is stated in docs/metrics/recommendation.md.
 */
public final class RecommendationMetrics {
    private static final ParamSpec K = ParamSpec.ofInt("k", 10, "list cut-off: each user's top k items (>= 1)");
    private static final ParamSpec CATALOG = ParamSpec.optionalInt("catalog_size",
            "number of items in the catalogue (>= 1); default: distinct items in the data");
    private static final ParamSpec BY = ParamSpec.ofChoice("by", "features",
            "item dissimilarity: 1 - cosine of feature vectors, or different category", "features", "category");

    private RecommendationMetrics() {
    }

    /** @return every recommendation metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of(
                define("catalog_coverage", List.of("item_coverage"),
                        "distinct items in the top-k lists / catalogue size", "RecBole ItemCoverage",
                        List.of(K, CATALOG), true, (d, p) -> distribution(d, p, DistributionMetric.Kind.COVERAGE)),
                define("gini_index", List.of("gini"),
                        "Gini coefficient of item recommendation counts over the catalogue (0 = even)",
                        "RecBole GiniIndex", List.of(K, CATALOG), false,
                        (d, p) -> distribution(d, p, DistributionMetric.Kind.GINI)),
                define("shannon_entropy", List.of("entropy"),
                        "entropy (nats) of the item distribution in the top-k lists",
                        "Shannon entropy, natural log (Shani and Gunawardana 2011)", List.of(K), true,
                        (d, p) -> distribution(d, p, DistributionMetric.Kind.ENTROPY)),
                define("intra_list_diversity", List.of("ild"),
                        "mean pairwise dissimilarity within each top-k list, averaged over users",
                        "1 - recmetrics intra_list_similarity", List.of(K, BY), true,
                        RecommendationMetrics::diversity),
                define("novelty", List.of(), "mean -log2(popularity) of the recommended items",
                        "recmetrics novelty", List.of(K), true, (d, p) -> new NoveltyMetric(d, checkK(d, p))),
                define("personalization", List.of(),
                        "1 - mean cosine overlap of the top-k lists over user pairs", "recmetrics personalization",
                        List.of(K), true, (d, p) -> new ListSimilarityMetric(d, checkK(d, p), null)));
    }

    private static Params checkK(MetricDefinition d, Params p) {
        if (p.getInt("k") < 1) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s parameter 'k' must be >= 1, got %d", d.name(), p.getInt("k")));
        }
        return p;
    }

    private static Metric<?> distribution(MetricDefinition d, Params p, DistributionMetric.Kind kind) {
        checkK(d, p);
        if (p.has("catalog_size") && p.getInt("catalog_size") < 1) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s parameter 'catalog_size' must be >= 1, got %d", d.name(), p.getInt("catalog_size")));
        }
        return new DistributionMetric(d, p, kind);
    }

    private static Metric<?> diversity(MetricDefinition d, Params p) {
        ListRowsState.Extra extra = p.getString("by").equals("category") ? ListRowsState.Extra.CATEGORY
                : ListRowsState.Extra.FEATURES;
        return new ListSimilarityMetric(d, checkK(d, p), extra);
    }

    private static MetricDefinition define(String name, List<String> aliases, String summary, String reference,
            List<ParamSpec> params, boolean largerIsBetter, BiFunction<MetricDefinition, Params, Metric<?>> make) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, aliases, Task.RECOMMENDATION, summary, reference, params, false,
                largerIsBetter, (p, context) -> make.apply(self[0], p));
        return self[0];
    }
}
