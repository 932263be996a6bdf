package dev.verdict.io.trec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.nio.charset.StandardCharsets;

/**
 * Interns byte strings (qids, docnos) to dense ids in first-seen order with an open-addressing hash table over a
 * byte arena, so that repeated ids cost no allocation. {@link #sortedRanks()} then orders them bytewise (unsigned, as
 * C's {@code strcmp}).
 */
final class ByteInterner {
    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    private int[] offset = new int[1024];
    private int[] length = new int[1024];
    private int[] hashes = new int[1024];
    private int size;
    /** Slot = (hash << 32) | (id + 1); 0 = empty. Keeping the hash in the slot avoids a memory access per probe. */
    private long[] table = new long[2048];
    private int mask = 2047;

    /** @return the id of {@code buf[from..to)}, adding it when new */
    int intern(byte[] buf, int from, int to) {
        int h = hash(buf, from, to);
        int slot = h & mask;
        while (true) {
            long e = table[slot];
            if (e == 0) {
                return add(buf, from, to, h, slot);
            }
            int id = (int) e - 1;
            if ((int) (e >>> 32) == h && equal(id, buf, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** @return number of distinct strings */
    int size() {
        return size;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    private boolean equal(int id, byte[] buf, int from, int to) {
        int n = to - from;
        if (length[id] != n) {
            return false;
        }
        return Arrays.equals(arena, offset[id], offset[id] + n, buf, from, to);
    }

    private int add(byte[] buf, int from, int to, int h, int slot) {
        int n = to - from;
        if (arenaSize + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arenaSize + n, arena.length * 2));
        }
        System.arraycopy(buf, from, arena, arenaSize, n);
        if (size == offset.length) {
            offset = Arrays.copyOf(offset, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        offset[size] = arenaSize;
        length[size] = n;
        hashes[size] = h;
        arenaSize += n;
        table[slot] = ((long) h << 32) | (size + 1L);
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        table = new long[table.length * 2];
        mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = ((long) hashes[id] << 32) | (id + 1L);
        }
    }

    /** @return rank[id] = position of string id in bytewise (unsigned) order */
    int[] sortedRanks() {
        BytewiseSort sort = new BytewiseSort();
        sort.ensure(size);
        for (int id = 0; id < size; id++) {
            sort.arena[id] = arena;
            sort.start[id] = offset[id];
            sort.end[id] = offset[id] + length[id];
        }
        sort.sort(size);
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[sort.idx[r]] = r;
        }
        return rank;
    }

    /** @return the strings in bytewise order (UTF-8) */
    List<String> sortedStrings(int[] rank) {
        String[] out = new String[size];
        for (int id = 0; id < size; id++) {
            out[rank[id]] = new String(arena, offset[id], length[id], StandardCharsets.UTF_8);
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** @return map[id] = the id of the same string in {@code target} (interned there when new) */
    int[] remapInto(ByteInterner target) {
        int[] map = new int[size];
        for (int id = 0; id < size; id++) {
            map[id] = target.intern(arena, offset[id], offset[id] + length[id]);
        }
        return map;
    }

    /** @return string {@code id} */
    String string(int id) {
        return new String(arena, offset[id], length[id], StandardCharsets.UTF_8);
    }
}
