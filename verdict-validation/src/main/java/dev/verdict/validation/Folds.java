package dev.verdict.validation;

import dev.verdict.core.InvalidInputException;
import java.util.SplittableRandom;

/**
 * Fold assignment, one fold index per row, following scikit-learn 1.2.1's splitters ({@code sklearn.model_selection}).
 * Fold sizes always equal scikit-learn's. Deterministic splitters (GroupKFold, TimeSeriesSplit, and KFold /
 * StratifiedKFold without shuffling) give exactly scikit-learn's folds; shuffled ones use Java's
 * {@link SplittableRandom} seeded with the given seed instead of numpy's generator, so the same seed always gives the
 * same folds but not numpy's permutation.
 */
public final class Folds {
    /** Fold value of rows that are never in a test block (the first rows of a time-series split). */
    public static final int TRAIN_ONLY = -1;

    private Folds() {
    }

    /**
     * {@code KFold(n_splits=k, shuffle, random_state)}: the first {@code n % k} folds hold {@code n / k + 1} rows, the
     * others {@code n / k}; without shuffling fold f is a block of consecutive rows.
     *
     * @param n rows
     * @param k folds, at least 2 and at most n
     * @param shuffle whether rows are permuted (Fisher-Yates with {@code seed}) before cutting blocks
     * @param seed the seed
     * @return the fold of each row
     */
    public static int[] kFold(int n, int k, boolean shuffle, long seed) {
        checkK(k, n, "rows");
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (shuffle) {
            shuffle(order, new SplittableRandom(seed));
        }
        int[] fold = new int[n];
        int pos = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            for (int j = 0; j < size; j++) {
                fold[order[pos++]] = f;
            }
        }
        return fold;
    }

    /**
     * {@code StratifiedKFold}: classes are numbered by first appearance; the rows sorted by class are dealt to folds
     * round-robin to fix how many rows of each class each fold gets (scikit-learn's allocation, exactly), then each
     * class's rows receive their folds in row order, or in a seeded random order when shuffling.
     *
     * @param cls class code of each row, 0-based, numbered by first appearance
     * @param classes number of classes
     * @param k folds
     * @param shuffle whether each class's fold list is shuffled
     * @param seed the seed
     * @return the fold of each row
     * @throws InvalidInputException when k exceeds the size of every class
     */
    public static int[] stratified(int[] cls, int classes, int k, boolean shuffle, long seed) {
        int n = cls.length;
        checkK(k, n, "rows");
        int[] counts = new int[classes];
        for (int c : cls) {
            counts[c]++;
        }
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        if (k > max) {
            throw new InvalidInputException("--k " + k + " is greater than the number of rows of every class (largest "
                    + "class: " + max + " rows)");
        }
        int[][] allocation = new int[classes][k];
        int pos = 0;
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < counts[c]; j++) {
                allocation[c][pos % k]++;
                pos++;
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] foldsOfClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            int[] list = new int[counts[c]];
            int at = 0;
            for (int f = 0; f < k; f++) {
                for (int j = 0; j < allocation[c][f]; j++) {
                    list[at++] = f;
                }
            }
            if (shuffle) {
                shuffle(list, rng);
            }
            foldsOfClass[c] = list;
        }
        int[] next = new int[classes];
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[i] = foldsOfClass[cls[i]][next[cls[i]]++];
        }
        return fold;
    }

    /**
     * {@code GroupKFold}: groups (coded in sorted order of their values, as {@code np.unique}) are ordered by size,
     * largest first, with ties ordered as numpy 1.24's {@code argsort(sizes)[::-1]}, and each goes to the fold with the
     * fewest rows so far (the first such fold on ties). Deterministic; no seed.
     *
     * @param group group code of each row, 0-based, in sorted order of the group values
     * @param groups number of groups
     * @param k folds, at most the number of groups
     * @return the fold of each row
     */
    public static int[] group(int[] group, int groups, int k) {
        if (k < 2) {
            throw new InvalidInputException("--k must be at least 2, got " + k);
        }
        if (k > groups) {
            throw new InvalidInputException("--k " + k + " is greater than the number of groups (" + groups + ")");
        }
        long[] sizes = new long[groups];
        for (int g : group) {
            sizes[g]++;
        }
        int[] order = NumpyArgsort.argsort(sizes);
        long[] load = new long[k];
        int[] foldOfGroup = new int[groups];
        for (int j = groups - 1; j >= 0; j--) {
            int g = order[j];
            int lightest = 0;
            for (int f = 1; f < k; f++) {
                if (load[f] < load[lightest]) {
                    lightest = f;
                }
            }
            load[lightest] += sizes[g];
            foldOfGroup[g] = lightest;
        }
        int[] fold = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            fold[i] = foldOfGroup[group[i]];
        }
        return fold;
    }

    /**
     * {@code TimeSeriesSplit(n_splits=k, gap)}: with the rows in time order, the last {@code k * (n / (k + 1))} rows
     * form k consecutive test blocks of {@code n / (k + 1)} rows (fold 0 earliest); the rows before them are never
     * tested and get {@link #TRAIN_ONLY}. Split f trains on every row before block f except the {@code gap} rows just
     * before it.
     *
     * @param n rows
     * @param k splits
     * @param gap rows left out between training and test, at least 0
     * @return the fold of each row position in time order
     */
    public static int[] time(int n, int k, int gap) {
        if (k < 2) {
            throw new InvalidInputException("--k must be at least 2, got " + k);
        }
        if (gap < 0) {
            throw new InvalidInputException("--gap must be at least 0, got " + gap);
        }
        if (k + 1 > n) {
            throw new InvalidInputException("--k " + k + " needs at least k + 1 = " + (k + 1) + " rows, the data has "
                    + n);
        }
        int testSize = n / (k + 1);
        if ((long) n - gap - (long) testSize * k <= 0) {
            throw new InvalidInputException("too many splits (--k " + k + ") for " + n + " rows with test blocks of "
                    + testSize + " rows and --gap " + gap + ": no training row would remain");
        }
        int start = n - k * testSize;
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[i] = i < start ? TRAIN_ONLY : (i - start) / testSize;
        }
        return fold;
    }

    private static void checkK(int k, int n, String what) {
        if (k < 2) {
            throw new InvalidInputException("--k must be at least 2, got " + k);
        }
        if (k > n) {
            throw new InvalidInputException("--k " + k + " is greater than the number of " + what + " (" + n + ")");
        }
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
