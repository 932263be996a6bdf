package dev.verdict.core.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Compares one metric across slices (the values of a sensitive or any categorical column), for the evaluation layer:
 * the best and worst slice with their gap and ratio, and which slices are significantly worse than the rest of the
 * population. Pure computation, no I/O.
 *
 * <p>Significance: each slice is compared with the rest of the rows by a one-sided test in the "worse" direction,
 * the p-values of the tested slices are Holm-corrected ({@code statsmodels.stats.multitest.multipletests(p, alpha,
 * method="holm")}) and a slice is flagged when its corrected p-value is {@code <= alpha}. A slice that carries
 * successes and trials (a proportion metric) gets a pooled two-proportion z-test against the rest (the successes and
 * trials of every other slice, including the {@code others} that are only counted, see
 * {@link #compare(List, List, boolean, double)}): {@code statsmodels.stats.proportion.proportions_ztest([s_k,
 * s_rest], [n_k, n_rest], alternative="smaller")} when larger is better ({@code "larger"} otherwise). Weighted
 * successes/trials are used as if they were counts. A slice of another metric may carry the one-sided p-value of a
 * test made elsewhere on its rows ({@link Slice#tested}: Welch's t, DeLong, a bootstrap z-test; this class does not
 * need the rows), which enters the same correction. A slice is not tested (p-value NaN, with a reason, not counted in
 * the correction) when it or the rest has no trials, when the pooled proportion is 0 or 1 (no variation), or when it
 * is neither a proportion nor carries a p-value (its {@link Slice#reason()} says why, when known).
 */
public final class SliceComparison {
    private SliceComparison() {
    }

    /** Name of the pooled two-proportion z-test in {@link SliceTest#method()}. */
    public static final String TWO_PROPORTION_Z = "two_proportion_z";

    /**
     * One slice's value of a metric.
     *
     * @param name the slice (e.g. the sensitive value)
     * @param value the metric on the slice's rows; NaN when undefined (then the slice is skipped)
     * @param n the slice's rows (or weight)
     * @param successes numerator of a proportion metric (e.g. correct rows for accuracy), NaN when not a proportion
     * @param trials denominator of a proportion metric, NaN when not a proportion
     * @param method the test that gave {@code pValue} (e.g. {@code welch_t}), or null
     * @param pValue the one-sided p-value of a test of this slice against the rest of the rows made elsewhere, NaN
     *     when none (ignored for a proportion)
     * @param reason why the slice has no such test, or null
     */
    public record Slice(String name, double value, double n, double successes, double trials, String method,
            double pValue, String reason) {
        /** Validates the name. */
        public Slice {
            Objects.requireNonNull(name, "name");
        }

        /** A slice without a test made elsewhere. */
        public Slice(String name, double value, double n, double successes, double trials) {
            this(name, value, n, successes, trials, null, Double.NaN, null);
        }

        /**
         * @param method the test, e.g. {@code welch_t}
         * @param pValue its one-sided p-value that the slice is worse than the rest
         * @return a slice of a metric that is not a proportion, tested against the rest elsewhere
         */
        public static Slice tested(String name, double value, double n, String method, double pValue) {
            if (!(pValue >= 0 && pValue <= 1)) {
                throw new IllegalArgumentException("p-value of slice " + name + " must be in [0, 1], got " + pValue);
            }
            return new Slice(name, value, n, Double.NaN, Double.NaN, Objects.requireNonNull(method, "method"),
                    pValue, null);
        }

        /** @return a slice of a metric that is not a proportion, with the reason it has no test */
        public static Slice untested(String name, double value, double n, String reason) {
            return new Slice(name, value, n, Double.NaN, Double.NaN, null, Double.NaN, reason);
        }

        /** @return a slice of a metric that is not a proportion */
        public static Slice of(String name, double value, double n) {
            return new Slice(name, value, n, Double.NaN, Double.NaN);
        }

        /** @return a slice of a proportion metric, value {@code successes / trials} */
        public static Slice proportion(String name, double successes, double trials) {
            return new Slice(name, successes / trials, trials, successes, trials);
        }

        /** @return whether successes and trials are given */
        public boolean isProportion() {
            return !Double.isNaN(successes) && !Double.isNaN(trials);
        }
    }

    /**
     * The test of one slice against the rest.
     *
     * @param name the slice
     * @param value its metric value
     * @param pValue one-sided z-test p-value (NaN when not tested)
     * @param adjustedPValue Holm-corrected p-value (NaN when not tested)
     * @param flagged whether the slice is significantly worse than the rest
     * @param reason why it was not tested, or null
     * @param method the test ({@link #TWO_PROPORTION_Z} or the slice's own {@link Slice#method()}), null when not
     *     tested
     */
    public record SliceTest(String name, double value, double pValue, double adjustedPValue, boolean flagged,
            String reason, String method) {
        /** A test without a method name. */
        public SliceTest(String name, double value, double pValue, double adjustedPValue, boolean flagged,
                String reason) {
            this(name, value, pValue, adjustedPValue, flagged, reason, null);
        }
    }

    /**
     * The comparison.
     *
     * @param best the best slice's name (first in input order on ties), or null when no slice has a value
     * @param worst the worst slice's name, or null
     * @param bestValue its value (NaN when none)
     * @param worstValue its value (NaN when none)
     * @param gap {@code |best - worst|}
     * @param ratio {@code min(best, worst) / max(best, worst)} (fairlearn's ratio convention: 1 = parity, for
     *     non-negative metrics); NaN when both are 0
     * @param tests one per input slice, in input order
     */
    public record Result(String best, String worst, double bestValue, double worstValue, double gap, double ratio,
            List<SliceTest> tests) {
        /** Copies the tests. */
        public Result {
            tests = List.copyOf(tests);
        }
    }

    /**
     * @param slices the slices, in output order
     * @param largerIsBetter the metric's direction ({@code MetricDefinition.largerIsBetter})
     * @param alpha family-wise significance level, in (0, 1), e.g. 0.05
     * @return best/worst, gap, ratio and the per-slice tests
     */
    public static Result compare(List<Slice> slices, boolean largerIsBetter, double alpha) {
        return compare(slices, List.of(), largerIsBetter, alpha);
    }

    /**
     * Like {@link #compare(List, boolean, double)}, with slices that only count in the rest of the rows.
     *
     * @param slices the slices compared and tested, in output order
     * @param others slices that are neither compared nor tested (e.g. below a minimum size) but whose successes and
     *     trials belong to the rest of the rows of a proportion test
     * @param largerIsBetter the metric's direction
     * @param alpha family-wise significance level, in (0, 1)
     * @return best/worst, gap, ratio and the per-slice tests of {@code slices}
     */
    public static Result compare(List<Slice> slices, List<Slice> others, boolean largerIsBetter, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        int best = -1;
        int worst = -1;
        for (int k = 0; k < slices.size(); k++) {
            double v = slices.get(k).value();
            if (Double.isNaN(v)) {
                continue;
            }
            if (best < 0 || better(v, slices.get(best).value(), largerIsBetter)) {
                best = k;
            }
            if (worst < 0 || better(slices.get(worst).value(), v, largerIsBetter)) {
                worst = k;
            }
        }
        double bv = best < 0 ? Double.NaN : slices.get(best).value();
        double wv = worst < 0 ? Double.NaN : slices.get(worst).value();
        return new Result(best < 0 ? null : slices.get(best).name(), worst < 0 ? null : slices.get(worst).name(), bv,
                wv, Math.abs(bv - wv), Math.min(bv, wv) / Math.max(bv, wv),
                tests(slices, others, largerIsBetter, alpha));
    }

    private static boolean better(double a, double b, boolean largerIsBetter) {
        return largerIsBetter ? a > b : a < b;
    }

    private static List<SliceTest> tests(List<Slice> slices, List<Slice> others, boolean largerIsBetter,
            double alpha) {
        int m = slices.size();
        double totalS = 0;
        double totalN = 0;
        for (List<Slice> list : List.of(slices, others)) {
            for (Slice s : list) {
                if (s.isProportion()) {
                    totalS += s.successes();
                    totalN += s.trials();
                }
            }
        }
        double[] p = new double[m];
        String[] reason = new String[m];
        String[] method = new String[m];
        for (int k = 0; k < m; k++) {
            Slice s = slices.get(k);
            p[k] = Double.NaN;
            if (!s.isProportion()) {
                if (s.method() != null && !Double.isNaN(s.pValue())) {
                    p[k] = s.pValue();
                    method[k] = s.method();
                } else {
                    reason[k] = s.reason() != null ? s.reason()
                            : "not a proportion metric (no successes/trials) and no other test: no significance test";
                }
                continue;
            }
            double restN = totalN - s.trials();
            if (!(s.trials() > 0 && restN > 0)) {
                reason[k] = "the slice or the rest of the rows has no trials";
                continue;
            }
            p[k] = zTestPValue(s.successes(), s.trials(), totalS - s.successes(), restN,
                    largerIsBetter ? Alternative.SMALLER : Alternative.LARGER);
            if (Double.isNaN(p[k])) {
                reason[k] = "no variation (pooled proportion is 0 or 1)";
            } else {
                method[k] = TWO_PROPORTION_Z;
            }
        }
        double[] adjusted = holm(p);
        List<SliceTest> out = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            out.add(new SliceTest(slices.get(k).name(), slices.get(k).value(), p[k], adjusted[k],
                    adjusted[k] <= alpha, reason[k], method[k]));
        }
        return out;
    }

    /** The alternative hypothesis of a one-sided test of {@code p1 - p2}. */
    public enum Alternative {
        /** p1 < p2. */
        SMALLER,
        /** p1 > p2. */
        LARGER,
        /** p1 != p2. */
        TWO_SIDED
    }

    /**
     * Pooled two-proportion z-test, as {@code statsmodels.stats.proportion.proportions_ztest([s1, s2], [n1, n2],
     * alternative=...)} (statsmodels 0.13.5): {@code z = (s1/n1 - s2/n2) / sqrt(p (1 - p) (1/n1 + 1/n2))} with
     * {@code p = (s1 + s2) / (n1 + n2)}.
     *
     * @return the p-value; NaN when the standard error is 0 or a sample is empty
     */
    public static double zTestPValue(double s1, double n1, double s2, double n2, Alternative alternative) {
        double diff = s1 / n1 - s2 / n2;
        double pooled = (s1 + s2) / (n1 + n2);
        double z = diff / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return switch (alternative) {
            case SMALLER -> Normal.cdf(z);
            case LARGER -> Normal.sf(z);
            case TWO_SIDED -> 2 * Normal.sf(Math.abs(z));
        };
    }

    /**
     * Holm's step-down adjustment, as {@code statsmodels.stats.multitest.multipletests(p, method="holm")[1]}: sorted
     * ascending, {@code adj_(i) = max_{j <= i} min(1, (m - j) p_(j))} (0-based j). NaN p-values are left out (NaN
     * output) and do not count in {@code m}.
     *
     * @param p the p-values
     * @return the adjusted p-values, in input order
     */
    public static double[] holm(double[] p) {
        int m = 0;
        int[] idx = new int[p.length];
        for (int k = 0; k < p.length; k++) {
            if (!Double.isNaN(p[k])) {
                idx[m++] = k;
            }
        }
        double[] keys = new double[m];
        for (int j = 0; j < m; j++) {
            keys[j] = p[idx[j]];
        }
        int[] order = sortedOrder(keys);
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int j = 0; j < m; j++) {
            int k = idx[order[j]];
            running = Math.max(running, p[k] * (m - j));
            out[k] = Math.min(1.0, running);
        }
        return out;
    }

    private static int[] sortedOrder(double[] keys) {
        int[] order = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 1; i < order.length; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && keys[order[j]] > keys[x]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        return order;
    }
}
