package dev.verdict.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One pass over a byte range of a JSON Lines file before {@link JsonLinesPart} parses it: checks that the bytes are
 * strictly valid UTF-8 (no overlong forms, no encoded surrogates, nothing above U+10FFFF: what DuckDB accepts),
 * counts the line feeds (to size the columns) and notes whether a backslash (string escapes) or a carriage return
 * occurs. ASCII is checked eight bytes at a time.
 */
final class JsonBytes {
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long LF = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR = 0x0D0D0D0D0D0D0D0DL;
    private static final long BACKSLASH = 0x5C5C5C5C5C5C5C5CL;

    /** Whether the range is valid UTF-8. */
    final boolean valid;
    /** Line feeds in the range. */
    final int lineFeeds;
    /** Whether a backslash occurs (so strings may hold escapes, among them {@code \\uD800}-style surrogates). */
    final boolean backslash;
    /** Whether a carriage return occurs. */
    final boolean carriageReturn;

    private JsonBytes(boolean valid, int lineFeeds, boolean backslash, boolean carriageReturn) {
        this.valid = valid;
        this.lineFeeds = lineFeeds;
        this.backslash = backslash;
        this.carriageReturn = carriageReturn;
    }

    /** @return the facts about {@code b[from, to)} */
    static JsonBytes scan(byte[] b, int from, int to) {
        ByteBuffer words = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int lines = 0;
        long special = 0;
        long cr = 0;
        int i = from;
        while (i < to) {
            for (; i + 8 <= to; i += 8) {
                long w = words.getLong(i);
                if ((w & HIGH) != 0) {
                    break;
                }
                lines += Long.bitCount(zeroBytes(w ^ LF));
                special |= zeroBytes(w ^ BACKSLASH);
                cr |= zeroBytes(w ^ CR);
            }
            if (i >= to) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                lines += c == '\n' ? 1 : 0;
                special |= c == '\\' ? 1 : 0;
                cr |= c == '\r' ? 1 : 0;
                i++;
                continue;
            }
            i = sequenceEnd(b, i, to);
            if (i < 0) {
                return new JsonBytes(false, lines, special != 0, cr != 0);
            }
        }
        return new JsonBytes(true, lines, special != 0, cr != 0);
    }

    /** @return a word with the high bit set in exactly the bytes of {@code x} that are zero */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** @return the index after the multi-byte sequence starting at {@code i}, or -1 when it is not valid UTF-8 */
    private static int sequenceEnd(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int extra;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + extra >= to) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k <= extra; k++) {
            int d = b[i + k] & 0xFF;
            if (d < 0x80 || d > 0xBF) {
                return -1;
            }
        }
        return i + extra + 1;
    }

    /**
     * Whether a {@code \\uXXXX} escape in {@code b[from, to)} encodes half of a surrogate pair without its other half
     * (DuckDB rejects such a file; Jackson would decode it into a lone {@code char}). Backslashes only occur inside
     * strings in well-formed JSON, and every escape is self-delimiting, so a left-to-right walk over the escapes is
     * exact.
     */
    static boolean loneSurrogateEscape(byte[] b, int from, int to) {
        boolean pendingHigh = false;
        int i = from;
        while (i < to) {
            if (b[i] != '\\') {
                if (pendingHigh) {
                    return true;
                }
                i++;
                continue;
            }
            if (i + 1 >= to) {
                return false; // malformed: Jackson reports it
            }
            if (b[i + 1] != 'u' || i + 6 > to) {
                if (pendingHigh) {
                    return true;
                }
                i += 2;
                continue;
            }
            int unit = hex4(b, i + 2);
            boolean high = unit >= 0xD800 && unit <= 0xDBFF;
            boolean low = unit >= 0xDC00 && unit <= 0xDFFF;
            if (pendingHigh != low) {
                return true;
            }
            pendingHigh = high;
            i += 6;
        }
        return pendingHigh;
    }

    /** @return the value of four hex digits, or -1 when they are not hex digits */
    private static int hex4(byte[] b, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[at + k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
