package dev.verdict.io.trec;

import dev.verdict.core.Columns;
import java.util.List;

/**
 * A run and its qrels read by {@link TrecReader}: primitive columns plus shared dictionaries. Query code i is
 * {@link #queries()}.get(i) and document code j is {@link #docs()}.get(j); both dictionaries are sorted bytewise
 * (UTF-8, unsigned, as C's {@code strcmp}), so code order is trec_eval's docno order and breaks score ties as
 * trec_eval does. Arrays are shared, not copied.
 */
public final class TrecData {
    private final List<String> queries;
    private final java.util.function.Supplier<List<String>> docSource;
    private List<String> docs;
    private final int[] runQuery;
    private final int[] runDoc;
    private final double[] runScore;
    private final int runRows;
    private final int[] qrelsQuery;
    private final int[] qrelsDoc;
    private final double[] qrelsRel;
    private final int qrelsRows;

    TrecData(List<String> queries, java.util.function.Supplier<List<String>> docs, int[] runQuery, int[] runDoc, double[] runScore, int runRows,
            int[] qrelsQuery, int[] qrelsDoc, double[] qrelsRel, int qrelsRows) {
        this.queries = List.copyOf(queries);
        this.docSource = docs;
        this.runQuery = runQuery;
        this.runDoc = runDoc;
        this.runScore = runScore;
        this.runRows = runRows;
        this.qrelsQuery = qrelsQuery;
        this.qrelsDoc = qrelsDoc;
        this.qrelsRel = qrelsRel;
        this.qrelsRows = qrelsRows;
    }

    /** @return qids by code, bytewise order */
    public List<String> queries() {
        return queries;
    }

    /**
     * @return docnos by code, bytewise order; built on first use (a run of millions of distinct documents need not
     *     materialize them as strings when only the metrics are wanted)
     */
    public synchronized List<String> docs() {
        if (docs == null) {
            docs = java.util.Collections.unmodifiableList(docSource.get());
        }
        return docs;
    }

    /** @return number of run lines */
    public int runRows() {
        return runRows;
    }

    /** @return number of qrels lines */
    public int qrelsRows() {
        return qrelsRows;
    }

    /** @return query code of each run line (length >= runRows) */
    public int[] runQuery() {
        return runQuery;
    }

    /** @return document code of each run line */
    public int[] runDoc() {
        return runDoc;
    }

    /** @return score of each run line */
    public double[] runScore() {
        return runScore;
    }

    /** @return query code of each qrels line */
    public int[] qrelsQuery() {
        return qrelsQuery;
    }

    /** @return document code of each qrels line */
    public int[] qrelsDoc() {
        return qrelsDoc;
    }

    /** @return judgment of each qrels line */
    public double[] qrelsRel() {
        return qrelsRel;
    }

    /** @return the run as a run batch (group, item, score) for the ranking metrics */
    public Columns runColumns() {
        return Columns.builder(runRows).group(trim(runQuery, runRows)).item(trim(runDoc, runRows))
                .score(trim(runScore, runRows)).build();
    }

    /** @return the qrels as a qrels batch (group, item, relevance) for the ranking metrics */
    public Columns qrelsColumns() {
        return Columns.builder(qrelsRows).group(trim(qrelsQuery, qrelsRows)).item(trim(qrelsDoc, qrelsRows))
                .relevance(trim(qrelsRel, qrelsRows)).build();
    }

    private static int[] trim(int[] a, int n) {
        return a.length == n ? a : java.util.Arrays.copyOf(a, n);
    }

    private static double[] trim(double[] a, int n) {
        return a.length == n ? a : java.util.Arrays.copyOf(a, n);
    }
}
