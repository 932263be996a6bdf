package dev.verdict.core.ranking;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Params;
import java.util.Locale;

/**
 * The validated configuration of one ranking metric.
 *
 * @param k rank cutoff, 0 = whole ranking
 * @param relevanceLevel judgments {@code >= relevanceLevel} are relevant (trec_eval {@code -l})
 * @param countMissingTopics qrels topics absent from the run count as 0 (trec_eval {@code -c})
 * @param version trec_eval major version reproduced: 10 or 9
 * @param maxDocs rank only the first maxDocs documents of each query, 0 = all (trec_eval {@code -M})
 * @param exponentialGain ndcg gain 2^rel - 1 instead of trec_eval's linear gain
 * @param recall the recall level of interpolated precision
 */
record RankingConfig(int k, int relevanceLevel, boolean countMissingTopics, int version, int maxDocs,
        boolean exponentialGain, double recall) {

    static final String K = "k";
    static final String LEVEL = "relevance_level";
    static final String MISSING = "count_missing_topics";
    static final String VERSION = "trec_eval_version";
    static final String MAX_DOCS = "max_docs";
    static final String GAIN = "gain";
    static final String RECALL = "recall";

    /** @return the configuration of metric {@code name} from its parsed parameters */
    static RankingConfig of(String name, Params p) {
        int k = p.has(K) ? p.getInt(K) : 0;
        if (p.has(K) && k < 1) {
            throw bad(name, K, k, "a rank cutoff >= 1");
        }
        int level = p.getInt(LEVEL);
        if (level < 0) {
            throw bad(name, LEVEL, level, "a relevance level >= 0");
        }
        int maxDocs = p.getInt(MAX_DOCS);
        if (maxDocs < 0) {
            throw bad(name, MAX_DOCS, maxDocs, ">= 0 (0 = no limit)");
        }
        double recall = p.has(RECALL) ? p.getDouble(RECALL) : 0.0;
        if (recall < 0.0 || recall > 1.0) {
            throw bad(name, RECALL, recall, "a recall level in [0, 1]");
        }
        boolean exp = p.has(GAIN) && p.getString(GAIN).equals("exponential");
        return new RankingConfig(k, level, p.getBoolean(MISSING), Integer.parseInt(p.getString(VERSION)), maxDocs,
                exp, recall);
    }

    private static InvalidInputException bad(String metric, String param, Object v, String expected) {
        return new InvalidInputException(String.format(Locale.ROOT, "metric %s parameter '%s' must be %s, got %s",
                metric, param, expected, v));
    }
}
