package dev.verdict.core.ranking;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import java.util.Arrays;

/**
 * The state every ranking metric shares: the run rows and the judgments (qrels) seen so far, kept as appended
 * primitive columns. All ranking metrics use one state (key {@link #KEY}); the join, the duplicate checks and the
 * per-query sort happen once, lazily, in {@link #lists()} and are cached until more rows arrive.
 *
 * <h2>Batch contract</h2>
 * Every batch must set {@link Columns#group()} (query code) and {@link Columns#item()} (document code; codes must be
 * ordered as the docnos compare bytewise, since trec_eval breaks score ties by docno descending). A batch is one of
 * two kinds, told apart by which columns are set:
 * <ul>
 *   <li><b>run batch</b>: {@link Columns#score()} is set. Each row is a retrieved document of a query. An optional
 *   {@link Columns#relevance()} column may carry the judgment of the retrieved document ({@code NaN} = not judged);
 *   judgments given this way are merged with the qrels batches.</li>
 *   <li><b>qrels batch</b>: {@link Columns#score()} is {@code null} and {@link Columns#relevance()} is set. Each row
 *   is one judgment {@code (query, document, relevance)}, whether or not the document was retrieved. Judgments of
 *   documents that were not retrieved matter (number of relevant documents, ideal DCG, bpref's non-relevant count),
 *   so the full qrels must be given this way.</li>
 * </ul>
 * Weights are not accepted. A query is a <em>qrels topic</em> when it has at least one judgment (of any value,
 * including 0 or negative), and a <em>run topic</em> when it has at least one run row.
 *
 * <p>Errors found when rows arrive (missing column, NaN score or NaN qrels judgment, a weight column) throw
 * {@link InvalidInputException} from {@link #accept}. Errors that need all rows (a document retrieved twice for a
 * query, a document judged twice, a run judgment that contradicts the qrels) throw it from {@link #lists()}, i.e.
 * from the metrics' {@code compute}, as trec_eval stops with "duplicate docs".
 */
final class RankingState implements MetricState<RankingState> {
    /** The state key shared by every ranking metric. */
    static final String KEY = "ranking.trec";

    private final IntBuffer runQuery = new IntBuffer();
    private final IntBuffer runDoc = new IntBuffer();
    private final DoubleBuffer runScore = new DoubleBuffer();
    private final DoubleBuffer runRel = new DoubleBuffer();
    private final IntBuffer qrelQuery = new IntBuffer();
    private final IntBuffer qrelDoc = new IntBuffer();
    private final DoubleBuffer qrelRel = new DoubleBuffer();
    private RankedLists cached;

    @Override
    public void accept(Columns batch, int from, int to) {
        if (to <= from) {
            return;
        }
        int[] group = batch.group();
        int[] item = batch.item();
        if (group == null || item == null) {
            throw new InvalidInputException("ranking metrics need the columns group (query) and item (document); "
                    + "missing: " + (group == null ? "group" : "item"));
        }
        if (batch.weight() != null) {
            throw new InvalidInputException("ranking metrics take no weight column");
        }
        double[] score = batch.score();
        double[] rel = batch.relevance();
        cached = null;
        if (score != null) {
            acceptRun(group, item, score, rel, from, to);
        } else if (rel != null) {
            acceptQrels(group, item, rel, from, to);
        } else {
            throw new InvalidInputException("a ranking batch needs column score (run rows) or relevance "
                    + "(qrels rows); neither is set");
        }
    }

    private void acceptRun(int[] group, int[] item, double[] score, double[] rel, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Double.isNaN(score[i])) {
                throw new InvalidInputException("column score is NaN in run row " + i + " (query code " + group[i]
                        + ", document code " + item[i] + ")");
            }
        }
        int before = runQuery.size;
        runQuery.add(group, from, to);
        runDoc.add(item, from, to);
        runScore.add(score, from, to);
        if (rel != null) {
            runRel.padTo(before, Double.NaN);
            runRel.add(rel, from, to);
        }
    }

    private void acceptQrels(int[] group, int[] item, double[] rel, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Double.isNaN(rel[i])) {
                throw new InvalidInputException("column relevance is NaN in qrels row " + i + " (query code "
                        + group[i] + ", document code " + item[i] + "); a qrels row must hold a judgment");
            }
        }
        qrelQuery.add(group, from, to);
        qrelDoc.add(item, from, to);
        qrelRel.add(rel, from, to);
    }

    @Override
    public RankingState combine(RankingState other) {
        int before = runQuery.size;
        runQuery.add(other.runQuery.data, 0, other.runQuery.size);
        runDoc.add(other.runDoc.data, 0, other.runDoc.size);
        runScore.add(other.runScore.data, 0, other.runScore.size);
        if (other.runRel.size > 0) {
            runRel.padTo(before, Double.NaN);
            runRel.add(other.runRel.data, 0, other.runRel.size);
        }
        qrelQuery.add(other.qrelQuery.data, 0, other.qrelQuery.size);
        qrelDoc.add(other.qrelDoc.data, 0, other.qrelDoc.size);
        qrelRel.add(other.qrelRel.data, 0, other.qrelRel.size);
        cached = null;
        return this;
    }

    /** @return whether no row was accepted */
    boolean isEmpty() {
        return runQuery.size == 0 && qrelQuery.size == 0;
    }

    /**
     * @return the per-query ranked lists and judgments (computed once and cached)
     * @throws InvalidInputException for duplicate or contradicting rows
     */
    RankedLists lists() {
        if (cached == null) {
            double[] rr = null;
            if (runRel.size > 0) {
                runRel.padTo(runQuery.size, Double.NaN);
                rr = runRel.data;
            }
            cached = RankedLists.build(runQuery.data, runDoc.data, runScore.data, rr, runQuery.size,
                    qrelQuery.data, qrelDoc.data, qrelRel.data, qrelQuery.size);
        }
        return cached;
    }

    /** A growable int column. */
    static final class IntBuffer {
        int[] data = new int[16];
        int size;

        void add(int[] src, int from, int to) {
            int n = to - from;
            if (size + n > data.length) {
                data = Arrays.copyOf(data, Math.max(size + n, data.length * 2));
            }
            System.arraycopy(src, from, data, size, n);
            size += n;
        }
    }

    /** A growable double column. */
    static final class DoubleBuffer {
        double[] data = new double[16];
        int size;

        void add(double[] src, int from, int to) {
            int n = to - from;
            ensure(size + n);
            System.arraycopy(src, from, data, size, n);
            size += n;
        }

        void padTo(int n, double v) {
            if (size < n) {
                ensure(n);
                Arrays.fill(data, size, n, v);
                size = n;
            }
        }

        private void ensure(int n) {
            if (n > data.length) {
                data = Arrays.copyOf(data, Math.max(n, data.length * 2));
            }
        }
    }
}
