package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The resampling units of a slice: rows, or clusters of rows, optionally grouped in label strata. It draws the
 * multinomial counts of one replicate: within each stratum (one stratum when not stratified), as many uniform draws
 * with replacement as the stratum has units; each row gets the count of its unit.
 */
final class Units {
    final int rows;
    /** Unit of each row (the row itself when not clustered). */
    final int[] unitOfRow;
    final int units;
    /** Units of each stratum. */
    final int[][] strata;

    private Units(int rows, int[] unitOfRow, int units, int[][] strata) {
        this.rows = rows;
        this.unitOfRow = unitOfRow;
        this.units = units;
        this.strata = strata;
    }

    static Units of(Columns data, Resampling r) {
        int n = data.size();
        if (r.clusters() != null) {
            return clustered(n, r.clusters());
        }
        if (!r.stratify()) {
            return new Units(n, null, n, null);
        }
        int[] label = data.label();
        if (label == null) {
            throw new InvalidInputException("stratified resampling needs a label column (data.label)");
        }
        Map<Integer, int[]> counts = new HashMap<>();
        for (int y : label) {
            counts.computeIfAbsent(y, k -> new int[1])[0]++;
        }
        int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[][] strata = new int[keys.length][];
        int[] fill = new int[keys.length];
        for (int s = 0; s < keys.length; s++) {
            strata[s] = new int[counts.get(keys[s])[0]];
        }
        for (int i = 0; i < n; i++) {
            int s = Arrays.binarySearch(keys, label[i]);
            strata[s][fill[s]++] = i;
        }
        return new Units(n, null, n, strata);
    }

    private static Units clustered(int n, int[] clusters) {
        if (clusters.length != n) {
            throw new InvalidInputException("cluster column has " + clusters.length + " rows, expected " + n);
        }
        Map<Integer, Integer> ids = new HashMap<>();
        int[] unit = new int[n];
        for (int i = 0; i < n; i++) {
            Integer u = ids.putIfAbsent(clusters[i], ids.size());
            unit[i] = u == null ? ids.size() - 1 : u;
        }
        return new Units(n, unit, ids.size(), null);
    }

    /** @return the random stream of replicate {@code b}: a function of (seed, b) only */
    static SplittableRandom stream(long seed, long b) {
        return new SplittableRandom(mix(mix(seed) + b));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform int in [0, bound) by Lemire's multiply-shift with rejection (unbiased, almost never divides): faster
     * than {@link SplittableRandom#nextInt(int)}, which takes a remainder per draw.
     */
    static int below(SplittableRandom rng, int bound) {
        long m = (rng.nextInt() & 0xffffffffL) * bound;
        long low = m & 0xffffffffL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (rng.nextInt() & 0xffffffffL) * bound;
                low = m & 0xffffffffL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * Draws the per-row counts of one replicate.
     *
     * @param rng the replicate's stream
     * @param unitCounts scratch of {@link #units} ints (used when clustered)
     * @param rowCounts output, {@link #rows} ints
     */
    void draw(SplittableRandom rng, int[] unitCounts, int[] rowCounts) {
        if (unitOfRow != null) {
            Arrays.fill(unitCounts, 0);
            for (int k = 0; k < units; k++) {
                unitCounts[below(rng, units)]++;
            }
            for (int i = 0; i < rows; i++) {
                rowCounts[i] = unitCounts[unitOfRow[i]];
            }
            return;
        }
        Arrays.fill(rowCounts, 0);
        if (strata == null) {
            for (int k = 0; k < rows; k++) {
                rowCounts[below(rng, rows)]++;
            }
            return;
        }
        for (int[] s : strata) {
            for (int k = 0; k < s.length; k++) {
                rowCounts[s[below(rng, s.length)]]++;
            }
        }
    }

    /**
     * Jackknife groups: unit u belongs to group {@code u * groups / units} after a seeded shuffle of units (exact
     * leave-one-out when {@code groups == units}). Fills {@code rowCounts} with 1, except 0 for the rows of group g.
     */
    int[] groupOfUnit(int groups, long seed) {
        int[] perm = new int[units];
        for (int u = 0; u < units; u++) {
            perm[u] = u;
        }
        if (groups < units) {
            SplittableRandom rng = stream(seed, -1);
            for (int u = units - 1; u > 0; u--) {
                int j = rng.nextInt(u + 1);
                int t = perm[u];
                perm[u] = perm[j];
                perm[j] = t;
            }
        }
        int[] group = new int[units];
        for (int k = 0; k < units; k++) {
            group[perm[k]] = (int) ((long) k * groups / units);
        }
        return group;
    }

    /** @return whether this is plain row resampling (no strata, no clusters) */
    boolean plain() {
        return unitOfRow == null && strata == null;
    }

    /** @return the unit of row {@code i} */
    int unit(int i) {
        return unitOfRow == null ? i : unitOfRow[i];
    }
}
