package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Parts;
import dev.verdict.core.Resamplable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The bootstrap engine. Replicate {@code b} draws its multinomial counts from a {@link SplittableRandom} seeded by a
 * mix of (seed, b), so every replicate value depends only on the seed, never on the thread count or scheduling.
 * Replicates run on a small pool, each worker with its own {@link Resamplable.Replicator#fork() fork} and count
 * buffers. With plain row resampling and a replicator that {@link Resamplable.Replicator#hasOrder() has an internal
 * order}, the uniform draws index its sorted positions directly (the multinomial is exchangeable), which saves the
 * gather of counts from row order. Otherwise the counts of recent bootstraps on the same units and seed are reused
 * ({@link CountsCache}: same values, no new draws). NaN replicates (e.g. a resample with one class for roc_auc) are counted, reported and excluded from the
 * quantiles (numpy {@code nanpercentile}).
 */
final class Bootstrap {
    /** Above this many units, BCa's acceleration uses a grouped (delete-d) jackknife over this many groups. */
    static final int JACKKNIFE_GROUPS = 1000;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private Bootstrap() {
    }

    /**
     * @param replicator computes the statistic from per-row counts
     * @param units the resampling units
     * @param r resamples, seed, threads
     * @return the {@code r.resamples()} replicate values, in replicate order
     */
    static double[] replicates(Resamplable.Replicator replicator, Units units, Resampling r) {
        boolean positional = units.plain() && replicator.hasOrder();
        if (positional || !CountsCache.fits(units, r.resamples())) {
            return run(replicator, units, r.resamples(), r.threads(), positional,
                    (b, unitCounts, rowCounts) -> units.draw(Units.stream(r.seed(), b), unitCounts, rowCounts));
        }
        // A kept array is only read (published by the synchronized put after its workers finished); a fresh one is
        // written slot by slot by this call's workers only.
        CountsCache.Key key = CountsCache.Key.of(units, r.seed(), r.resamples());
        byte[][] kept = CountsCache.get(key);
        byte[][] counts = kept != null ? kept : new byte[r.resamples()][];
        double[] out = run(replicator, units, r.resamples(), r.threads(), false, (b, unitCounts, rowCounts) -> {
            byte[] packed = counts[b];
            if (packed != null) {
                CountsCache.unpack(packed, rowCounts);
            } else {
                units.draw(Units.stream(r.seed(), b), unitCounts, rowCounts);
                if (kept == null) {
                    counts[b] = CountsCache.pack(rowCounts);
                }
            }
        });
        if (kept == null) {
            CountsCache.put(key, counts);
        }
        return out;
    }

    /** Fills the per-row counts of task {@code index}. */
    @FunctionalInterface
    interface Counts {
        void fill(int index, int[] unitScratch, int[] rowCounts);
    }

    /** Evaluates {@code rep} on the counts of tasks 0..count-1 on a small pool; out[i] depends on i only. */
    static double[] run(Resamplable.Replicator replicator, Units units, int count, int threadCount,
            boolean positional, Counts counts) {
        double[] out = new double[count];
        int threads = Math.max(1, Math.min(threadCount, count));
        AtomicInteger next = new AtomicInteger();
        if (threads == 1) {
            work(replicator, units, positional, counts, out, next);
            return out;
        }
        Resamplable.Replicator[] own = new Resamplable.Replicator[threads];
        for (int t = 0; t < threads; t++) {
            own[t] = t == 0 ? replicator : replicator.fork();
        }
        Parts.run(threads, t -> work(own[t], units, positional, counts, out, next));
        return out;
    }

    private static void work(Resamplable.Replicator rep, Units units, boolean positional, Counts counts,
            double[] out, AtomicInteger next) {
        int[] unitCounts = new int[units.units];
        int[] rowCounts = new int[units.rows];
        for (int b = next.getAndIncrement(); b < out.length; b = next.getAndIncrement()) {
            counts.fill(b, unitCounts, rowCounts);
            out[b] = positional ? rep.valueInOrder(rowCounts) : rep.value(rowCounts);
        }
    }

    /**
     * Jackknife values for BCa's acceleration: leave one unit out (exact, as scipy) when there are at most
     * {@link #JACKKNIFE_GROUPS} units, else leave out each of {@link #JACKKNIFE_GROUPS} seeded random groups of units
     * (delete-d jackknife; the acceleration is a ratio of cumulants of influence sums and stays consistent).
     */
    static double[] jackknife(Resamplable.Replicator rep, Units units, long seed, int threads) {
        int groups = Math.min(units.units, JACKKNIFE_GROUPS);
        int[] groupOfUnit = units.groupOfUnit(groups, seed);
        int[][] rowsOfGroup = rowsOfGroup(units, groupOfUnit, groups);
        return run(rep, units, groups, threads, false, (g, scratch, counts) -> {
            Arrays.fill(counts, 1);
            for (int i : rowsOfGroup[g]) {
                counts[i] = 0;
            }
        });
    }

    private static int[][] rowsOfGroup(Units units, int[] groupOfUnit, int groups) {
        int[] size = new int[groups];
        for (int i = 0; i < units.rows; i++) {
            size[groupOfUnit[units.unit(i)]]++;
        }
        int[][] rows = new int[groups][];
        for (int g = 0; g < groups; g++) {
            rows[g] = new int[size[g]];
        }
        int[] fill = new int[groups];
        for (int i = 0; i < units.rows; i++) {
            int g = groupOfUnit[units.unit(i)];
            rows[g][fill[g]++] = i;
        }
        return rows;
    }

    /** @return the non-NaN values, sorted ascending */
    static double[] finiteSorted(double[] values) {
        double[] v = new double[values.length];
        int k = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                v[k++] = x;
            }
        }
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        return v;
    }

    /** numpy.percentile(method='linear') of sorted values at probability {@code q} in [0, 1]. */
    static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[lo + 1];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** @return {low, high} of the percentile interval */
    static double[] percentile(double[] sorted, double level) {
        double alpha = (1 - level) / 2;
        return new double[] {quantile(sorted, alpha), quantile(sorted, 1 - alpha)};
    }

    /**
     * BCa bounds as scipy.stats.bootstrap(method='BCa') (scipy 1.10 {@code _bca_interval}): z0 from the share of
     * replicates below the estimate (ties counted half), acceleration from the jackknife, adjusted quantile levels.
     *
     * @return {low, high, z0, acceleration}; NaN bounds when z0 is infinite (every replicate on one side)
     */
    static double[] bca(double estimate, double[] sorted, double[] jack, double level) {
        int b = sorted.length;
        int below = 0;
        int belowOrEqual = 0;
        for (double x : sorted) {
            below += x < estimate ? 1 : 0;
            belowOrEqual += x <= estimate ? 1 : 0;
        }
        double z0 = NORMAL.inverseCumulativeProbability((below + belowOrEqual) / (2.0 * b));
        double a = acceleration(jack);
        double alpha = (1 - level) / 2;
        double zAlpha = NORMAL.inverseCumulativeProbability(alpha);
        double num1 = z0 + zAlpha;
        double a1 = NORMAL.cumulativeProbability(z0 + num1 / (1 - a * num1));
        double num2 = z0 - zAlpha;
        double a2 = NORMAL.cumulativeProbability(z0 + num2 / (1 - a * num2));
        if (!Double.isFinite(z0) || Double.isNaN(a1) || Double.isNaN(a2)) {
            return new double[] {Double.NaN, Double.NaN, z0, a};
        }
        return new double[] {quantile(sorted, a1), quantile(sorted, a2), z0, a};
    }

    /** @return sum (mean - t_i)^3 / (6 (sum (mean - t_i)^2)^1.5) over the non-NaN jackknife values; 0 if no spread */
    static double acceleration(double[] jack) {
        double sum = 0;
        int n = 0;
        for (double v : jack) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double mean = sum / n;
        double num = 0;
        double den = 0;
        for (double v : jack) {
            if (!Double.isNaN(v)) {
                double d = mean - v;
                num += d * d * d;
                den += d * d;
            }
        }
        return den == 0 ? 0.0 : num / (6 * Math.pow(den, 1.5));
    }

    /**
     * A bootstrap interval (percentile or BCa) of the statistic computed by {@code rep}.
     *
     * @param estimate the statistic on the full data
     */
    static Interval interval(double estimate, Resamplable.Replicator rep, Units units, Resampling r,
            IntervalMethod method, double level, boolean fast) {
        if (!method.bootstrap()) {
            throw new InvalidInputException("not a bootstrap method: " + method.id());
        }
        return fromReplicates(estimate, replicates(rep, units, r), rep, units, r, method, level, fast);
    }

    /** The interval from replicates already drawn with {@code rep}, {@code units} and {@code r}. */
    static Interval fromReplicates(double estimate, double[] reps, Resamplable.Replicator rep, Units units,
            Resampling r, IntervalMethod method, double level, boolean fast) {
        double[] sorted = finiteSorted(reps);
        int nan = reps.length - sorted.length;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("resamples", r.resamples());
        d.put("seed", r.seed());
        d.put("nanReplicates", nan);
        d.put("units", units.units);
        d.put("resampling", units.unitOfRow != null ? "cluster" : units.strata != null ? "stratified" : "row");
        d.put("fastPath", fast);
        d.put("standardError", standardDeviation(sorted));
        String warning = nan == 0 ? null : nan + " of " + reps.length + " replicates were undefined (NaN) and excluded";
        if (sorted.length == 0 || Double.isNaN(estimate)) {
            return new Interval(estimate, Double.NaN, Double.NaN, level, method, d,
                    join(warning, "no defined replicate or undefined estimate: interval undefined"));
        }
        if (method == IntervalMethod.PERCENTILE) {
            double[] p = percentile(sorted, level);
            return new Interval(estimate, p[0], p[1], level, method, d, warning);
        }
        double[] jack = jackknife(rep, units, r.seed(), r.threads());
        double[] bca = bca(estimate, sorted, jack, level);
        d.put("biasCorrection", bca[2]);
        d.put("acceleration", bca[3]);
        d.put("jackknifeGroups", jack.length);
        if (Double.isNaN(bca[0])) {
            double[] p = percentile(sorted, level);
            return new Interval(estimate, p[0], p[1], level, IntervalMethod.PERCENTILE, d, join(warning,
                    "BCa undefined (every replicate on one side of the estimate): percentile interval reported"));
        }
        return new Interval(estimate, bca[0], bca[1], level, method, d, warning);
    }

    static double standardDeviation(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
