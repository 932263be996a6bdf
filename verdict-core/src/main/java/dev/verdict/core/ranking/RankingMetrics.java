package dev.verdict.core.ranking;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranking metric family: trec_eval 10.0 measures computed per query and averaged, registered in
 * {@link dev.verdict.core.catalog.MetricCatalog}. Input contract: see {@link RankingState}; measures and query
 * selection: see {@link RankingMetric} and {@link TrecKernels}; documentation: {@code docs/metrics/ranking.md}.
 */
public final class RankingMetrics {
    private static final String REF = "trec_eval 10.0 ";
    private static final java.util.Set<String> NAMES = names();

    private RankingMetrics() {
    }

    /**
     * @param name a canonical metric name of the ranking task
     * @return whether it is a trec_eval measure of this family (computed from the run and the qrels), rather than a
     *     metric of another family registered for every task (operational: evaluated over per-query rows)
     */
    public static boolean isMeasure(String name) {
        return NAMES.contains(name);
    }

    /** @return every ranking metric definition */
    public static List<MetricDefinition> definitions() {
        return List.of(
                def("map", List.of("map_cut"), RankingMeasure.MAP, "mean average precision (over the top k when k "
                        + "is given)", "map / map_cut_k", optionalK()),
                def("precision", List.of("P"), RankingMeasure.PRECISION, "relevant documents in the top k / k",
                        "P_k", requiredK()),
                def("recall", List.of(), RankingMeasure.RECALL, "relevant documents in the top k / relevant "
                        + "documents", "recall_k", requiredK()),
                def("ndcg", List.of("ndcg_cut"), RankingMeasure.NDCG, "normalized discounted cumulative gain (over "
                        + "the top k when k is given)", "ndcg / ndcg_cut_k", ndcgParams()),
                def("mrr", List.of("recip_rank"), RankingMeasure.RECIPROCAL_RANK, "mean reciprocal rank of the "
                        + "first relevant document", "recip_rank", List.of()),
                def("r_precision", List.of("Rprec"), RankingMeasure.R_PRECISION, "precision in the top R, R = "
                        + "relevant documents of the query", "Rprec", List.of()),
                def("bpref", List.of(), RankingMeasure.BPREF, "binary preference over judged documents", "bpref",
                        List.of()),
                def("success", List.of("hit_rate"), RankingMeasure.SUCCESS, "1 when a relevant document is in the "
                        + "top k, else 0", "success_k", requiredK()),
                def("interpolated_precision", List.of("iprec_at_recall"), RankingMeasure.INTERPOLATED_PRECISION,
                        "interpolated precision at a recall level", "iprec_at_recall_LEVEL",
                        List.of(new ParamSpec(RankingConfig.RECALL, dev.verdict.core.ParamType.DOUBLE, null, true,
                                "recall level in [0, 1], e.g. 0.1", List.of()))),
                def("interpolated_precision_11pt", List.of("11pt_avg"), RankingMeasure.ELEVEN_POINT,
                        "mean interpolated precision at recall 0.0, 0.1, ..., 1.0", "11pt_avg", List.of()));
    }

    private static java.util.Set<String> names() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (MetricDefinition d : definitions()) {
            out.add(d.name());
        }
        return java.util.Set.copyOf(out);
    }

    private static List<ParamSpec> optionalK() {
        return List.of(ParamSpec.optionalInt(RankingConfig.K, "rank cutoff; absent = the whole ranking"));
    }

    private static List<ParamSpec> requiredK() {
        return List.of(ParamSpec.requiredInt(RankingConfig.K, "rank cutoff (>= 1)"));
    }

    private static List<ParamSpec> ndcgParams() {
        return List.of(ParamSpec.optionalInt(RankingConfig.K, "rank cutoff; absent = the whole ranking"),
                ParamSpec.ofChoice(RankingConfig.GAIN, "linear", "linear = relevance value (trec_eval); "
                        + "exponential = 2^rel - 1 (extension)", "linear", "exponential"));
    }

    private static MetricDefinition def(String name, List<String> aliases, RankingMeasure measure, String summary,
            String trecName, List<ParamSpec> own) {
        List<ParamSpec> params = new ArrayList<>(own);
        params.add(ParamSpec.ofInt(RankingConfig.LEVEL, 1, "judgments >= this level are relevant (trec_eval -l)"));
        params.add(ParamSpec.ofBoolean(RankingConfig.MISSING, false, "qrels topics absent from the run count as 0 "
                + "(trec_eval -c); otherwise they are an error (version 10) or skipped (version 9)"));
        params.add(ParamSpec.ofChoice(RankingConfig.VERSION, "10", "trec_eval version reproduced (9: old "
                + "missing-topic and iprec cutoff rules)", "10", "9"));
        params.add(ParamSpec.ofInt(RankingConfig.MAX_DOCS, 0, "rank only the first max_docs documents of each "
                + "query, 0 = all (trec_eval -M)"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, aliases, Task.RANKING, summary, REF + trecName, params, false, true,
                (p, ctx) -> new RankingMetric(self[0], p, measure));
        return self[0];
    }
}
