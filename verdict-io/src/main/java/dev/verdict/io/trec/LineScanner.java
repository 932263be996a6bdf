package dev.verdict.io.trec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file in large chunks and hands each line to a {@link Sink} split into whitespace-separated fields, without
 * creating Strings. Whitespace is C's {@code isspace}: space, \t, \n, \v, \f, \r (as trec_eval). Lines whose first
 * byte is {@code #} (trec_eval 10 comments) and blank lines are skipped.
 */
final class LineScanner {
    /** The fields a sink may read; {@link #count} may exceed the stored {@link #MAX_FIELDS}. */
    static final int MAX_FIELDS = 7;
    private static final int CHUNK = 1 << 22;

    /** Receives the lines of a file. */
    interface Sink {
        /**
         * @param buf bytes holding the line
         * @param f the line's fields (valid during the call)
         * @param line 1-based physical line number
         */
        void line(byte[] buf, Fields f, long line);
    }

    /** Field boundaries of the current line. */
    static final class Fields {
        final int[] start = new int[MAX_FIELDS];
        final int[] end = new int[MAX_FIELDS];
        int count;
    }

    private LineScanner() {
    }

    static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    /** Scans {@code file}, calling {@code sink} for each non-blank, non-comment line. */
    static void scan(Path file, Sink sink) throws IOException {
        scan(file, 0, Long.MAX_VALUE, sink);
    }

    /**
     * Scans bytes {@code [from, to)} of {@code file} (from must be 0 or follow a newline), numbering lines from 1 at
     * {@code from}.
     *
     * @return the number of physical lines in the range
     */
    static long scan(Path file, long from, long to, Sink sink) throws IOException {
        byte[] buf = new byte[CHUNK];
        int len = 0;
        long lineNo = 0;
        long remaining = to - from;
        Fields f = new Fields();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            in.position(from);
            while (true) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int r = remaining <= 0 ? -1
                        : in.read(ByteBuffer.wrap(buf, len, (int) Math.min(buf.length - len, remaining)));
                boolean eof = r < 0;
                if (!eof) {
                    len += r;
                    remaining -= r;
                }
                int pos = 0;
                while (true) {
                    int nl = indexOf(buf, pos, len);
                    if (nl < 0) {
                        if (eof && pos < len) {
                            split(buf, pos, len, f);
                            lineNo++;
                            emit(buf, pos, f, lineNo, sink);
                            pos = len;
                        }
                        break;
                    }
                    split(buf, pos, nl, f);
                    lineNo++;
                    emit(buf, pos, f, lineNo, sink);
                    pos = nl + 1;
                }
                if (eof) {
                    return lineNo;
                }
                System.arraycopy(buf, pos, buf, 0, len - pos);
                len -= pos;
            }
        }
    }

    /**
     * Splits a file into {@code parts} byte ranges that start at line starts.
     *
     * @return offsets b with range p = {@code [b[p], b[p+1])}; b[0] = 0, b[parts] = the file size
     */
    static long[] lineAlignedSplits(Path file, int parts) throws IOException {
        long size = Files.size(file);
        long[] b = new long[parts + 1];
        b[parts] = size;
        byte[] probe = new byte[1 << 16];
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int p = 1; p < parts; p++) {
                long pos = Math.max(b[p - 1], size * p / parts);
                b[p] = size;
                while (pos < size) {
                    int r = in.read(ByteBuffer.wrap(probe), pos);
                    if (r <= 0) {
                        break;
                    }
                    int nl = indexOf(probe, 0, r);
                    if (nl >= 0) {
                        b[p] = pos + nl + 1;
                        break;
                    }
                    pos += r;
                }
            }
        }
        return b;
    }

    /**
     * Finds the physical line numbers of data lines (non-blank, non-comment lines, counted from 0), for error
     * messages about lines found only after the whole file was read.
     *
     * @return the 1-based line numbers of data lines {@code first} and {@code second} ({@code first <= second})
     */
    static long[] lineNumbers(Path file, int first, int second) throws IOException {
        long[] out = new long[2];
        int[] seen = {0};
        scan(file, (buf, f, line) -> {
            int i = seen[0]++;
            if (i == first) {
                out[0] = line;
            }
            if (i == second) {
                out[1] = line;
            }
        });
        return out;
    }

    private static void emit(byte[] buf, int lineStart, Fields f, long lineNo, Sink sink) {
        if (f.count == 0 || buf[lineStart] == '#') {
            return;
        }
        sink.line(buf, f, lineNo);
    }

    private static int indexOf(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static void split(byte[] buf, int from, int to, Fields f) {
        int n = 0;
        int i = from;
        while (true) {
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int s = i;
            while (i < to && !isSpace(buf[i])) {
                i++;
            }
            if (n < MAX_FIELDS) {
                f.start[n] = s;
                f.end[n] = i;
            }
            n++;
        }
        f.count = n;
    }
}
