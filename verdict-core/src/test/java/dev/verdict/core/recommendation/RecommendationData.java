package dev.verdict.core.recommendation;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random recommendation lists and catalog look-ups for the recommendation tests. */
final class RecommendationData {
    static final TaskContext CONTEXT = new TaskContext(Task.RECOMMENDATION, 0.5, List.of(), false, true);

    private RecommendationData() {
    }

    static Metric<?> metric(String name, Map<String, ?> params) {
        return MetricCatalog.require(Task.RECOMMENDATION, name).create(params, CONTEXT);
    }

    /** Every recommendation metric with several configurations. */
    static List<Metric<?>> all() {
        List<Metric<?>> out = new ArrayList<>();
        for (int k : new int[] {1, 4, 10}) {
            out.add(metric("catalog_coverage", Map.of("k", k)));
            out.add(metric("catalog_coverage", Map.of("k", k, "catalog_size", 500)));
            out.add(metric("gini_index", Map.of("k", k)));
            out.add(metric("gini_index", Map.of("k", k, "catalog_size", 500)));
            out.add(metric("shannon_entropy", Map.of("k", k)));
            out.add(metric("intra_list_diversity", Map.of("k", k)));
            out.add(metric("intra_list_diversity", Map.of("k", k, "by", "category")));
            out.add(metric("novelty", Map.of("k", k)));
            out.add(metric("personalization", Map.of("k", k)));
        }
        return out;
    }

    /** Users with lists of 1..12 distinct items out of 200, scores with ties (integers 0..4). */
    static Columns random(long seed, int users) {
        Random rnd = new Random(seed);
        List<int[]> pairs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int len = 1 + rnd.nextInt(12);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            while (seen.size() < len) {
                seen.add((int) Math.floor(200 * Math.pow(rnd.nextDouble(), 2)));
            }
            for (int it : seen) {
                pairs.add(new int[] {u * 7 - 50, it});
            }
        }
        int n = pairs.size();
        int[] group = new int[n];
        int[] item = new int[n];
        double[] score = new double[n];
        int[] category = new int[n];
        double[] pop = new double[n];
        double[][] features = new double[3][n];
        for (int i = 0; i < n; i++) {
            group[i] = pairs.get(i)[0];
            item[i] = pairs.get(i)[1];
            score[i] = rnd.nextInt(5);
            category[i] = item[i] % 5;
            pop[i] = 1.0 / (1 + item[i]);
            for (int d = 0; d < 3; d++) {
                features[d][i] = Math.sin(item[i] * (d + 1.0));
            }
        }
        return Columns.builder(n).group(group).item(item).score(score).label(category).relevance(pop)
                .features(features).build();
    }
}
