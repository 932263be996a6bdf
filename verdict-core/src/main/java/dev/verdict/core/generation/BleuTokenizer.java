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

    private static final Pattern RE_SYMBOLS = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
    private static final Pattern RE_PUNCT_AFTER = Pattern.compile("([^0-9])([\\.,])");
    private static final Pattern RE_PUNCT_BEFORE = Pattern.compile("([\\.,])([^0-9])");
    private static final Pattern RE_DASH = Pattern.compile("([0-9])(-)");
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
        s = " " + s + " ";
        s = RE_SYMBOLS.matcher(s).replaceAll(" $1 ");
        s = RE_PUNCT_AFTER.matcher(s).replaceAll("$1 $2 ");
        s = RE_PUNCT_BEFORE.matcher(s).replaceAll(" $1 $2");
        return RE_DASH.matcher(s).replaceAll("$1 $2 ");
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
