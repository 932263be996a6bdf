package dev.verdict.io.trec;

import dev.verdict.core.Parts;
import java.util.Arrays;

/**
 * Gives every docno a code <em>within its query</em>: the rank of the docno among the distinct docnos of that query
 * in the run and the qrels together, in bytewise (unsigned, C {@code strcmp}) order. That is all the ranking engine
 * needs: it joins run and qrels, rejects duplicates and breaks score ties only within a query, so codes need not be
 * comparable across queries. Working query by query keeps every lookup in a table of about a thousand entries
 * (cache-resident) instead of one dictionary of every docno of the run, which is memory-latency bound at 10^7
 * docnos; and the queries are split between threads.
 *
 * <p>The sort key of a docno is the 8 bytes after the prefix every docno of the query shares, big-endian and
 * zero-padded, sorted by an LSD radix sort; keys that tie are resolved on the full bytes, so the order is exactly
 * strcmp's.
 */
final class DocCodes {
    private static final int INSERTION = 16;

    /** A (query, docno) pair that occurs twice in one file: lines (0-based data-line indices) first and second. */
    record Duplicate(boolean inRun, int first, int second) {
    }

    private final TrecRows qrels;
    private final TrecRows run;
    private final int[] qPerm;
    private final int[] qOff;
    private final int[] rPerm;
    private final int[] rOff;

    private DocCodes(TrecRows qrels, TrecRows run, int nq) {
        this.qrels = qrels;
        this.run = run;
        qPerm = new int[qrels.size];
        qOff = qrels.byQuery(nq, qPerm);
        rPerm = new int[run.size];
        rOff = run.byQuery(nq, rPerm);
        qrels.doc = new int[qrels.size];
        run.doc = new int[run.size];
    }

    /**
     * Fills {@code qrels.doc} and {@code run.doc} with per-query docno codes.
     *
     * @param nq number of query ids used by both files
     * @return the first duplicate (lowest query id), or null when every (query, docno) is unique in each file
     */
    static Duplicate assign(TrecRows qrels, TrecRows run, int nq) {
        DocCodes codes = new DocCodes(qrels, run, nq);
        int parts = Math.min(Parts.count((long) qrels.size + run.size, 100_000), Math.max(1, nq));
        int[] bounds = Parts.split(nq, parts, q -> (long) codes.qOff[q] + codes.rOff[q]);
        Duplicate[] found = new Duplicate[parts];
        Parts.run(parts, p -> found[p] = codes.range(bounds[p], bounds[p + 1]));
        for (Duplicate d : found) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Codes queries {@code [from, to)}; returns the first duplicate met, or null. */
    private Duplicate range(int from, int to) {
        Scratch s = new Scratch();
        for (int q = from; q < to; q++) {
            Duplicate d = query(q, s);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Per-thread working arrays, grown to the largest query. */
    private static final class Scratch {
        long[] key = new long[0];
        int[] idx = new int[0];
        long[] key2 = new long[0];
        int[] idx2 = new int[0];
        int[] start = new int[0];
        int[] end = new int[0];
        final int[] count = new int[8 * 256];

        void ensure(int n) {
            if (key.length < n) {
                int c = Math.max(n, key.length * 2);
                key = new long[c];
                idx = new int[c];
                key2 = new long[c];
                idx2 = new int[c];
                start = new int[c];
                end = new int[c];
            }
        }
    }

    private Duplicate query(int q, Scratch s) {
        int j0 = qOff[q];
        int nj = qOff[q + 1] - j0;
        int r0 = rOff[q];
        int n = nj + rOff[q + 1] - r0;
        if (n == 0) {
            return null;
        }
        s.ensure(n);
        for (int e = 0; e < n; e++) {
            int line = e < nj ? qPerm[j0 + e] : rPerm[r0 + e - nj];
            TrecRows rows = e < nj ? qrels : run;
            s.start[e] = rows.docStart(line);
            s.end[e] = rows.docEnd[line];
        }
        int skip = commonPrefix(s, nj, n);
        for (int e = 0; e < n; e++) {
            s.key[e] = key(arena(e, nj), s.start[e] + skip, s.end[e]);
            s.idx[e] = e;
        }
        sort(s, nj, n);
        int code = -1;
        int seenJudged = -1;
        int seenRetrieved = -1;
        for (int k = 0; k < n; k++) {
            int e = s.idx[k];
            if (k == 0 || s.key[k - 1] != s.key[k] || compareBytes(s, nj, s.idx[k - 1], e) != 0) {
                code++;
                seenJudged = -1;
                seenRetrieved = -1;
            }
            if (e < nj) {
                int line = qPerm[j0 + e];
                if (seenJudged >= 0) {
                    return new Duplicate(false, Math.min(seenJudged, line), Math.max(seenJudged, line));
                }
                seenJudged = line;
                qrels.doc[line] = code;
            } else {
                int line = rPerm[r0 + e - nj];
                if (seenRetrieved >= 0) {
                    return new Duplicate(true, Math.min(seenRetrieved, line), Math.max(seenRetrieved, line));
                }
                seenRetrieved = line;
                run.doc[line] = code;
            }
        }
        return null;
    }

    private byte[] arena(int e, int nj) {
        return e < nj ? qrels.arena : run.arena;
    }

    /** @return the number of leading bytes every docno of the query shares */
    private int commonPrefix(Scratch s, int nj, int n) {
        byte[] a0 = arena(0, nj);
        int s0 = s.start[0];
        int c = s.end[0] - s0;
        for (int e = 1; e < n && c > 0; e++) {
            byte[] a = arena(e, nj);
            int m = Math.min(c, s.end[e] - s.start[e]);
            int i = Arrays.mismatch(a0, s0, s0 + m, a, s.start[e], s.start[e] + m);
            c = i < 0 ? m : i;
        }
        return c;
    }

    /** @return bytes {@code [from, from+8)} (those before {@code to}), big-endian, zero-padded */
    private static long key(byte[] a, int from, int to) {
        long k = 0;
        int n = Math.min(8, to - from);
        for (int i = 0; i < n; i++) {
            k = (k << 8) | (a[from + i] & 0xff);
        }
        return k << (8 * (8 - n));
    }

    /**
     * Sorts entries {@code 0..n-1} by docno into {@code s.idx}: an LSD radix sort of the 8-byte keys (byte positions
     * where every key has the same byte are skipped, so docnos that differ in a few characters cost a few passes),
     * then each run of equal keys is ordered on the full bytes.
     */
    private void sort(Scratch s, int nj, int n) {
        int[] count = s.count;
        Arrays.fill(count, 0);
        long[] key = s.key;
        for (int e = 0; e < n; e++) {
            long k = key[e];
            for (int b = 0; b < 8; b++) {
                count[(b << 8) | (int) ((k >>> (8 * b)) & 0xff)]++;
            }
        }
        int[] idx = s.idx;
        long[] key2 = s.key2;
        int[] idx2 = s.idx2;
        for (int b = 0; b < 8; b++) {
            int base = b << 8;
            if (count[base + (int) ((key[0] >>> (8 * b)) & 0xff)] == n) {
                continue;
            }
            int sum = 0;
            for (int v = 0; v < 256; v++) {
                int c = count[base + v];
                count[base + v] = sum;
                sum += c;
            }
            int shift = 8 * b;
            for (int i = 0; i < n; i++) {
                long k = key[i];
                int p = count[base + (int) ((k >>> shift) & 0xff)]++;
                key2[p] = k;
                idx2[p] = idx[i];
            }
            long[] tk = key;
            key = key2;
            key2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
        s.key = key;
        s.key2 = key2;
        s.idx = idx;
        s.idx2 = idx2;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && key[j] == key[i]) {
                j++;
            }
            if (j - i > 1) {
                sortByBytes(s, nj, i, j - 1);
            }
            i = j;
        }
    }

    private int compareBytes(Scratch s, int nj, int a, int b) {
        return Arrays.compareUnsigned(arena(a, nj), s.start[a], s.end[a], arena(b, nj), s.start[b], s.end[b]);
    }

    /** Sorts {@code s.idx[lo..hi]} (entries whose keys are equal) on the docnos' full bytes. */
    private void sortByBytes(Scratch s, int nj, int lo, int hi) {
        int[] idx = s.idx;
        while (hi - lo > INSERTION) {
            int mid = (lo + hi) >>> 1;
            if (compareBytes(s, nj, idx[mid], idx[lo]) < 0) {
                swap(idx, mid, lo);
            }
            if (compareBytes(s, nj, idx[hi], idx[lo]) < 0) {
                swap(idx, hi, lo);
            }
            if (compareBytes(s, nj, idx[hi], idx[mid]) < 0) {
                swap(idx, hi, mid);
            }
            int pivot = idx[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compareBytes(s, nj, idx[i], pivot) < 0) {
                    i++;
                }
                while (compareBytes(s, nj, pivot, idx[j]) < 0) {
                    j--;
                }
                if (i <= j) {
                    swap(idx, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sortByBytes(s, nj, lo, j);
                lo = i;
            } else {
                sortByBytes(s, nj, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = idx[i];
            int j = i - 1;
            while (j >= lo && compareBytes(s, nj, v, idx[j]) < 0) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = v;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
