package dev.verdict.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JSON text DuckDB gives for a TEXT_LIST cell: a JSON string (one element) or an array of strings. Any
 * other JSON value, or a {@code null} inside the array, is rejected with a reason.
 */
final class JsonStrings {
    private final String s;
    private int pos;

    private JsonStrings(String s) {
        this.s = s;
    }

    /**
     * @param json a JSON string or array of strings
     * @return its strings (empty for {@code []})
     * @throws IllegalArgumentException naming what was found instead
     */
    static String[] parse(String json) {
        JsonStrings p = new JsonStrings(json);
        p.blanks();
        String[] out;
        if (p.peek() == '"') {
            out = new String[] {p.string()};
        } else if (p.peek() == '[') {
            out = p.array();
        } else {
            throw new IllegalArgumentException("expected a string or a list of strings, found " + shown(json));
        }
        p.blanks();
        if (p.pos != json.length()) {
            throw new IllegalArgumentException("unexpected text after the value: " + shown(json));
        }
        return out;
    }

    private String[] array() {
        pos++;
        List<String> out = new ArrayList<>();
        blanks();
        if (peek() == ']') {
            pos++;
            return new String[0];
        }
        while (true) {
            blanks();
            if (peek() != '"') {
                throw new IllegalArgumentException("element " + out.size() + " of the list is not a string: "
                        + shown(s));
            }
            out.add(string());
            blanks();
            char c = peek();
            pos++;
            if (c == ']') {
                return out.toArray(new String[0]);
            }
            if (c != ',') {
                throw new IllegalArgumentException("malformed list: " + shown(s));
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = pos < s.length() ? s.charAt(pos++) : '?';
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw new IllegalArgumentException("malformed \\u escape: " + shown(s));
                    }
                    sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
        throw new IllegalArgumentException("unterminated string: " + shown(s));
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void blanks() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private static String shown(String text) {
        return '"' + (text.length() > 60 ? text.substring(0, 60) + "..." : text).replace("\n", "\\n") + '"';
    }
}
