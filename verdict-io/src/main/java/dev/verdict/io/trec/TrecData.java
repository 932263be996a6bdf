package dev.verdict.io.trec;

import dev.verdict.core.Columns;
import java.util.Arrays;
import java.util.List;

/**
 * A run and its qrels read by {@link TrecReader}, as primitive columns. Query code i is {@link #queries()}.get(i);
 * the qids are sorted bytewise (UTF-8, unsigned, as C's {@code strcmp}). A document code is the rank of the docno
 * among the docnos of its query (run and qrels together), bytewise: the same docno has the same code in the run and
 * the qrels of a query, and code order is trec_eval's docno order, which breaks score ties. Codes of different
 * queries are not comparable, which is all the ranking metrics need ({@link #runDocno}, {@link #qrelsDocno} give the
 * text). Arrays are shared, not copied.
 */
public final class TrecData {
    private final List<String> queries;
    private final TrecRows run;
    private final TrecRows qrels;

    TrecData(List<String> queries, TrecRows run, TrecRows qrels) {
        this.queries = List.copyOf(queries);
        this.run = run;
        this.qrels = qrels;
    }

    /** @return qids by code, bytewise order */
    public List<String> queries() {
        return queries;
    }

    /** @return the docno of run line {@code row} (0-based, comment and blank lines not counted) */
    public String runDocno(int row) {
        return run.docno(row);
    }

    /** @return the docno of qrels line {@code row} */
    public String qrelsDocno(int row) {
        return qrels.docno(row);
    }

    /** @return number of run lines */
    public int runRows() {
        return run.size;
    }

    /** @return number of qrels lines */
    public int qrelsRows() {
        return qrels.size;
    }

    /** @return query code of each run line (length >= runRows) */
    public int[] runQuery() {
        return run.query;
    }

    /** @return document code (within its query) of each run line */
    public int[] runDoc() {
        return run.doc;
    }

    /** @return score of each run line */
    public double[] runScore() {
        return run.value;
    }

    /** @return query code of each qrels line */
    public int[] qrelsQuery() {
        return qrels.query;
    }

    /** @return document code (within its query) of each qrels line */
    public int[] qrelsDoc() {
        return qrels.doc;
    }

    /** @return judgment of each qrels line */
    public double[] qrelsRel() {
        return qrels.value;
    }

    /** @return the run as a run batch (group, item, score) for the ranking metrics */
    public Columns runColumns() {
        return Columns.builder(run.size).group(trim(run.query, run.size)).item(trim(run.doc, run.size))
                .score(trim(run.value, run.size)).build();
    }

    /** @return the qrels as a qrels batch (group, item, relevance) for the ranking metrics */
    public Columns qrelsColumns() {
        return Columns.builder(qrels.size).group(trim(qrels.query, qrels.size)).item(trim(qrels.doc, qrels.size))
                .relevance(trim(qrels.value, qrels.size)).build();
    }

    private static int[] trim(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static double[] trim(double[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }
}
