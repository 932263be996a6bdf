package dev.verdict.io;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a JSON string that holds escapes (the rare case {@link JsonLineParser} leaves to this class): the two-
 * character escapes of RFC 8259 and backslash-u escapes of four hex digits, where a surrogate must be half of a pair
 * (DuckDB rejects a lone one). Raw bytes must be valid UTF-8 and not control characters.
 */
final class JsonEscapes {
    private JsonEscapes() {
    }

    /**
     * @param parser the parser, moved past the closing quote
     * @param start the index after the opening quote
     * @return the decoded string
     */
    static String decode(JsonLineParser parser, int start) {
        byte[] b = parser.bytes();
        int end = parser.end();
        StringBuilder sb = new StringBuilder();
        int i = start;
        int run = start;
        while (true) {
            if (i >= end) {
                throw JsonLineParser.malformed();
            }
            int c = b[i];
            if (c == '"' || c == '\\') {
                sb.append(new String(b, run, i - run, StandardCharsets.UTF_8));
                if (c == '"') {
                    parser.endStringAt(i + 1);
                    return sb.toString();
                }
                i = escape(b, i + 1, end, sb);
                run = i;
            } else if (c >= 0x20) {
                i++;
            } else if (c >= 0 || (i = Utf8.sequenceEnd(b, i, end)) < 0) {
                throw JsonLineParser.malformed();
            }
        }
    }

    /** Appends the escape after a backslash at {@code i - 1}. @return the index after it */
    private static int escape(byte[] b, int i, int end, StringBuilder sb) {
        if (i >= end) {
            throw JsonLineParser.malformed();
        }
        switch (b[i]) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case '/' -> sb.append('/');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                int unit = hex4(b, i + 1, end);
                if (Character.isLowSurrogate((char) unit)) {
                    throw JsonLineParser.malformed();
                }
                if (!Character.isHighSurrogate((char) unit)) {
                    sb.append((char) unit);
                    return i + 5;
                }
                if (i + 6 >= end || b[i + 5] != '\\' || b[i + 6] != 'u') {
                    throw JsonLineParser.malformed();
                }
                int low = hex4(b, i + 7, end);
                if (!Character.isLowSurrogate((char) low)) {
                    throw JsonLineParser.malformed();
                }
                sb.append((char) unit).append((char) low);
                return i + 11;
            }
            default -> throw JsonLineParser.malformed();
        }
        return i + 1;
    }

    private static int hex4(byte[] b, int at, int end) {
        if (at + 4 > end) {
            throw JsonLineParser.malformed();
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[at + k], 16);
            if (d < 0) {
                throw JsonLineParser.malformed();
            }
            v = v << 4 | d;
        }
        return v;
    }
}
