package dev.verdict.core.recommendation;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Metrics of how the top-k recommendations spread over the catalogue. {@code c_i} = number of users whose top-k
 * list holds item {@code i}, {@code C = sum c_i}, {@code N} = catalogue size ({@code catalog_size}, or by default
 * the number of distinct items anywhere in the data; the detail says which):
 * <ul>
 *   <li>catalog_coverage: (number of items with {@code c_i > 0}) / N (RecBole {@code ItemCoverage});</li>
 *   <li>gini_index: with the N counts (never-recommended items as zeros) sorted ascending {@code c_(1..N)},
 *   {@code G = sum_j (2j - N - 1) c_(j) / (N C)}, the standard Gini coefficient of the recommendation counts as in
 *   RecBole {@code GiniIndex}; 0 = all items equally often, (N - 1)/N = one item only. (Shani and Gunawardana 2011
 *   divide by N - 1 instead of N.);</li>
 *   <li>shannon_entropy: {@code -sum_i p_i ln p_i} with {@code p_i = c_i / C}, in nats (natural log).</li>
 * </ul>
 */
final class DistributionMetric extends RecommendationBase {
    /** The closed set of distribution metrics. */
    enum Kind { COVERAGE, GINI, ENTROPY }

    private final Kind kind;
    private final Params params;

    DistributionMetric(MetricDefinition definition, Params params, Kind kind) {
        super(definition, params, null);
        this.kind = kind;
        this.params = params;
    }

    @Override
    MetricValue compute(ListRowsState state, TopLists lists) {
        long[] counts = lists.itemCounts();
        if (kind == Kind.ENTROPY) {
            return MetricValue.of(entropy(counts, lists.entries()));
        }
        boolean given = params.has("catalog_size");
        int n = given ? params.getInt("catalog_size") : lists.itemsInData();
        if (n < lists.itemsInData()) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s parameter 'catalog_size' is %d but the data holds %d distinct items",
                    definition().name(), n, lists.itemsInData()));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("catalog_size", n);
        detail.put("catalog_size_source", given ? "parameter catalog_size" : "distinct items in the data");
        detail.put("recommended_items", counts.length);
        double value = kind == Kind.COVERAGE ? counts.length / (double) n : gini(counts, n, lists.entries());
        return new MetricValue(value, detail, null);
    }

    private static double entropy(long[] counts, long total) {
        double h = 0.0;
        for (long c : counts) {
            double p = c / (double) total;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static double gini(long[] counts, int n, long total) {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        int zeros = n - sorted.length;
        double s = 0.0;
        for (int j = 0; j < sorted.length; j++) {
            long rank = zeros + j + 1L;
            s += (2 * rank - n - 1) * (double) sorted[j];
        }
        return s / ((double) n * total);
    }
}
