package dev.verdict.core.ranking;

/** The closed set of trec_eval measures this family implements, and how each is computed for one query. */
enum RankingMeasure {
    /** {@code map} / {@code map_cut_k}. */
    MAP(true),
    /** {@code P_k}. */
    PRECISION(false),
    /** {@code recall_k}. */
    RECALL(true),
    /** {@code ndcg} / {@code ndcg_cut_k}. */
    NDCG(true),
    /** {@code recip_rank}. */
    RECIPROCAL_RANK(false),
    /** {@code Rprec}. */
    R_PRECISION(true),
    /** {@code bpref}. */
    BPREF(true),
    /** {@code success_k}. */
    SUCCESS(false),
    /** {@code iprec_at_recall_x}. */
    INTERPOLATED_PRECISION(false),
    /** {@code 11pt_avg}. */
    ELEVEN_POINT(false);

    /** Whether a query without relevant documents gets a 0 that stands for 0/0 (then a warning is set). */
    final boolean dividesByRelevant;

    RankingMeasure(boolean dividesByRelevant) {
        this.dividesByRelevant = dividesByRelevant;
    }

    /**
     * @param c the metric configuration
     * @param rel ranked judgments
     * @param from first rank
     * @param n ranks to read (num_ret after truncation)
     * @param numRel relevant judgments of the query
     * @param judg judgments, descending
     * @param j0 first judgment
     * @param j1 end of judgments
     * @return the query's value
     */
    double compute(RankingConfig c, double[] rel, int from, int n, int numRel, double[] judg, int j0, int j1) {
        int lv = c.relevanceLevel();
        switch (this) {
            case MAP:
                return TrecKernels.averagePrecision(rel, from, n, lv, numRel, c.k());
            case PRECISION:
                return TrecKernels.precision(rel, from, n, lv, c.k());
            case RECALL:
                return TrecKernels.recall(rel, from, n, lv, numRel, c.k());
            case NDCG:
                return TrecKernels.ndcg(rel, from, n, c.k(), c.exponentialGain(), judg, j0, j1);
            case RECIPROCAL_RANK:
                return TrecKernels.reciprocalRank(rel, from, n, lv);
            case R_PRECISION:
                return TrecKernels.rPrecision(rel, from, n, lv, numRel);
            case BPREF:
                return TrecKernels.bpref(rel, from, n, lv, numRel, judg, j0, j1);
            case SUCCESS:
                return TrecKernels.success(rel, from, n, lv, c.k());
            case INTERPOLATED_PRECISION:
                return TrecKernels.interpolatedPrecision(rel, from, n, lv, numRel, c.recall(), c.version());
            case ELEVEN_POINT:
                return TrecKernels.elevenPointAverage(rel, from, n, lv, numRel, c.version());
            default:
                throw new AssertionError(this);
        }
    }
}
