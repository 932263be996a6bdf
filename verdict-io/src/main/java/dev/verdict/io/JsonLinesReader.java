package dev.verdict.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a JSON Lines file without DuckDB, for speed (DuckDB's native library takes 0.3-0.5 s to load and its JSON
 * reader is slower than Jackson's streaming parser on text): the file is read into memory, checked as UTF-8 and
 * parsed in two halves on two threads, and the columns are built exactly as {@link DataReader}'s DuckDB path builds
 * them.
 *
 * <p>It only answers when it is sure of that: {@link #tryRead} returns null, and the caller reads the file with
 * DuckDB, whenever the file holds anything whose DuckDB reading it does not reproduce (see {@link JsonLinesPart}), a
 * value kind of a column first appears after the first {@value #SAMPLE} records (DuckDB infers column types from a
 * sample), the early strings of a column could all be dates, times or UUIDs (which DuckDB would reformat), or any
 * problem is to be reported (a missing cell under {@code missing: error}, no rows, invalid UTF-8): DuckDB's path then
 * produces the one message for it.
 */
final class JsonLinesReader {
    /** Records within which every value kind of a column must have appeared (DuckDB samples at least these). */
    static final int SAMPLE = 1000;
    /** Files from this size on are parsed in two halves on two threads. */
    private static final int PARALLEL_BYTES = 1 << 20;
    private static final long MAX_BYTES = 1L << 30;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonLinesReader() {
    }

    /**
     * @param file a readable, non-empty JSON Lines file
     * @param columns the requested columns
     * @param missing the missing-value policy
     * @return the table exactly as DuckDB's path would build it, or null when the caller must use DuckDB's path
     */
    static DataTable tryRead(Path file, List<ColumnRequest> columns, MissingPolicy missing) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        ColumnRequest[] cols = columns.toArray(new ColumnRequest[0]);
        int cut = bytes.length < PARALLEL_BYTES ? bytes.length : lineAfter(bytes, bytes.length / 2);
        JsonLinesPart[] parts;
        if (cut == bytes.length) {
            JsonLinesPart only = part(bytes, 0, bytes.length, cols);
            parts = only == null ? null : new JsonLinesPart[] {only};
        } else {
            CompletableFuture<JsonLinesPart> first = CompletableFuture.supplyAsync(() -> part(bytes, 0, cut, cols));
            JsonLinesPart second = part(bytes, cut, bytes.length, cols);
            JsonLinesPart head = first.join();
            parts = head == null || second == null ? null : new JsonLinesPart[] {head, second};
        }
        return parts == null ? null : new Merge(file, cols, missing, parts).table();
    }

    /** @return the index after the first line feed at or after {@code from}, or the length when there is none */
    private static int lineAfter(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return b.length;
    }

    /** @return the parsed range, or null when DuckDB must read the file */
    private static JsonLinesPart part(byte[] b, int from, int to, ColumnRequest[] cols) {
        JsonBytes facts = JsonBytes.scan(b, from, to);
        if (!facts.valid || startsWith(b, from, to, BOM)
                || facts.carriageReturn && !everyCrEndsALine(b, from, to)
                || facts.backslash && JsonBytes.loneSurrogateEscape(b, from, to)) {
            return null;
        }
        JsonLinesPart part = new JsonLinesPart(cols, facts.lineFeeds + 1);
        return part.parse(b, from, to) ? part : null;
    }

    private static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** DuckDB ends lines at LF or CR LF only; Jackson would also end one at a lone CR. */
    private static boolean everyCrEndsALine(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\r' && (i + 1 == to || b[i + 1] != '\n')) {
                return false;
            }
        }
        return true;
    }

    /** Joins the parts into the table, after checking that DuckDB would have typed every column alike. */
    private static final class Merge {
        private final Path file;
        private final ColumnRequest[] cols;
        private final MissingPolicy missing;
        private final JsonLinesPart[] parts;
        private final int[] offsets;
        private final int records;

        Merge(Path file, ColumnRequest[] cols, MissingPolicy missing, JsonLinesPart[] parts) {
            this.file = file;
            this.cols = cols;
            this.missing = missing;
            this.parts = parts;
            offsets = new int[parts.length];
            int total = 0;
            for (int k = 0; k < parts.length; k++) {
                offsets[k] = total;
                total += parts[k].records;
            }
            records = total;
        }

        /** @return the table, or null when DuckDB must read the file */
        DataTable table() {
            if (records == 0) {
                return null;
            }
            int[] kindSets = new int[cols.length];
            for (int j = 0; j < cols.length; j++) {
                kindSets[j] = kindSet(j);
                if (kindSets[j] < 0) {
                    return null;
                }
            }
            boolean[] keep = keptRows();
            if (keep == null) {
                return null;
            }
            return new JsonTableBuilder(file, cols, parts, keep, kindSets).build();
        }

        /**
         * @return the bit set of the kinds column {@code j} holds, or -1 when DuckDB could type it otherwise than
         *     this reader reads it
         */
        private int kindSet(int j) {
            int set = 0;
            int plainAt = Integer.MAX_VALUE;
            for (int k = 0; k < parts.length; k++) {
                int[] first = parts[k].firstKindAt[j];
                for (int kind = 0; kind < JsonLinesPart.KINDS; kind++) {
                    if (first[kind] > 0 && (set & 1 << kind) == 0) {
                        if (offsets[k] + first[kind] > SAMPLE) {
                            return -1;
                        }
                        set |= 1 << kind;
                    }
                }
                if (parts[k].firstPlainAt[j] > 0) {
                    plainAt = Math.min(plainAt, offsets[k] + parts[k].firstPlainAt[j]);
                }
            }
            boolean strings = (set & (1 << JsonLinesPart.STRING | 1 << JsonLinesPart.ARRAY)) != 0;
            if (strings && plainAt > SAMPLE) {
                return -1;
            }
            return accepts(cols[j].type(), set) ? set : -1;
        }

        private static boolean accepts(ColumnType type, int set) {
            int s = 1 << JsonLinesPart.STRING;
            int i = 1 << JsonLinesPart.INT;
            int f = 1 << JsonLinesPart.FLOAT;
            int b = 1 << JsonLinesPart.BOOL;
            int a = 1 << JsonLinesPart.ARRAY;
            return switch (type) {
                case NUMBER -> set == i || set == f || set == (i | f) || set == b;
                case CATEGORY -> set == s || set == i || set == f || set == (i | f) || set == b;
                case TEXT -> set == s;
                case TEXT_LIST -> set == s || set == a || set == (s | a);
            };
        }

        /**
         * @return which records are kept, or null when a cell is missing under {@code missing: error} or no record
         *     is complete
         */
        private boolean[] keptRows() {
            boolean[] keep = new boolean[records];
            int kept = 0;
            for (int k = 0; k < parts.length; k++) {
                JsonLinesPart p = parts[k];
                for (int r = 0; r < p.records; r++) {
                    boolean complete = true;
                    for (int j = 0; j < cols.length && complete; j++) {
                        complete = present(p, j, r);
                    }
                    if (!complete && missing == MissingPolicy.ERROR) {
                        return null;
                    }
                    keep[offsets[k] + r] = complete;
                    kept += complete ? 1 : 0;
                }
            }
            return kept == 0 ? null : keep;
        }

        private static boolean present(JsonLinesPart p, int j, int r) {
            if (p.numbers[j] != null) {
                double v = p.numbers[j][r];
                return v == v;
            }
            if (p.kinds[j] != null) {
                return p.kinds[j][r] != 0;
            }
            return p.lists[j] != null ? p.lists[j][r] != null : p.texts[j][r] != null;
        }
    }
}
