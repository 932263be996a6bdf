package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;

/**
 * How the bootstrap (and the permutation test) resamples.
 *
 * @param resamples number of bootstrap replicates (or permutations), >= 1; 1000 is a common choice
 * @param seed the seed: results depend only on it (and the data), not on {@code threads}
 * @param threads worker threads, >= 1
 * @param stratify resample within each label stratum (binary or multiclass label column), keeping the class counts
 * @param clusters per-row cluster codes (user, query, session), or {@code null}: all rows of a drawn cluster enter the
 *     resample together; cannot be combined with {@code stratify}
 */
public record Resampling(int resamples, long seed, int threads, boolean stratify, int[] clusters) {
    /** Validates the components. */
    public Resampling {
        if (resamples < 1) {
            throw new InvalidInputException("resamples must be >= 1, got " + resamples);
        }
        if (threads < 1) {
            throw new InvalidInputException("threads must be >= 1, got " + threads);
        }
        if (stratify && clusters != null) {
            throw new InvalidInputException("stratify and cluster cannot be combined: cluster resampling draws whole "
                    + "clusters, which may mix labels");
        }
    }

    /** @return 1000 resamples, the given seed, one thread per core, plain row resampling */
    public static Resampling of(long seed) {
        return new Resampling(1000, seed, Runtime.getRuntime().availableProcessors(), false, null);
    }

    /** @param n resamples @return a copy with {@code n} resamples */
    public Resampling withResamples(int n) {
        return new Resampling(n, seed, threads, stratify, clusters);
    }

    /** @param n threads @return a copy with {@code n} threads */
    public Resampling withThreads(int n) {
        return new Resampling(resamples, seed, n, stratify, clusters);
    }

    /** @return a copy resampling within label strata */
    public Resampling stratified() {
        return new Resampling(resamples, seed, threads, true, null);
    }

    /** @param codes per-row cluster codes @return a copy resampling whole clusters */
    public Resampling clustered(int[] codes) {
        return new Resampling(resamples, seed, threads, false, codes);
    }
}
