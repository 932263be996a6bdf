package dev.verdict.core.recommendation;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import java.util.Arrays;
import java.util.Map;

/**
 * Similarity-based list metrics:
 * <ul>
 *   <li>intra_list_diversity ({@code by}: {@code features} or {@code category}): mean over users with at least 2
 *   listed items of the mean over item pairs {@code i < j} of their top-k list of {@code 1 - sim(i, j)}, where sim is
 *   the cosine similarity of the rows' feature vectors (0 when either vector is zero, as
 *   {@code sklearn.metrics.pairwise.cosine_similarity}), or 1 for equal categories and 0 otherwise. This is
 *   1 - recmetrics {@code intra_list_similarity} (Ziegler et al. 2005). Users with one item are skipped; none left:
 *   NaN with a warning;</li>
 *   <li>personalization: {@code 1 - mean over user pairs u < v of |L_u ∩ L_v| / sqrt(|L_u| |L_v|)}, the cosine
 *   similarity of the users' binary item vectors, as recmetrics {@code personalization} (equal to
 *   {@code |L_u ∩ L_v| / k} when every list has k items). Computed per item: the sum over pairs is
 *   {@code 1/2 sum_i [(sum_{u: i in L_u} |L_u|^-1/2)^2 - sum_{u: i in L_u} 1/|L_u|]}. Fewer than 2 users: NaN with a
 *   warning.</li>
 * </ul>
 */
final class ListSimilarityMetric extends RecommendationBase {
    private final boolean personalization;

    ListSimilarityMetric(MetricDefinition definition, Params params, ListRowsState.Extra extra) {
        super(definition, params, extra);
        this.personalization = extra == null;
    }

    @Override
    MetricValue compute(ListRowsState state, TopLists lists) {
        return personalization ? personalization(state, lists) : diversity(state, lists);
    }

    private MetricValue diversity(ListRowsState state, TopLists lists) {
        boolean byFeatures = state.dim() > 0;
        double total = 0.0;
        int scored = 0;
        int[] rows = lists.rows();
        for (int u = 0; u < lists.users(); u++) {
            int from = lists.start()[u];
            int to = lists.start()[u + 1];
            if (to - from < 2) {
                continue;
            }
            double s = 0.0;
            for (int a = from; a < to; a++) {
                for (int b = a + 1; b < to; b++) {
                    s += byFeatures ? 1.0 - cosine(state, rows[a], rows[b])
                            : state.category(rows[a]) == state.category(rows[b]) ? 0.0 : 1.0;
                }
            }
            int len = to - from;
            total += s / (len * (len - 1) / 2.0);
            scored++;
        }
        Map<String, Object> detail = Map.of("users", lists.users(), "users_scored", scored);
        if (scored == 0) {
            return new MetricValue(Double.NaN, detail, "no user has 2 or more listed items");
        }
        return new MetricValue(total / scored, detail, null);
    }

    private static double cosine(ListRowsState s, int p, int q) {
        int dim = s.dim();
        double[] f = s.features();
        double dot = 0.0;
        double np = 0.0;
        double nq = 0.0;
        for (int d = 0; d < dim; d++) {
            double x = f[p * dim + d];
            double y = f[q * dim + d];
            dot += x * y;
            np += x * x;
            nq += y * y;
        }
        return np == 0.0 || nq == 0.0 ? 0.0 : dot / (Math.sqrt(np) * Math.sqrt(nq));
    }

    private static MetricValue personalization(ListRowsState state, TopLists lists) {
        int users = lists.users();
        if (users < 2) {
            return MetricValue.warn(Double.NaN, "personalization needs at least 2 users");
        }
        int m = lists.entries();
        long[] keyed = new long[m];
        for (int u = 0; u < users; u++) {
            for (int e = lists.start()[u]; e < lists.start()[u + 1]; e++) {
                keyed[e] = ((long) state.item(lists.rows()[e]) << 32) | u;
            }
        }
        Arrays.sort(keyed);
        double pairs = 0.0;
        double s = 0.0;
        double q = 0.0;
        for (int e = 0; e < m; e++) {
            int len = lists.length((int) keyed[e]);
            s += 1.0 / Math.sqrt(len);
            q += 1.0 / len;
            if (e + 1 == m || (keyed[e + 1] >> 32) != (keyed[e] >> 32)) {
                pairs += 0.5 * (s * s - q);
                s = 0.0;
                q = 0.0;
            }
        }
        double mean = pairs / (users * (users - 1.0) / 2.0);
        return new MetricValue(1.0 - mean, Map.of("users", users), null);
    }
}
