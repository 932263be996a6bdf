package dev.verdict.core.recommendation;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;

/**
 * Novelty: the mean self-information of recommended items, {@code mean over users u of (1/|L_u|) sum_{i in L_u}
 * -log2 p_i}, where {@code L_u} is u's top-k list and {@code p_i} in (0, 1] is the item's popularity (share of users
 * who interacted with it), read from the row's {@code relevance} column (the plan layer fills it from an interactions
 * table). As recmetrics {@code novelty(predicted, pop, u, n)} (Kaminskas and Bridge 2016), except that each list is
 * divided by its own length, not by a fixed n (the same when every list has k items).
 */
final class NoveltyMetric extends RecommendationBase {

    NoveltyMetric(MetricDefinition definition, Params params) {
        super(definition, params, ListRowsState.Extra.POPULARITY);
    }

    @Override
    MetricValue compute(ListRowsState state, TopLists lists) {
        double total = 0.0;
        double log2 = Math.log(2.0);
        int[] rows = lists.rows();
        for (int u = 0; u < lists.users(); u++) {
            double s = 0.0;
            for (int e = lists.start()[u]; e < lists.start()[u + 1]; e++) {
                s -= Math.log(state.popularity(rows[e])) / log2;
            }
            total += s / lists.length(u);
        }
        return MetricValue.of(total / lists.users());
    }
}
