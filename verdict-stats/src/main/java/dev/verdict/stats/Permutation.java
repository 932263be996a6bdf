package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Approximate randomization (paired permutation) test: under the null the two models are exchangeable on each row,
 * so each permutation swaps the baseline's and the candidate's predictions on every row (or every cluster: all its
 * rows together) with probability 1/2 and recomputes both metrics (any metric, including corpus-level BLEU).
 * Two-sided p = (1 + #{|d*| >= |d|}) / (R' + 1) over the R' defined permutations: exact Monte-Carlo p-value, so it
 * cannot go below 1 / (R' + 1) ({@code detail.pValueFloor}; raise {@code resamples} to resolve smaller p-values,
 * e.g. before a correction over many comparisons). Permutation r draws its swaps from
 * a stream seeded by (seed, r), so results do not depend on threads.
 */
final class Permutation {
    private static final long SALT = 0x5DEECE66DL;

    private Permutation() {
    }

    static TestResult test(Metric<?> metric, Columns baseline, Columns candidate, Resampling r, double diff,
            Interval ci) {
        Units units = Units.of(baseline, new Resampling(r.resamples(), r.seed(), r.threads(), false, r.clusters()));
        double[] d = new double[r.resamples()];
        IntStream range = IntStream.range(0, r.resamples());
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(r.threads());
        try {
            pool.submit(() -> range.parallel().forEach(b -> d[b] = one(metric, baseline, candidate, units,
                    Units.stream(r.seed() ^ SALT, b)))).join();
        } finally {
            pool.shutdown();
        }
        int extreme = 0;
        int defined = 0;
        for (double x : d) {
            if (!Double.isNaN(x)) {
                defined++;
                extreme += Math.abs(x) >= Math.abs(diff) - 1e-12 * Math.abs(diff) ? 1 : 0;
            }
        }
        double p = defined == 0 || Double.isNaN(diff) ? Double.NaN : (1.0 + extreme) / (defined + 1.0);
        Map<String, Object> det = new LinkedHashMap<>();
        det.put("permutations", r.resamples());
        det.put("nanPermutations", r.resamples() - defined);
        det.put("pValueFloor", 1.0 / (defined + 1.0));
        return new TestResult(PairedTest.PERMUTATION, diff, p, diff, ci, det,
                defined < r.resamples() ? (r.resamples() - defined) + " permutations were undefined (NaN)" : null);
    }

    private static double one(Metric<?> metric, Columns baseline, Columns candidate, Units units,
            SplittableRandom rng) {
        boolean[] unitSwap = new boolean[units.units];
        for (int u = 0; u < unitSwap.length; u++) {
            unitSwap[u] = rng.nextBoolean();
        }
        boolean[] swap = new boolean[units.rows];
        for (int i = 0; i < swap.length; i++) {
            swap[i] = unitSwap[units.unit(i)];
        }
        Columns c = ColumnMix.mix(candidate, baseline, swap);
        Columns b = ColumnMix.mix(baseline, candidate, swap);
        return Replicators.value(metric, c) - Replicators.value(metric, b);
    }
}
