package dev.verdict.io.trec;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Parts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a trec_eval qrels file ({@code qid iter docno rel}) and run file ({@code qid iter docno rank score tag}) into
 * primitive columns ({@link TrecData}): query codes from one sorted qid dictionary, and docno codes that are ranks
 * within each query ({@link DocCodes}), so reading never builds a dictionary of every docno of the run.
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
    /** Files are read on several threads when each part would have at least this many bytes. */
    private static final long MIN_PART_BYTES = 32L << 20;

    private TrecReader() {
    }

    /**
     * @param qrels the qrels file
     * @param run the run file
     * @return both files as columns: query codes from one sorted qid dictionary, document codes ranked per query
     * @throws IOException when a file cannot be read
     * @throws InvalidInputException for malformed content
     */
    public static TrecData read(Path qrels, Path run) throws IOException {
        return read(qrels, run, MIN_PART_BYTES);
    }

    /** As {@link #read(Path, Path)}, in parts of at least {@code minPartBytes} per file (tests use small parts). */
    static TrecData read(Path qrels, Path run, long minPartBytes) throws IOException {
        QueryIds qids = new QueryIds();
        TrecRows q = readFile(qrels, qids, TrecReader::qrelsLine, minPartBytes);
        TrecRows r = readFile(run, qids, TrecReader::runLine, minPartBytes);
        int nq = qids.ids.size();
        DocCodes.Duplicate dup = DocCodes.assign(q, r, nq);
        if (dup != null) {
            throw duplicate(dup.inRun() ? run : qrels, dup.inRun() ? r : q, qids.ids, dup);
        }
        int[] qRank = qids.ids.sortedRanks();
        q.remapQueries(qRank);
        r.remapQueries(qRank);
        return new TrecData(qids.ids.sortedStrings(qRank), r, q);
    }

    /** Parses one line into rows; throws {@link LineError} for a malformed line. */
    @FunctionalInterface
    private interface LineParser {
        void parse(QueryIds qids, TrecRows rows, byte[] buf, LineScanner.Fields f);
    }

    /** A malformed line, numbered within the part of the file it was found in. */
    private static final class LineError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        long line;
        int part;

        LineError(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Reads a file, in line-aligned parts on separate threads when it is large (each part with its own qid ids and
     * rows, appended in file order afterwards, so the result is that of one pass). An error is reported for the
     * first malformed line of the file.
     */
    private static TrecRows readFile(Path file, QueryIds qids, LineParser parser, long minPartBytes)
            throws IOException {
        int parts = Parts.count(java.nio.file.Files.size(file), minPartBytes);
        long[] bounds = LineScanner.lineAlignedSplits(file, parts);
        TrecRows[] rows = new TrecRows[parts];
        QueryIds[] ids = new QueryIds[parts];
        long[] lines = new long[parts];
        try {
            Parts.run(parts, p -> {
                ids[p] = p == 0 ? qids : new QueryIds();
                long bytes = p == 0 ? bounds[parts] : bounds[p + 1] - bounds[p];
                rows[p] = new TrecRows(estimateLines(bytes));
                try {
                    lines[p] = LineScanner.scan(file, bounds[p], bounds[p + 1], (buf, f, line) -> {
                        try {
                            parser.parse(ids[p], rows[p], buf, f);
                        } catch (LineError e) {
                            e.line = line;
                            e.part = p;
                            throw e;
                        }
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (LineError e) {
            long before = 0;
            for (int p = 0; p < e.part; p++) {
                before += lines[p];
            }
            throw error(file, before + e.line, e.getMessage());
        }
        for (int p = 1; p < parts; p++) {
            rows[0].append(rows[p], ids[p].ids.remapInto(qids.ids));
        }
        return rows[0];
    }

    /** Query ids interned, with a fast path for a line of the same query as the line before (the usual layout). */
    private static final class QueryIds {
        final ByteInterner ids = new ByteInterner();
        private byte[] last = new byte[64];
        private int lastLength = -1;
        private int lastId;

        int intern(byte[] buf, int from, int to) {
            int n = to - from;
            if (n == lastLength && Arrays.equals(buf, from, to, last, 0, n)) {
                return lastId;
            }
            lastId = ids.intern(buf, from, to);
            if (last.length < n) {
                last = new byte[n];
            }
            System.arraycopy(buf, from, last, 0, n);
            lastLength = n;
            return lastId;
        }
    }

    private static InvalidInputException duplicate(Path file, TrecRows rows, ByteInterner qids,
            DocCodes.Duplicate dup) throws IOException {
        long[] lines = LineScanner.lineNumbers(file, dup.first(), dup.second());
        return error(file, lines[1], String.format(Locale.ROOT, "document '%s' is %s twice for query '%s' (also line "
                + "%d); trec_eval stops with 'duplicate docs'", rows.docno(dup.second()),
                dup.inRun() ? "retrieved" : "judged", qids.string(rows.query[dup.second()]), lines[0]));
    }

    /** @return a capacity guess from a byte count (about 24 bytes a line), so the columns rarely grow */
    private static int estimateLines(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1024, bytes / 24));
    }

    private static void qrelsLine(QueryIds qids, TrecRows rows, byte[] buf, LineScanner.Fields f) {
        if (f.count != 4) {
            throw new LineError("expected 4 fields (qid iter docno rel), found " + f.count);
        }
        double rel = NumberParser.parseInteger(buf, f.start[3], f.end[3]);
        if (Double.isNaN(rel)) {
            throw new LineError("relevance '" + text(buf, f, 3) + "' is not an integer");
        }
        rows.add(qids.intern(buf, f.start[0], f.end[0]), buf, f.start[2], f.end[2], rel);
    }

    private static void runLine(QueryIds qids, TrecRows rows, byte[] buf, LineScanner.Fields f) {
        if (f.count < 6) {
            throw new LineError("expected 6 fields (qid Q0 docno rank score tag), found " + f.count);
        }
        double score = NumberParser.parseDouble(buf, f.start[4], f.end[4]);
        if (Double.isNaN(score)) {
            throw new LineError("score '" + text(buf, f, 4) + "' is not a number");
        }
        rows.add(qids.intern(buf, f.start[0], f.end[0]), buf, f.start[2], f.end[2], score);
    }

    private static String text(byte[] buf, LineScanner.Fields f, int i) {
        return new String(buf, f.start[i], f.end[i] - f.start[i], StandardCharsets.UTF_8);
    }

    static InvalidInputException error(Path file, long line, String reason) {
        return new InvalidInputException(String.format(Locale.ROOT, "%s line %d: %s", file, line, reason));
    }
}
