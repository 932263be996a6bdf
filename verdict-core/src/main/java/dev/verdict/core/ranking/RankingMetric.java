package dev.verdict.core.ranking;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.Resamplable;
import dev.verdict.core.StateSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A configured trec_eval measure: computes one value per evaluated query and reports their mean, as trec_eval's
 * {@code all} line.
 *
 * <p><b>Which queries are evaluated.</b> Topics that appear only in the run are ignored. trec_eval 10 (default)
 * evaluates every qrels topic: a qrels topic absent from the run is an error, reported as
 * {@link InvalidInputException} from {@link #compute} naming the missing query codes, unless
 * {@code count_missing_topics} ({@code -c}) is set, in which case it is evaluated with an empty ranking (every
 * measure 0, num_ret 0). trec_eval 9 evaluates the topics present in both; with {@code -c} the missing qrels topics
 * count as 0 in the mean and in num_q (same mean as 10 with {@code -c}) but, as trec_eval 9 prints them, they are
 * not listed per query and add nothing to the num_ret sum (trec_eval 9's num_rel total then counts every judgment
 * {@code > 0} of every qrels topic, ignoring the relevance level, as it does); without {@code -c} they are skipped silently.
 *
 * <p><b>Result.</b> value = mean over evaluated queries (NaN with a warning when there is none). detail:
 * {@code num_q}; {@code queries} (query codes, increasing) and {@code per_query} (values) as parallel arrays;
 * trec_eval's {@code num_ret}, {@code num_rel}, {@code num_rel_ret} summed over the evaluated queries and per query
 * ({@code per_query_num_ret}, ...). A 0 that stands for 0/0 (no relevant document) sets a warning.
 *
 * <p><b>Resampling.</b> The unit is the query: {@link #replicator} gives the count-weighted mean of the per-query
 * values ({@link QueryReplicator}), for a bootstrap clustered by query.
 */
final class RankingMetric extends AbstractMetric<RankingState> implements Resamplable {
    private static final StateSpec<RankingState> SPEC = new StateSpec<>(RankingState.KEY, RankingState::new);

    private final RankingMeasure measure;
    private final RankingConfig config;

    RankingMetric(MetricDefinition definition, Params params, RankingMeasure measure) {
        super(definition, params);
        this.measure = measure;
        this.config = RankingConfig.of(definition.name(), params);
    }

    @Override
    public StateSpec<RankingState> stateSpec() {
        return SPEC;
    }

    @Override
    public Replicator replicator(Columns rows) {
        return QueryReplicator.prepare(this, rows);
    }

    @Override
    public MetricValue compute(RankingState state) {
        if (state.isEmpty()) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        RankedLists lists = state.lists();
        int[] evaluated = evaluatedQueries(lists);
        int nq = evaluated.length;
        int zeros = config.version() < 10 && config.countMissingTopics() ? missingTopics(lists) : 0;
        if (nq + zeros == 0) {
            return MetricValue.warn(Double.NaN, "no query has both run rows and judgments");
        }
        int[] codes = new int[nq];
        double[] values = new double[nq];
        int[] numRet = new int[nq];
        int[] numRel = new int[nq];
        int[] numRelRet = new int[nq];
        int undefined = 0;
        double sum = 0.0;
        for (int i = 0; i < nq; i++) {
            int q = evaluated[i];
            codes[i] = lists.queryCode(q);
            int from = lists.runStart[q];
            int n = lists.runStart[q + 1] - from;
            if (config.maxDocs() > 0) {
                n = Math.min(n, config.maxDocs());
            }
            int j0 = lists.judgStart[q];
            int j1 = lists.judgStart[q + 1];
            int lv = config.relevanceLevel();
            numRet[i] = n;
            numRel[i] = TrecKernels.numRel(lists.judgRel, j0, j1, lv);
            numRelRet[i] = TrecKernels.relRet(lists.rankedRel, from, n, lv);
            values[i] = measure.compute(config, lists.rankedRel, from, n, numRel[i], lists.judgRel, j0, j1);
            if (measure.dividesByRelevant && noRelevant(lists, j0, j1, numRel[i])) {
                undefined++;
            }
            sum += values[i];
        }
        String warning = undefined == 0 ? null : String.format(Locale.ROOT,
                "%d of %d queries have no relevant document; their value is 0 (trec_eval convention)", undefined,
                nq);
        Map<String, Object> detail = detail(nq + zeros, codes, values, numRet, numRel, numRelRet);
        if (config.version() < 10 && config.countMissingTopics()) {
            detail.put("num_rel", positiveJudgments(lists));
        }
        return new MetricValue(sum / (nq + zeros), detail, warning);
    }

    private boolean noRelevant(RankedLists lists, int j0, int j1, int numRel) {
        if (measure == RankingMeasure.NDCG) {
            return j1 == j0 || !(TrecKernels.gain(lists.judgRel[j0], config.exponentialGain()) > 0);
        }
        return numRel == 0;
    }

    /** @return dense indices of the queries to evaluate, increasing query code */
    private int[] evaluatedQueries(RankedLists lists) {
        int[] out = new int[lists.size()];
        int n = 0;
        StringBuilder missing = new StringBuilder();
        int nMissing = 0;
        for (int q = 0; q < lists.size(); q++) {
            if (!lists.inQrels(q)) {
                continue;
            }
            if (lists.inRun(q) || (config.countMissingTopics() && config.version() >= 10)) {
                out[n++] = q;
            } else if (config.version() >= 10 && !config.countMissingTopics()) {
                if (nMissing++ < 20) {
                    missing.append(nMissing > 1 ? ", " : "").append(lists.queryCode(q));
                }
            }
        }
        if (nMissing > 0) {
            throw new InvalidInputException(String.format(Locale.ROOT, "metric %s: %d qrels topic(s) have no run "
                    + "rows (query codes %s%s); trec_eval 10 stops with an error here. Set count_missing_topics: true "
                    + "to count them as 0 (trec_eval -c)", name(), nMissing, missing, nMissing > 20 ? ", ..." : ""));
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** trec_eval 9 with -c: its num_rel total counts judgments > 0 of every qrels topic, whatever the level. */
    private static long positiveJudgments(RankedLists lists) {
        long n = 0;
        for (double r : lists.judgRel) {
            if (r > 0) {
                n++;
            }
        }
        return n;
    }

    /** @return the number of qrels topics without run rows */
    private static int missingTopics(RankedLists lists) {
        int n = 0;
        for (int q = 0; q < lists.size(); q++) {
            if (lists.inQrels(q) && !lists.inRun(q)) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Object> detail(int numQ, int[] codes, double[] values, int[] numRet, int[] numRel,
            int[] numRelRet) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("num_q", numQ);
        d.put("num_ret", total(numRet));
        d.put("num_rel", total(numRel));
        d.put("num_rel_ret", total(numRelRet));
        d.put("queries", codes);
        d.put("per_query", values);
        d.put("per_query_num_ret", numRet);
        d.put("per_query_num_rel", numRel);
        d.put("per_query_num_rel_ret", numRelRet);
        return d;
    }

    private static long total(int[] a) {
        long s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }
}
