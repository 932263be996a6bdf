package dev.verdict.io.trec;

import dev.verdict.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The parsed lines of one TREC file (run or qrels) as growable primitive columns: the query id of each line, its
 * value (score or judgment), its docno as a slice of one byte arena (docnos are appended in line order, so the slice
 * of line i ends at {@code docEnd[i]} and starts where line i-1's ended), and, once {@link DocCodes} has run, the
 * docno's code within its query.
 */
final class TrecRows {
    private static final long MAX_ARENA = Integer.MAX_VALUE - 16;

    int[] query;
    double[] value;
    int[] docEnd;
    int[] doc;
    byte[] arena;
    int size;
    private int arenaSize;

    TrecRows(int capacity) {
        query = new int[capacity];
        value = new double[capacity];
        docEnd = new int[capacity];
        arena = new byte[(int) Math.min(MAX_ARENA, Math.max(1 << 16, capacity * 12L))];
    }

    void add(int q, byte[] buf, int docFrom, int docTo, double v) {
        if (size == query.length) {
            int n = size * 2;
            query = Arrays.copyOf(query, n);
            value = Arrays.copyOf(value, n);
            docEnd = Arrays.copyOf(docEnd, n);
        }
        int len = docTo - docFrom;
        reserveArena(len, true);
        System.arraycopy(buf, docFrom, arena, arenaSize, len);
        arenaSize += len;
        query[size] = q;
        value[size] = v;
        docEnd[size] = arenaSize;
        size++;
    }

    /** Appends the lines of {@code other}, mapping its query ids through {@code queryMap}. */
    void append(TrecRows other, int[] queryMap) {
        int n = size + other.size;
        if (n > query.length) {
            query = Arrays.copyOf(query, n);
            value = Arrays.copyOf(value, n);
            docEnd = Arrays.copyOf(docEnd, n);
        }
        int bytes = other.size == 0 ? 0 : other.docEnd[other.size - 1];
        reserveArena(bytes, false);
        System.arraycopy(other.arena, 0, arena, arenaSize, bytes);
        System.arraycopy(other.value, 0, value, size, other.size);
        for (int i = 0; i < other.size; i++) {
            query[size + i] = queryMap[other.query[i]];
            docEnd[size + i] = arenaSize + other.docEnd[i];
        }
        size = n;
        arenaSize += bytes;
    }

    /**
     * Makes room for {@code more} docno bytes, doubling the arena when {@code amortized} (line by line), else exactly.
     *
     * @throws InvalidInputException when a file's docnos exceed what one Java array holds
     */
    private void reserveArena(int more, boolean amortized) {
        long need = (long) arenaSize + more;
        if (need <= arena.length) {
            return;
        }
        if (need > MAX_ARENA) {
            throw new InvalidInputException("more than 2 GB of docnos in one TREC file; split the run by query");
        }
        arena = Arrays.copyOf(arena, (int) (amortized ? Math.min(MAX_ARENA, Math.max(need, 2L * arena.length)) : need));
    }

    /** @return where the docno of line {@code i} starts in {@link #arena} */
    int docStart(int i) {
        return i == 0 ? 0 : docEnd[i - 1];
    }

    /** @return the docno of line {@code i} */
    String docno(int i) {
        int s = docStart(i);
        return new String(arena, s, docEnd[i] - s, StandardCharsets.UTF_8);
    }

    /** Replaces each query id by {@code rank[id]}. */
    void remapQueries(int[] rank) {
        for (int i = 0; i < size; i++) {
            query[i] = rank[query[i]];
        }
    }

    /**
     * Counting sort of line indices by query id.
     *
     * @param nq number of query ids
     * @param perm receives the line indices grouped by query (length >= size)
     * @return offsets: the lines of query q are {@code perm[off[q] .. off[q+1])}, in file order
     */
    int[] byQuery(int nq, int[] perm) {
        int[] off = new int[nq + 1];
        for (int i = 0; i < size; i++) {
            off[query[i] + 1]++;
        }
        for (int q = 0; q < nq; q++) {
            off[q + 1] += off[q];
        }
        int[] next = Arrays.copyOf(off, nq);
        for (int i = 0; i < size; i++) {
            perm[next[query[i]]++] = i;
        }
        return off;
    }
}
