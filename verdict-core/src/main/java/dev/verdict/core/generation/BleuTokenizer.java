package dev.verdict.core.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * sacreBLEU 2.6.0's tokenizers ({@code sacrebleu/tokenizers/tokenizer_13a.py}, {@code tokenizer_re.py},
 * {@code tokenizer_intl.py}, {@code tokenizer_char.py}, {@code tokenizer_none.py}), returning the tokens
 * ({@code tokenized.split()}).
 */
enum BleuTokenizer {
    /** mteval-v13a: unescape four HTML entities, split ASCII symbols, split {@code .} and {@code ,} unless between digits. */
    T13A("13a"),
    /** mteval-v14 international: split Unicode punctuation unless next to a digit, and every Unicode symbol. */
    INTL("intl"),
    /** Every non-whitespace code point is a token. */
    CHAR("char"),
    /** Whitespace split only. */
    NONE("none");

    private static final Pattern INTL_1 = Pattern.compile("(\\P{N})(\\p{P})");
    private static final Pattern INTL_2 = Pattern.compile("(\\p{P})(\\P{N})");
    private static final Pattern INTL_3 = Pattern.compile("(\\p{S})");

    private final String signature;

    BleuTokenizer(String signature) {
        this.signature = signature;
    }

    /** @return sacreBLEU's spelling, as in the signature ({@code tok:13a}) */
    String signature() {
        return signature;
    }

    /** @return the tokenizer spelled {@code name} (13a, intl, char, none) */
    static BleuTokenizer of(String name) {
        for (BleuTokenizer t : values()) {
            if (t.signature.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** @param line a segment (already lower-cased and right-stripped) @return its tokens */
    List<String> tokens(String line) {
        switch (this) {
            case T13A:
                return PyText.split(tokenize13a(line));
            case INTL:
                String s = INTL_1.matcher(line).replaceAll("$1 $2 ");
                s = INTL_2.matcher(s).replaceAll(" $1 $2");
                return PyText.split(INTL_3.matcher(s).replaceAll(" $1 "));
            case CHAR:
                return chars(line);
            default:
                return PyText.split(line);
        }
    }

    private static String tokenize13a(String line) {
        String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
        if (s.indexOf('&') >= 0) {
            s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        }
        return padDigitDash(splitPeriodsBefore(splitPeriodsAfter(padSymbols(s))));
    }

    /** The 13a symbol class {@code [\{-\~\[-\` -\&\(-\+\:-\@\/]}. */
    private static boolean symbol(char c) {
        return (c >= 0x20 && c <= 0x26) || (c >= 0x28 && c <= 0x2B) || (c >= 0x3A && c <= 0x40) || c == 0x2F
                || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean periodOrComma(char c) {
        return c == '.' || c == ',';
    }

    /**
     * {@code ' ' + s + ' '} then {@code re.sub(symbols, r' \1 ')}. The three following passes replay Python's
     * left-to-right, non-overlapping {@code re.sub} by hand (a matched pair is consumed; a surrogate pair never
     * matches a period, comma, digit or symbol, so scanning by UTF-16 unit gives the same string).
     */
    private static String padSymbols(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2 + 8).append("   ");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (symbol(c)) {
                b.append(' ').append(c).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.append("   ").toString();
    }

    /** {@code re.sub(r'([^0-9])([\.,])', r'\1 \2 ')}. */
    private static String splitPeriodsAfter(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (i + 1 < n && !digit(c) && periodOrComma(s.charAt(i + 1))) {
                b.append(c).append(' ').append(s.charAt(i + 1)).append(' ');
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** {@code re.sub(r'([\.,])([^0-9])', r' \1 \2')}. */
    private static String splitPeriodsBefore(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (i + 1 < n && periodOrComma(c) && !digit(s.charAt(i + 1))) {
                b.append(' ').append(c).append(' ').append(s.charAt(i + 1));
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** {@code re.sub(r'([0-9])(-)', r'\1 \2 ')}. */
    private static String padDigitDash(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (i + 1 < n && digit(c) && s.charAt(i + 1) == '-') {
                b.append(c).append(" - ");
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static List<String> chars(String line) {
        List<String> out = new ArrayList<>(line.length());
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int w = Character.charCount(cp);
            if (!PyText.isSpace(cp)) {
                out.add(line.substring(i, i + w));
            }
            i += w;
        }
        return out;
    }
}
