package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class GenerationMetricsTest {
    private static final long SEED = 424242L;
    private static final TaskContext CTX = new TaskContext(Task.GENERATION, 0.5, List.of(), false, false);
    private static final String[] WORDS = {"the", "a", "dog", "bit", "man", "café", "東京", "İstanbul", "3.14", "end.",
        "&amp;", "don't", "\u00a0", "\n", "ΣΟΦΟΣ", "🙂", "running", "runs", "ponies", "Relational"};

    private static Metric<?> metric(String name, Map<String, ?> params) {
        for (MetricDefinition d : GenerationMetrics.definitions()) {
            if (d.name().equals(name)) {
                return d.create(params, CTX);
            }
        }
        throw new AssertionError(name);
    }

    private static String sentence(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(9);
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? " " : "").append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static Columns textData(long seed, int n) {
        Random rnd = new Random(seed);
        String[] text = new String[n];
        String[][] refs = new String[n][];
        for (int i = 0; i < n; i++) {
            text[i] = sentence(rnd);
            refs[i] = new String[1 + rnd.nextInt(3)];
            for (int j = 0; j < refs[i].length; j++) {
                refs[i][j] = sentence(rnd);
            }
        }
        return Columns.builder(n).text(text).references(refs).build();
    }

    private static List<Metric<?>> textMetrics() {
        List<Metric<?>> m = new ArrayList<>();
        m.add(metric("bleu", Map.of()));
        m.add(metric("bleu", Map.of("tokenize", "intl", "smooth_method", "add-k")));
        m.add(metric("sentence_bleu", Map.of()));
        m.add(metric("chrf", Map.of()));
        m.add(metric("chrf", Map.of("word_order", 2)));
        for (String r : List.of("rouge1", "rouge2", "rougeL", "rougeLsum")) {
            m.add(metric(r, Map.of()));
            m.add(metric(r, Map.of("stemmer", true, "measure", "recall")));
        }
        m.add(metric("ter", Map.of()));
        m.add(metric("ter", Map.of("normalized", true, "no_punct", true, "case_sensitive", true)));
        m.add(metric("exact_match", Map.of()));
        m.add(metric("token_f1", Map.of()));
        m.add(metric("wer", Map.of()));
        m.add(metric("cer", Map.of()));
        return m;
    }

    @Test
    void textMetricsAreMergeAndPermutationInvariant() {
        Columns data = textData(SEED, 300);
        MetricProperties.assertMergeInvariant(textMetrics(), data, SEED);
        MetricProperties.assertPermutationInvariant(textMetrics(), data, SEED);
    }

    @Test
    void passAtKIsMergeAndPermutationInvariantForCountsAndSamples() {
        Random rnd = new Random(SEED);
        int n = 200;
        int[] ns = new int[n];
        int[] cs = new int[n];
        int[] group = new int[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            ns[i] = rnd.nextInt(20);
            cs[i] = ns[i] == 0 ? 0 : rnd.nextInt(ns[i] + 1);
            group[i] = rnd.nextInt(30);
            label[i] = rnd.nextInt(2);
        }
        List<Metric<?>> m = List.of(metric("pass_at_k", Map.of("k", 1)), metric("pass_at_k", Map.of("k", 5)));
        Columns counts = Columns.builder(n).nSamples(ns).nCorrect(cs).build();
        Columns samples = Columns.builder(n).group(group).label(label).build();
        for (Columns c : List.of(counts, samples)) {
            MetricProperties.assertMergeInvariant(m, c, SEED);
            MetricProperties.assertPermutationInvariant(m, c, SEED);
        }
    }

    @Test
    void perplexityMetricsAreMergeAndPermutationInvariant() {
        Random rnd = new Random(SEED);
        int n = 200;
        double[] lp = new double[n];
        double[] tc = new double[n];
        double[] bc = new double[n];
        for (int i = 0; i < n; i++) {
            lp[i] = -rnd.nextDouble() * 50;
            tc[i] = 1 + rnd.nextInt(40);
            bc[i] = tc[i] * 3;
        }
        List<Metric<?>> m = List.of(metric("perplexity", Map.of()), metric("bits_per_token", Map.of()),
                metric("bits_per_byte", Map.of()));
        Columns c = Columns.builder(n).logProb(lp).tokenCount(tc).byteCount(bc).build();
        MetricProperties.assertMergeInvariant(m, c, SEED);
        MetricProperties.assertPermutationInvariant(m, c, SEED);
    }

    @Test
    void emptyInputGivesNaNWithWarning() {
        List<Metric<?>> m = textMetrics();
        List<MetricValue> v = MetricSuite.of(m).newAccumulator().accept(textData(1, 0)).results();
        for (MetricValue x : v) {
            assertTrue(Double.isNaN(x.value()));
            assertTrue(x.warning() != null);
        }
    }

    @Test
    void passAtKRejectsCorrectAboveSamplesAndNegativeCounts() {
        Metric<?> m = metric("pass_at_k", Map.of("k", 1));
        Columns bad = Columns.builder(1).nSamples(new int[] {3}).nCorrect(new int[] {4}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricSuite.of(List.of(m)).newAccumulator().accept(bad));
        assertTrue(e.getMessage().contains("nCorrect"), e.getMessage());
        Columns neg = Columns.builder(1).nSamples(new int[] {-1}).nCorrect(new int[] {0}).build();
        assertThrows(InvalidInputException.class, () -> MetricSuite.of(List.of(m)).newAccumulator().accept(neg));
    }

    @Test
    void passAtKLeavesOutProblemsWithFewerThanKSamples() {
        Metric<?> m = metric("pass_at_k", Map.of("k", 5));
        Columns c = Columns.builder(3).nSamples(new int[] {2, 10, 10}).nCorrect(new int[] {0, 0, 10}).build();
        MetricValue v = MetricSuite.of(List.of(m)).newAccumulator().accept(c).results().get(0);
        assertEquals(0.5, v.value(), 1e-15);
        assertEquals(1, v.detail().get("problems_left_out"));
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(InvalidInputException.class, () -> metric("bleu", Map.of("tokenize", "zh")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> metric("bleu", Map.of("max_ngram_order", 0)));
        assertTrue(e.getMessage().contains("max_ngram_order"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> metric("chrf", Map.of("char_order", 0)));
        assertThrows(InvalidInputException.class, () -> metric("pass_at_k", Map.of("k", 0)));
        assertThrows(InvalidInputException.class, () -> metric("rouge1", Map.of("measure", "g")));
        assertThrows(InvalidInputException.class, () -> metric("rouge1", Map.of("stemmer", "maybe")));
        assertThrows(InvalidInputException.class, () -> metric("ter", Map.of("normalized", 3)));
        assertThrows(InvalidInputException.class, () -> metric("bleu", Map.of("smooth_value", -1.0)));
    }

    @Test
    void missingReferencesAreRejected() {
        Metric<?> m = metric("bleu", Map.of());
        Columns c = Columns.builder(1).text(new String[] {"x"}).references(new String[][] {{}}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricSuite.of(List.of(m)).newAccumulator().accept(c));
        assertTrue(e.getMessage().contains("references"), e.getMessage());
    }
}
