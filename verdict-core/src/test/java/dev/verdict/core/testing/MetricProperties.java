package dev.verdict.core.testing;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Property checks every metric must satisfy: chunked-and-combined equals one pass, row order does not matter, and an
 * integer weight equals duplicating the row. Values and numeric detail must agree to {@link #REL} relative.
 */
public final class MetricProperties {
    /** Relative tolerance for floating-point summation-order differences. */
    public static final double REL = 1e-9;

    private MetricProperties() {
    }

    /** @return the values of {@code metrics} over {@code data} in one pass */
    public static List<MetricValue> onePass(List<Metric<?>> metrics, Columns data) {
        return MetricSuite.of(metrics).newAccumulator().accept(data).results();
    }

    /** Splits {@code data} at random points into up to {@code chunks} pieces, accumulates each apart, combines. */
    public static List<MetricValue> chunked(List<Metric<?>> metrics, Columns data, int chunks, Random rnd) {
        MetricSuite suite = MetricSuite.of(metrics);
        int n = data.size();
        int[] cuts = new int[chunks + 1];
        cuts[chunks] = n;
        for (int i = 1; i < chunks; i++) {
            cuts[i] = n == 0 ? 0 : rnd.nextInt(n + 1);
        }
        java.util.Arrays.sort(cuts);
        List<MetricSuite.Accumulator> parts = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            MetricSuite.Accumulator a = suite.newAccumulator();
            // feed each chunk in two batches to exercise accept(from, to) too
            int mid = (cuts[i] + cuts[i + 1]) / 2;
            a.accept(data, cuts[i], mid);
            a.accept(data, mid, cuts[i + 1]);
            parts.add(a);
        }
        java.util.Collections.shuffle(parts, rnd);
        MetricSuite.Accumulator acc = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            acc.combine(parts.get(i));
        }
        return acc.results();
    }

    /** Asserts chunked-and-combined equals one pass, for several random splits. */
    public static void assertMergeInvariant(List<Metric<?>> metrics, Columns data, long seed) {
        List<MetricValue> expected = onePass(metrics, data);
        Random rnd = new Random(seed);
        for (int rep = 0; rep < 5; rep++) {
            int chunks = 1 + rnd.nextInt(6);
            assertSame(metrics, expected, chunked(metrics, data, chunks, rnd), "merge (" + chunks + " chunks, seed "
                    + seed + ")");
        }
    }

    /** Asserts a random permutation of the rows gives the same values. */
    public static void assertPermutationInvariant(List<Metric<?>> metrics, Columns data, long seed) {
        int n = data.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        assertSame(metrics, onePass(metrics, data), onePass(metrics, data.select(perm, n)),
                "permutation (seed " + seed + ")");
    }

    /**
     * Asserts that the data with integer weights gives the same values as the data with each row repeated weight
     * times and no weights. {@code data.weight()} must hold non-negative whole numbers.
     */
    public static void assertIntegerWeightsEqualDuplication(List<Metric<?>> metrics, Columns data) {
        double[] w = data.weight();
        int total = 0;
        for (double x : w) {
            total += (int) x;
        }
        int[] rows = new int[total];
        int k = 0;
        for (int i = 0; i < w.length; i++) {
            for (int r = 0; r < (int) w[i]; r++) {
                rows[k++] = i;
            }
        }
        Columns dup = data.select(rows, total);
        Columns unweighted = withoutWeight(dup);
        assertSame(metrics, onePass(metrics, data), onePass(metrics, unweighted), "integer weights vs duplication");
    }

    /**
     * The reference side of the {@link dev.verdict.core.Resamplable} contract: the metric computed on a fresh state
     * fed with row {@code i} of {@code rows} repeated {@code counts[i]} times.
     */
    public static <S extends MetricState<S>> double recomputeOnRepeatedRows(Metric<S> m, Columns rows, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] idx = new int[total];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i]; c++) {
                idx[k++] = i;
            }
        }
        S s = m.stateSpec().newState();
        s.accept(rows.select(idx, total));
        return m.compute(s).value();
    }

    /** @return a copy of {@code c} without its weight column */
    public static Columns withoutWeight(Columns c) {
        Columns.Builder b = Columns.builder(c.size()).label(c.label()).score(c.score()).scores(c.scores())
                .predictedLabel(c.predictedLabel()).labelMatrix(c.labelMatrix()).yTrue(c.yTrue()).yPred(c.yPred())
                .lower(c.lower()).upper(c.upper()).time(c.time()).group(c.group()).item(c.item())
                .relevance(c.relevance()).features(c.features()).text(c.text()).references(c.references())
                .nSamples(c.nSamples()).nCorrect(c.nCorrect()).logProb(c.logProb()).tokenCount(c.tokenCount())
                .byteCount(c.byteCount());
        for (String name : c.numericNames()) {
            b.numeric(name, c.numeric(name));
        }
        for (String name : c.categoryNames()) {
            b.category(name, c.category(name).codes(), c.category(name).values());
        }
        return b.build();
    }

    private static void assertSame(List<Metric<?>> metrics, List<MetricValue> expected, List<MetricValue> actual,
            String what) {
        for (int m = 0; m < metrics.size(); m++) {
            String name = what + ": " + metrics.get(m).name() + " " + metrics.get(m).params();
            Approx.assertClose(expected.get(m).value(), actual.get(m).value(), REL, name);
            Approx.assertDeepClose(expected.get(m).detail(), actual.get(m).detail(), REL, name + " detail");
            if ((expected.get(m).warning() == null) != (actual.get(m).warning() == null)) {
                org.junit.jupiter.api.Assertions.fail(name + ": warning differs: " + expected.get(m).warning()
                        + " vs " + actual.get(m).warning());
            }
        }
    }
}
