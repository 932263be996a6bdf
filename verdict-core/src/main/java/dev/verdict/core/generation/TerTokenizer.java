package dev.verdict.core.generation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * sacreBLEU's {@code TercomTokenizer} (2.6.0): optional Python {@code lower()}; with {@code normalized} the Tercom
 * western normalisation (newline handling, the four XML entities, ASCII symbol splitting, {@code 's}, period/comma
 * splitting except between digits, digit-hyphen) and with {@code asian_support} CJK characters split apart; with
 * {@code no_punct} the characters {@code . , ? : ; ! " ( )} removed (plus CJK/full-width punctuation with
 * {@code asian_support}); finally whitespace collapsed as {@code ' '.join(s.split())}. Input is {@code rstrip()}ped
 * first, as {@code TER._preprocess_segment}. sacreBLEU's three kana rules ({@code (^|^[...])([...]+)(?=$|^[...])})
 * can only match a string that starts with kana, which the normalised (space-padded) string never does, so they are
 * left out.
 */
final class TerTokenizer {
    private static final Pattern SYMBOLS = Pattern.compile("([{-~\\[-` -&(-+:-@/])");
    private static final Pattern APOS_S = Pattern.compile("'s ");
    private static final Pattern NONDIGIT_PERIOD = Pattern.compile("([^0-9])([\\.,])");
    private static final Pattern PERIOD_NONDIGIT = Pattern.compile("([\\.,])([^0-9])");
    private static final Pattern DIGIT_HYPHEN = Pattern.compile("([0-9])(-)");
    private static final String ASIAN_PUNCT = "([\\u3001\\u3002\\u3008-\\u3011\\u3014-\\u301f\\uff61-\\uff65\\u30fb])";
    private static final String FULL_WIDTH_PUNCT = "([\\uff0e\\uff0c\\uff1f\\uff1a\\uff1b\\uff01\\uff02\\uff08\\uff09])";
    private static final Pattern[] ASIAN_SPLIT = {
        Pattern.compile("([\\u4e00-\\u9fff\\u3400-\\u4dbf])"),
        Pattern.compile("([\\u31c0-\\u31ef\\u2e80-\\u2eff])"),
        Pattern.compile("([\\u3300-\\u33ff\\uf900-\\ufaff\\ufe30-\\ufe4f])"),
        Pattern.compile("([\\u3200-\\u3f22])"),
        Pattern.compile(ASIAN_PUNCT),
        Pattern.compile(FULL_WIDTH_PUNCT),
    };
    private static final Pattern PUNCT = Pattern.compile("[\\.,\\?:;!\"\\(\\)]");
    private static final Pattern ASIAN_PUNCT_P = Pattern.compile(ASIAN_PUNCT);
    private static final Pattern FULL_WIDTH_PUNCT_P = Pattern.compile(FULL_WIDTH_PUNCT);

    private final boolean normalized;
    private final boolean noPunct;
    private final boolean asian;
    private final boolean caseSensitive;

    TerTokenizer(boolean normalized, boolean noPunct, boolean asian, boolean caseSensitive) {
        this.normalized = normalized;
        this.noPunct = noPunct;
        this.asian = asian;
        this.caseSensitive = caseSensitive;
    }

    /** @return the words of {@code TER._preprocess_segment(s).split()} */
    List<String> words(String s) {
        String t = PyText.rstrip(s);
        if (t.isEmpty()) {
            return List.of();
        }
        if (!caseSensitive) {
            t = PyText.lower(t);
        }
        if (normalized) {
            t = western(t);
            if (asian) {
                for (Pattern p : ASIAN_SPLIT) {
                    t = p.matcher(t).replaceAll(" $1 ");
                }
            }
        }
        if (noPunct) {
            t = PUNCT.matcher(t).replaceAll("");
            if (asian) {
                t = ASIAN_PUNCT_P.matcher(t).replaceAll("");
                t = FULL_WIDTH_PUNCT_P.matcher(t).replaceAll("");
            }
        }
        return PyText.split(t);
    }

    private static String western(String s) {
        String t = s.replace("\n-", "").replace("\n", " ").replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">");
        t = " " + t + " ";
        t = SYMBOLS.matcher(t).replaceAll(" $1 ");
        t = APOS_S.matcher(t).replaceAll(" 's ");
        // "'s$" cannot match: the string ends with the padding space.
        t = NONDIGIT_PERIOD.matcher(t).replaceAll("$1 $2 ");
        t = PERIOD_NONDIGIT.matcher(t).replaceAll(" $1 $2");
        return DIGIT_HYPHEN.matcher(t).replaceAll("$1 $2 ");
    }
}
