package dev.verdict.io.trec;

import dev.verdict.core.Parts;

/**
 * Gives every docno a code <em>within its query</em>: the rank of the docno among the distinct docnos of that query
 * in the run and the qrels together, in bytewise (unsigned, C {@code strcmp}) order. That is all the ranking engine
 * needs: it joins run and qrels, rejects duplicates and breaks score ties only within a query, so codes need not be
 * comparable across queries. Working query by query keeps every lookup in a table of about a thousand entries
 * (cache-resident) instead of one dictionary of every docno of the run, which is memory-latency bound at 10^7
 * docnos; and the queries are split between threads. Each query's docnos are ordered by {@link BytewiseSort}.
 */
final class DocCodes {
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
        int[] bounds = Parts.ranges(nq, 100_000, q -> (long) codes.qOff[q] + codes.rOff[q]);
        int parts = bounds.length - 1;
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
        BytewiseSort s = new BytewiseSort();
        for (int q = from; q < to; q++) {
            Duplicate d = query(q, s);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Duplicate query(int q, BytewiseSort s) {
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
            s.arena[e] = rows.arena;
            s.start[e] = rows.docStart(line);
            s.end[e] = rows.docEnd[line];
        }
        s.sort(n);
        int code = -1;
        int seenJudged = -1;
        int seenRetrieved = -1;
        for (int k = 0; k < n; k++) {
            int e = s.idx[k];
            if (k == 0 || !s.sameAsPrevious(k)) {
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
}
