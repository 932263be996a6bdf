package dev.verdict.io.trec;

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
 * zero-padded; keys that tie are resolved on the full bytes, so the order is exactly strcmp's.
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
     * @param threads threads to split the queries between (1 = the calling thread only)
     * @return the first duplicate (lowest query id), or null when every (query, docno) is unique in each file
     */
    static Duplicate assign(TrecRows qrels, TrecRows run, int nq, int threads) {
        DocCodes codes = new DocCodes(qrels, run, nq);
        int[] bounds = codes.split(nq, Math.max(1, threads));
        int parts = bounds.length - 1;
        Duplicate[] found = new Duplicate[parts];
        RuntimeException[] failed = new RuntimeException[parts];
        Thread[] workers = new Thread[parts];
        for (int t = 1; t < parts; t++) {
            int part = t;
            workers[t] = new Thread(() -> {
                try {
                    found[part] = codes.range(bounds[part], bounds[part + 1]);
                } catch (RuntimeException e) {
                    failed[part] = e;
                }
            }, "verdict-trec-codes-" + t);
            workers[t].start();
        }
        found[0] = codes.range(bounds[0], bounds[1]);
        for (int t = 1; t < parts; t++) {
            try {
                workers[t].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while coding docnos", e);
            }
        }
        for (int t = 0; t < parts; t++) {
            if (failed[t] != null) {
                throw failed[t];
            }
            if (found[t] != null) {
                return found[t];
            }
        }
        return null;
    }

    /** @return query boundaries splitting the lines into about equal parts (no part for tiny inputs) */
    private int[] split(int nq, int threads) {
        long total = (long) qrels.size + run.size;
        if (threads == 1 || total < 200_000 || nq < threads) {
            return new int[] {0, nq};
        }
        int[] bounds = new int[threads + 1];
        int t = 1;
        for (int q = 0; q < nq && t < threads; q++) {
            long before = (long) qOff[q] + rOff[q];
            if (before * threads >= total * t) {
                bounds[t++] = q;
            }
        }
        while (t <= threads) {
            bounds[t++] = nq;
        }
        return bounds;
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
        int[] start = new int[0];
        int[] end = new int[0];

        void ensure(int n) {
            if (key.length < n) {
                int c = Math.max(n, key.length * 2);
                key = new long[c];
                idx = new int[c];
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
        sort(s, nj, 0, n - 1);
        int code = -1;
        int seenJudged = -1;
        int seenRetrieved = -1;
        for (int k = 0; k < n; k++) {
            int e = s.idx[k];
            if (k == 0 || compare(s, nj, s.idx[k - 1], e) != 0) {
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

    private int compare(Scratch s, int nj, int a, int b) {
        int c = Long.compareUnsigned(s.key[a], s.key[b]);
        if (c != 0) {
            return c;
        }
        return Arrays.compareUnsigned(arena(a, nj), s.start[a], s.end[a], arena(b, nj), s.start[b], s.end[b]);
    }

    /** Sorts {@code s.idx[lo..hi]} by docno (quicksort, median of three, insertion sort for short runs). */
    private void sort(Scratch s, int nj, int lo, int hi) {
        int[] idx = s.idx;
        while (hi - lo > INSERTION) {
            int mid = (lo + hi) >>> 1;
            if (compare(s, nj, idx[mid], idx[lo]) < 0) {
                swap(idx, mid, lo);
            }
            if (compare(s, nj, idx[hi], idx[lo]) < 0) {
                swap(idx, hi, lo);
            }
            if (compare(s, nj, idx[hi], idx[mid]) < 0) {
                swap(idx, hi, mid);
            }
            int pivot = idx[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (compare(s, nj, idx[i], pivot) < 0) {
                    i++;
                }
                while (compare(s, nj, pivot, idx[j]) < 0) {
                    j--;
                }
                if (i <= j) {
                    swap(idx, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sort(s, nj, lo, j);
                lo = i;
            } else {
                sort(s, nj, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = idx[i];
            int j = i - 1;
            while (j >= lo && compare(s, nj, v, idx[j]) < 0) {
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
