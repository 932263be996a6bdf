package dev.verdict.core.clustering;

/**
 * An open-addressing hash map from {@code long} keys to {@code long} counts, without boxing. Keys are arbitrary
 * (no reserved value: occupancy is tracked separately).
 */
final class LongCountMap {
    private long[] keys = new long[16];
    private long[] values = new long[16];
    private boolean[] used = new boolean[16];
    private int size;

    /** Adds {@code delta} to the count of {@code key}. */
    void add(long key, long delta) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int at = mix(key) & mask;
        while (used[at]) {
            if (keys[at] == key) {
                values[at] += delta;
                return;
            }
            at = (at + 1) & mask;
        }
        used[at] = true;
        keys[at] = key;
        values[at] = delta;
        size++;
    }

    /** Adds every count of {@code other}. */
    void addAll(LongCountMap other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.used[i]) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    /** @return number of distinct keys */
    int size() {
        return size;
    }

    /** @return the keys, in slot order (length {@link #size()}) */
    long[] keys() {
        long[] out = new long[size];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                out[k++] = keys[i];
            }
        }
        return out;
    }

    /** @return the count of {@code key}, 0 when absent */
    long get(long key) {
        int mask = keys.length - 1;
        int at = mix(key) & mask;
        while (used[at]) {
            if (keys[at] == key) {
                return values[at];
            }
            at = (at + 1) & mask;
        }
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
