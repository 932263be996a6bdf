package dev.verdict.io.trec;

import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a trec_eval qrels file ({@code qid iter docno rel}) and run file ({@code qid iter docno rank score tag}) into
 * primitive columns with shared qid and docno dictionaries ({@link TrecData}).
 *
 * <p>Parsing follows trec_eval 10.0 ({@code get_qrels.c}, {@code get_trec_results.c}): fields are separated by any
 * C whitespace; {@code iter} and {@code rank} are ignored; run lines may carry extra fields after the tag (ignored),
 * qrels lines must have exactly 4 fields; lines starting with {@code #} are comments. Blank lines are skipped in both
 * files (trec_eval rejects them in qrels). Scores are parsed as C {@code strtod} would (same double); relevance must
 * be an integer (trec_eval's {@code atol} would silently read {@code "1.5"} as 1 and {@code "x"} as 0; we reject
 * them).
 *
 * <p>Errors ({@link InvalidInputException} naming the file, line number and reason): wrong field count, a score that
 * is not a number (or NaN), a relevance that is not an integer, a document retrieved twice for a query, a document
 * judged twice for a query (trec_eval stops with "duplicate docs" for both).
 */
public final class TrecReader {
    private TrecReader() {
    }

    /**
     * @param qrels the qrels file
     * @param run the run file
     * @return both files as columns with shared dictionaries
     * @throws IOException when a file cannot be read
     * @throws InvalidInputException for malformed content
     */
    public static TrecData read(Path qrels, Path run) throws IOException {
        ByteInterner qids = new ByteInterner();
        ByteInterner docs = new ByteInterner();
        Rows q = new Rows(estimateLines(qrels));
        LineScanner.scan(qrels, (buf, f, line) -> qrelsLine(qrels, qids, docs, q, buf, f, line));
        Rows r = new Rows(estimateLines(run));
        LineScanner.scan(run, (buf, f, line) -> runLine(run, qids, docs, r, buf, f, line));
        checkDuplicates(qrels, q, qids.size(), docs, qids, "judged");
        checkDuplicates(run, r, qids.size(), docs, qids, "retrieved");
        int[] qRank = qids.sortedRanks();
        int[] dRank = docs.sortedRanks();
        q.remap(qRank, dRank);
        r.remap(qRank, dRank);
        return new TrecData(qids.sortedStrings(qRank), () -> docs.sortedStrings(dRank), r.query, r.doc, r.value, r.size,
                q.query, q.doc, q.value, q.size);
    }

    /** @return a capacity guess from the file size (about 24 bytes a line), so the columns rarely grow */
    private static int estimateLines(Path file) throws IOException {
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1024, java.nio.file.Files.size(file) / 24));
    }

    private static void qrelsLine(Path file, ByteInterner qids, ByteInterner docs, Rows rows, byte[] buf,
            LineScanner.Fields f, long line) {
        if (f.count != 4) {
            throw error(file, line, "expected 4 fields (qid iter docno rel), found " + f.count);
        }
        double rel = NumberParser.parseInteger(buf, f.start[3], f.end[3]);
        if (Double.isNaN(rel)) {
            throw error(file, line, "relevance '" + text(buf, f, 3) + "' is not an integer");
        }
        rows.add(qids.intern(buf, f.start[0], f.end[0]), docs.intern(buf, f.start[2], f.end[2]), rel, line);
    }

    private static void runLine(Path file, ByteInterner qids, ByteInterner docs, Rows rows, byte[] buf,
            LineScanner.Fields f, long line) {
        if (f.count < 6) {
            throw error(file, line, "expected 6 fields (qid Q0 docno rank score tag), found " + f.count);
        }
        double score = NumberParser.parseDouble(buf, f.start[4], f.end[4]);
        if (Double.isNaN(score)) {
            throw error(file, line, "score '" + text(buf, f, 4) + "' is not a number");
        }
        rows.add(qids.intern(buf, f.start[0], f.end[0]), docs.intern(buf, f.start[2], f.end[2]), score, line);
    }

    private static String text(byte[] buf, LineScanner.Fields f, int i) {
        return new String(buf, f.start[i], f.end[i] - f.start[i], StandardCharsets.UTF_8);
    }

    static InvalidInputException error(Path file, long line, String reason) {
        return new InvalidInputException(String.format(Locale.ROOT, "%s line %d: %s", file, line, reason));
    }

    /** Rejects a (qid, docno) pair that occurs twice, as trec_eval's form_res_rels does. */
    private static void checkDuplicates(Path file, Rows rows, int nq, ByteInterner docs, ByteInterner qids,
            String verb) {
        int[] off = new int[nq + 1];
        for (int i = 0; i < rows.size; i++) {
            off[rows.query[i] + 1]++;
        }
        for (int i = 0; i < nq; i++) {
            off[i + 1] += off[i];
        }
        int[] perm = new int[rows.size];
        int[] next = Arrays.copyOf(off, nq);
        for (int i = 0; i < rows.size; i++) {
            perm[next[rows.query[i]]++] = i;
        }
        long[] seen = new long[docs.size()];
        for (int q = 0; q < nq; q++) {
            long mark = (long) (q + 1) << 32;
            for (int p = off[q]; p < off[q + 1]; p++) {
                int i = perm[p];
                int d = rows.doc[i];
                long s = seen[d];
                if ((s & 0xffffffff00000000L) == mark) {
                    int a = (int) s;
                    throw error(file, rows.line[i], String.format(Locale.ROOT, "document '%s' is %s twice for query "
                            + "'%s' (also line %d); trec_eval stops with 'duplicate docs'", docs.string(d), verb,
                            qids.string(q), rows.line[a]));
                }
                seen[d] = mark | i;
            }
        }
    }

    /** Growable parsed rows. */
    private static final class Rows {
        int[] query;
        int[] doc;
        double[] value;
        int[] line;
        int size;

        Rows(int capacity) {
            query = new int[capacity];
            doc = new int[capacity];
            value = new double[capacity];
            line = new int[capacity];
        }

        void add(int q, int d, double v, long lineNo) {
            if (size == query.length) {
                int n = size * 2;
                query = Arrays.copyOf(query, n);
                doc = Arrays.copyOf(doc, n);
                value = Arrays.copyOf(value, n);
                line = Arrays.copyOf(line, n);
            }
            query[size] = q;
            doc[size] = d;
            value[size] = v;
            line[size] = (int) Math.min(lineNo, Integer.MAX_VALUE);
            size++;
        }

        void remap(int[] qRank, int[] dRank) {
            for (int i = 0; i < size; i++) {
                query[i] = qRank[query[i]];
                doc[i] = dRank[doc[i]];
            }
        }
    }
}
