package dev.verdict.core.generation;

import java.util.Arrays;

/**
 * Open-addressing interner of short char sequences to dense int ids (0, 1, 2, ...) without creating a String per
 * occurrence: the characters of each distinct token are kept once in a char pool.
 */
final class TokenInterner {
    private char[] pool = new char[1024];
    private int poolSize;
    private int[] start = new int[256];
    private int[] hashes = new int[256];
    private int size;
    private int[] table = new int[512];

    TokenInterner() {
        Arrays.fill(table, -1);
    }

    /** @return number of distinct tokens */
    int size() {
        return size;
    }

    /** @return the id of {@code buf[from, to)}, adding it when new */
    int intern(char[] buf, int from, int to) {
        return intern(buf, from, to, hash(buf, from, to));
    }

    /** @return the hash {@link #intern(char[], int, int, int)} expects: {@code String.hashCode} of the chars */
    static int hash(char[] buf, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    /**
     * @param h {@link #hash} of the chars (a tokenizer computes it while scanning them)
     * @return the id of {@code buf[from, to)}, adding it when new
     */
    int intern(char[] buf, int from, int to, int h) {
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (true) {
            int id = table[slot];
            if (id < 0) {
                return add(buf, from, to, h, slot);
            }
            if (hashes[id] == h && equal(id, buf, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return the id of {@code s}, adding it when new */
    int intern(String s) {
        char[] c = s.toCharArray();
        return intern(c, 0, c.length);
    }

    /** @return the token with id {@code id} */
    String token(int id) {
        return new String(pool, start[id], length(id));
    }

    private int length(int id) {
        return (id + 1 < size ? start[id + 1] : poolSize) - start[id];
    }

    private boolean equal(int id, char[] buf, int from, int to) {
        int len = to - from;
        if (length(id) != len) {
            return false;
        }
        int s = start[id];
        for (int i = 0; i < len; i++) {
            if (pool[s + i] != buf[from + i]) {
                return false;
            }
        }
        return true;
    }

    private int add(char[] buf, int from, int to, int h, int slot) {
        int len = to - from;
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(buf, from, pool, poolSize, len);
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int id = size++;
        start[id] = poolSize;
        hashes[id] = h;
        poolSize += len;
        table[slot] = id;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        Arrays.fill(t, -1);
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (t[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id;
        }
        table = t;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
