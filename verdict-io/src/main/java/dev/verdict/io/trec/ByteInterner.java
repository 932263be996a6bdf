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
        int[] ids = new int[size];
        long[] prefix = new long[size];
        int skip = commonPrefix();
        for (int i = 0; i < size; i++) {
            ids[i] = i;
            prefix[i] = prefix(i, skip);
        }
        sort(ids, prefix, 0, size - 1);
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[ids[r]] = r;
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

    /** @return the length of the prefix every string shares (such bytes never decide an order) */
    private int commonPrefix() {
        if (size == 0) {
            return 0;
        }
        int c = length[0];
        for (int id = 1; id < size && c > 0; id++) {
            int n = Math.min(c, length[id]);
            int i = 0;
            while (i < n && arena[offset[0] + i] == arena[offset[id] + i]) {
                i++;
            }
            c = i;
        }
        return c;
    }

    /**
     * Bytes {@code skip .. skip+8}, big-endian, zero-padded: as every string shares its first {@code skip} bytes,
     * unsigned order of these prefixes agrees with strcmp order (ties are resolved on the full strings).
     */
    private long prefix(int id, int skip) {
        long p = 0;
        int o = offset[id] + skip;
        int n = length[id] - skip;
        for (int i = 0; i < 8; i++) {
            p = (p << 8) | (i < n ? arena[o + i] & 0xff : 0);
        }
        return p;
    }

    private int compare(int a, int b, long pa, long pb) {
        int c = Long.compareUnsigned(pa, pb);
        if (c != 0) {
            return c;
        }
        return Arrays.compareUnsigned(arena, offset[a], offset[a] + length[a], arena, offset[b], offset[b] + length[b]);
    }

    private void sort(int[] ids, long[] pre, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            int pivot = ids[mid];
            long pp = pre[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compare(ids[i], pivot, pre[i], pp) < 0) {
                    i++;
                }
                while (compare(ids[j], pivot, pre[j], pp) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(ids, pre, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sort(ids, pre, lo, j);
                lo = i;
            } else {
                sort(ids, pre, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(ids[j], ids[j - 1], pre[j], pre[j - 1]) < 0; j--) {
                swap(ids, pre, j, j - 1);
            }
        }
    }

    private static void swap(int[] ids, long[] pre, int i, int j) {
        int t = ids[i];
        ids[i] = ids[j];
        ids[j] = t;
        long u = pre[i];
        pre[i] = pre[j];
        pre[j] = u;
    }
}
