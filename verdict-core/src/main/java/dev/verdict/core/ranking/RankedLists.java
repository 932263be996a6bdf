package dev.verdict.core.ranking;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Parts;
import java.util.Arrays;

/**
 * Per-query ranked lists built from a {@link RankingState}, as trec_eval's {@code form_res_rels} builds them: the run
 * documents of each query sorted by score descending, ties broken by document code descending (docno descending),
 * each carrying its judgment ({@code NaN} when the document is not judged for the query), plus every judgment of the
 * query sorted by relevance descending (for the number of relevant documents, the ideal DCG and bpref).
 *
 * <p>Queries are indexed densely in increasing query-code order; {@link #queryCode(int)} maps back.
 */
final class RankedLists {
    /** Query codes, increasing. */
    final int[] queryCodes;
    /** Run rows of query q are ranks {@code [runStart[q], runStart[q+1])} of {@link #rankedRel}. */
    final int[] runStart;
    /** Judgment of the document at each rank, NaN when not judged. */
    final double[] rankedRel;
    /** Judgments of query q are {@code [judgStart[q], judgStart[q+1])} of {@link #judgRel}, sorted descending. */
    final int[] judgStart;
    /** Every judgment value, per query, descending. */
    final double[] judgRel;

    private RankedLists(int[] queryCodes, int[] runStart, double[] rankedRel, int[] judgStart, double[] judgRel) {
        this.queryCodes = queryCodes;
        this.runStart = runStart;
        this.rankedRel = rankedRel;
        this.judgStart = judgStart;
        this.judgRel = judgRel;
    }

    /** @return number of queries (run topics and qrels topics) */
    int size() {
        return queryCodes.length;
    }

    /** @return the query code of dense query {@code q} */
    int queryCode(int q) {
        return queryCodes[q];
    }

    /** @return whether query q has run rows */
    boolean inRun(int q) {
        return runStart[q + 1] > runStart[q];
    }

    /** @return whether query q has at least one judgment */
    boolean inQrels(int q) {
        return judgStart[q + 1] > judgStart[q];
    }

    static RankedLists build(int[] rq, int[] rd, double[] rs, double[] rr, int nRun, int[] jq, int[] jd, double[] jr,
            int nQrels) {
        DenseCodes queries = DenseCodes.of(rq, nRun, jq, nQrels);
        DenseCodes docs = DenseCodes.of(rd, nRun, jd, nQrels);
        int nq = queries.count();
        int[] runPerm = new int[nRun];
        int[] runOff = bucket(queries, rq, nRun, nq, runPerm);
        int[] qrelPerm = new int[nQrels];
        int[] qrelOff = bucket(queries, jq, nQrels, nq, qrelPerm);
        double[] ranked = new double[nRun];
        int[] bounds = Parts.ranges(nq, 100_000, q -> (long) runOff[q] + qrelOff[q]);
        int parts = bounds.length - 1;
        Builder[] builders = new Builder[parts];
        Parts.run(parts, p -> {
            int from = bounds[p];
            int to = bounds[p + 1];
            Builder b = new Builder(to - from, runOff[from], qrelOff[to] - qrelOff[from], docs.count(), ranked);
            for (int q = from; q < to; q++) {
                b.query(q, queries.original(q), docs, rd, rs, rr, runPerm, runOff[q], runOff[q + 1], jd, jr,
                        qrelPerm, qrelOff[q], qrelOff[q + 1]);
            }
            builders[p] = b;
        });
        return concat(builders, ranked);
    }

    /** Joins the parts' lists (each part covers a contiguous range of queries and of {@code ranked}). */
    private static RankedLists concat(Builder[] parts, double[] ranked) {
        int nq = 0;
        int nJudg = 0;
        for (Builder b : parts) {
            nq += b.outQ;
            nJudg += b.nJudg;
        }
        int[] codes = new int[nq];
        int[] runStart = new int[nq + 1];
        int[] judgStart = new int[nq + 1];
        double[] judg = new double[nJudg];
        int q = 0;
        int j = 0;
        for (Builder b : parts) {
            System.arraycopy(b.codes, 0, codes, q, b.outQ);
            System.arraycopy(b.runStart, 0, runStart, q, b.outQ + 1);
            for (int i = 0; i <= b.outQ; i++) {
                judgStart[q + i] = j + b.judgStart[i];
            }
            System.arraycopy(b.judg, 0, judg, j, b.nJudg);
            q += b.outQ;
            j += b.nJudg;
        }
        return new RankedLists(codes, runStart, ranked, judgStart, judg);
    }

    /** Counting sort of row indices by dense query; returns offsets of size nq + 1. */
    private static int[] bucket(DenseCodes queries, int[] codes, int n, int nq, int[] perm) {
        int[] off = new int[nq + 1];
        for (int i = 0; i < n; i++) {
            off[queries.dense(codes[i]) + 1]++;
        }
        for (int q = 0; q < nq; q++) {
            off[q + 1] += off[q];
        }
        int[] next = Arrays.copyOf(off, nq);
        for (int i = 0; i < n; i++) {
            perm[next[queries.dense(codes[i])]++] = i;
        }
        return off;
    }

    /**
     * Accumulates the per-query output arrays of a contiguous range of queries, dropping dense query slots that have
     * no row. Parts of the query range are built on separate threads, each with its own builder.
     */
    private static final class Builder {
        private final int[] codes;
        private final int[] runStart;
        private final double[] ranked;
        private final int[] judgStart;
        private double[] judg;
        private final int[] qrelStamp;
        private final int[] qrelRow;
        private final int[] runStamp;
        private int[] order = new int[16];
        private final RankSort rankSort = new RankSort();
        private int outQ;
        private int nRanked;
        private int nJudg;

        /**
         * @param nq queries of this part
         * @param firstRank where this part's ranked rows start in the shared {@code ranked} array
         * @param nQrels judgments of this part
         * @param nDocs document code range
         * @param ranked the shared output array (this part writes its own range)
         */
        Builder(int nq, int firstRank, int nQrels, int nDocs, double[] ranked) {
            codes = new int[nq];
            runStart = new int[nq + 1];
            judgStart = new int[nq + 1];
            this.ranked = ranked;
            nRanked = firstRank;
            runStart[0] = firstRank;
            judg = new double[nQrels + 16];
            qrelStamp = new int[nDocs];
            qrelRow = new int[nDocs];
            runStamp = new int[nDocs];
            Arrays.fill(qrelStamp, -1);
            Arrays.fill(runStamp, -1);
        }

        void query(int q, int code, DenseCodes docs, int[] rd, double[] rs, double[] rr, int[] runPerm, int r0,
                int r1, int[] jd, double[] jr, int[] qrelPerm, int j0, int j1) {
            if (r0 == r1 && j0 == j1) {
                return;
            }
            for (int p = j0; p < j1; p++) {
                int j = qrelPerm[p];
                int d = docs.dense(jd[j]);
                if (qrelStamp[d] == q) {
                    throw new InvalidInputException("document code " + jd[j] + " is judged twice for query code "
                            + code + " (trec_eval: duplicate docs)");
                }
                qrelStamp[d] = q;
                qrelRow[d] = j;
                addJudgment(jr[j]);
            }
            int n = r1 - r0;
            if (order.length < n) {
                order = new int[Math.max(n, order.length * 2)];
            }
            for (int p = r0; p < r1; p++) {
                int i = runPerm[p];
                int d = docs.dense(rd[i]);
                if (runStamp[d] == q) {
                    throw new InvalidInputException("document code " + rd[i] + " is retrieved twice for query code "
                            + code + " (trec_eval: duplicate docs)");
                }
                runStamp[d] = q;
                order[p - r0] = i;
            }
            rankSort.sort(order, n, rs, rd);
            for (int k = 0; k < n; k++) {
                ranked[nRanked + k] = judgmentOf(q, code, order[k], docs, rd, rr, jr);
            }
            nRanked += n;
            Arrays.sort(judg, judgStart[outQ], nJudg);
            reverse(judg, judgStart[outQ], nJudg);
            codes[outQ] = code;
            outQ++;
            runStart[outQ] = nRanked;
            judgStart[outQ] = nJudg;
        }

        private double judgmentOf(int q, int code, int i, DenseCodes docs, int[] rd, double[] rr, double[] jr) {
            int d = docs.dense(rd[i]);
            double own = rr == null ? Double.NaN : rr[i];
            if (qrelStamp[d] == q) {
                double fromQrels = jr[qrelRow[d]];
                if (!Double.isNaN(own) && Double.compare(own, fromQrels) != 0) {
                    throw new InvalidInputException("document code " + rd[i] + " of query code " + code
                            + " has relevance " + own + " in the run rows but " + fromQrels + " in the qrels");
                }
                return fromQrels;
            }
            if (!Double.isNaN(own)) {
                addJudgment(own);
            }
            return own;
        }

        private void addJudgment(double v) {
            if (nJudg == judg.length) {
                judg = Arrays.copyOf(judg, judg.length * 2);
            }
            judg[nJudg++] = v;
        }

        private static void reverse(double[] a, int from, int to) {
            for (int i = from, j = to - 1; i < j; i++, j--) {
                double t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }
}
