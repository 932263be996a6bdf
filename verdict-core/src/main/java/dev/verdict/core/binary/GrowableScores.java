package dev.verdict.core.binary;

import java.util.Arrays;

/**
 * A growable buffer of scores with optional weights (weights stay {@code null} while every row weighs 1), sortable
 * ascending in place. Sorting reorders rows only, so a sorted buffer holds the same multiset.
 */
final class GrowableScores {
    private static final int SMALL = 1 << 12;
    private double[] scores = new double[16];
    private double[] weights;
    private int size;
    private boolean sorted = true;

    int size() {
        return size;
    }

    boolean weighted() {
        return weights != null;
    }

    double[] scores() {
        return scores;
    }

    /** @return the weights, or null when every row weighs 1 */
    double[] weights() {
        return weights;
    }

    /** Makes room for {@code extra} more rows at once, exactly (a batch whose size is known needs no slack). */
    void reserve(int extra) {
        int capacity = size + extra;
        if (capacity > scores.length) {
            scores = Arrays.copyOf(scores, capacity);
            if (weights != null) {
                weights = Arrays.copyOf(weights, capacity);
            }
        }
    }

    void add(double score) {
        ensure(size + 1);
        if (weights != null) {
            weights[size] = 1.0;
        }
        scores[size++] = score;
        sorted = false;
    }

    void add(double score, double weight) {
        if (weights == null && weight != 1.0) {
            makeWeighted();
        }
        ensure(size + 1);
        if (weights != null) {
            weights[size] = weight;
        }
        scores[size++] = score;
        sorted = false;
    }

    /** Empties the buffer, keeping its capacity (an empty buffer is sorted). */
    void clear() {
        size = 0;
        sorted = true;
    }

    /**
     * Appends a row whose score is not below the last one's, so the buffer stays sorted (the replicator refills a
     * buffer from the once-sorted rows). Room must have been {@link #reserve reserved}.
     */
    void appendAscending(double score, double weight) {
        if (weights == null && weight != 1.0) {
            makeWeighted();
        }
        if (weights != null) {
            weights[size] = weight;
        }
        scores[size++] = score;
    }

    void addAll(GrowableScores other) {
        if (other.size == 0) {
            return;
        }
        if (other.weights != null && weights == null) {
            makeWeighted();
        }
        reserve(other.size);
        System.arraycopy(other.scores, 0, scores, size, other.size);
        if (weights != null) {
            if (other.weights != null) {
                System.arraycopy(other.weights, 0, weights, size, other.size);
            } else {
                Arrays.fill(weights, size, size + other.size, 1.0);
            }
        }
        size += other.size;
        sorted = false;
    }

    /** @return the total weight (row count when unweighted) */
    double totalWeight() {
        if (weights == null) {
            return size;
        }
        double t = 0;
        for (int i = 0; i < size; i++) {
            t += weights[i];
        }
        return t;
    }

    /** Sorts ascending by score (weights follow). */
    void sort() {
        if (sorted) {
            return;
        }
        if (weights == null) {
            if (size < SMALL) {
                Arrays.sort(scores, 0, size);
            } else {
                RadixSort.sort(scores, size);
            }
        } else {
            RadixSort.sort(scores, weights, size);
        }
        sorted = true;
    }

    private void makeWeighted() {
        weights = new double[scores.length];
        Arrays.fill(weights, 0, size, 1.0);
    }

    private void ensure(int capacity) {
        if (capacity > scores.length) {
            int n = Math.max(capacity, scores.length + (scores.length >> 1));
            scores = Arrays.copyOf(scores, n);
            if (weights != null) {
                weights = Arrays.copyOf(weights, n);
            }
        }
    }
}
