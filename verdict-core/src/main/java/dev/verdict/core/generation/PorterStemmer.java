package dev.verdict.core.generation;

import java.util.Map;

/**
 * NLTK 3.8's {@code nltk.stem.porter.PorterStemmer()} in its default mode {@code NLTK_EXTENSIONS}, the stemmer
 * rouge-score 0.1.2 uses with {@code use_stemmer=True} (applied there only to tokens longer than 3 characters). The
 * NLTK departures from Porter's 1980 paper are kept: the irregular-form pool (skies -> sky, dying -> die, ...), words
 * of at most 2 letters unchanged, a 2-letter vowel-consonant word counts as *o (cvc), step 1a "ies" -> "ie" for
 * 4-letter words, step 1b "ied" -> "ie"/"i", step 1c y -> i only after a consonant that is not the first letter,
 * step 2 "alli" -> "al" then step 2 again, "bli" -> "ble" (not "abli"), the extra rules "fulli" -> "ful" and
 * "logi" -> "log". Input is expected in lower case (rouge-score lower-cases before stemming).
 */
final class PorterStemmer {
    private static final Map<String, String> POOL = Map.ofEntries(Map.entry("sky", "sky"), Map.entry("skies", "sky"),
            Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("news", "news"), Map.entry("innings", "inning"), Map.entry("inning", "inning"),
            Map.entry("outings", "outing"), Map.entry("outing", "outing"), Map.entry("cannings", "canning"),
            Map.entry("canning", "canning"), Map.entry("howe", "howe"), Map.entry("proceed", "proceed"),
            Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

    /** A rule condition on the stem left after removing the suffix. */
    private interface Cond {
        boolean test(String stem);
    }

    private static final Cond ANY = s -> true;
    private static final Cond M_POS = s -> measure(s) > 0;
    private static final Cond M_GT1 = s -> measure(s) > 1;

    private PorterStemmer() {
    }

    /** @return the stem of a lower-case word */
    static String stem(String word) {
        String pooled = POOL.get(word);
        if (pooled != null) {
            return pooled;
        }
        if (word.length() <= 2) {
            return word;
        }
        String s = step1a(word);
        s = step1b(s);
        s = step1c(s);
        s = step2(s);
        s = step3(s);
        s = step4(s);
        s = step5a(s);
        return step5b(s);
    }

    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !consonant(w, i - 1);
        }
        return true;
    }

    /** @return the number of "vc" pairs in the consonant/vowel pattern */
    static int measure(String s) {
        int m = 0;
        for (int i = 1; i < s.length(); i++) {
            if (!consonant(s, i - 1) && consonant(s, i)) {
                m++;
            }
        }
        return m;
    }

    private static boolean containsVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!consonant(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
    }

    private static boolean endsCvc(String w) {
        int n = w.length();
        if (n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1)) {
            char c = w.charAt(n - 1);
            if (c != 'w' && c != 'x' && c != 'y') {
                return true;
            }
        }
        return n == 2 && !consonant(w, 0) && consonant(w, 1);
    }

    /** {@code _apply_rule_list}: the first rule whose suffix matches decides (word unchanged if its test fails). */
    private static String apply(String w, Object... rules) {
        for (int k = 0; k < rules.length; k += 3) {
            String suffix = (String) rules[k];
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                return ((Cond) rules[k + 2]).test(stem) ? stem + rules[k + 1] : w;
            }
        }
        return w;
    }

    private static String step1a(String w) {
        if (w.endsWith("ies") && w.length() == 4) {
            return w.substring(0, 1) + "ie";
        }
        return apply(w, "sses", "ss", ANY, "ies", "i", ANY, "ss", "ss", ANY, "s", "", ANY);
    }

    private static String step1b(String w) {
        if (w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + (w.length() == 4 ? "ie" : "i");
        }
        if (w.endsWith("eed")) {
            String stem = w.substring(0, w.length() - 3);
            return measure(stem) > 0 ? stem + "ee" : w;
        }
        String s = null;
        if (w.endsWith("ed") && containsVowel(w.substring(0, w.length() - 2))) {
            s = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && containsVowel(w.substring(0, w.length() - 3))) {
            s = w.substring(0, w.length() - 3);
        }
        if (s == null) {
            return w;
        }
        if (s.endsWith("at") || s.endsWith("bl") || s.endsWith("iz")) {
            return s + "e";
        }
        if (endsDoubleConsonant(s)) {
            char last = s.charAt(s.length() - 1);
            return last != 'l' && last != 's' && last != 'z' ? s.substring(0, s.length() - 1) : s;
        }
        return measure(s) == 1 && endsCvc(s) ? s + "e" : s;
    }

    private static String step1c(String w) {
        if (w.endsWith("y")) {
            String stem = w.substring(0, w.length() - 1);
            return stem.length() > 1 && consonant(stem, stem.length() - 1) ? stem + "i" : w;
        }
        return w;
    }

    private static String step2(String w) {
        if (w.endsWith("alli") && measure(w.substring(0, w.length() - 4)) > 0) {
            return step2(w.substring(0, w.length() - 4) + "al");
        }
        Cond logi = s -> measure(w.substring(0, w.length() - 3)) > 0;
        return apply(w, "ational", "ate", M_POS, "tional", "tion", M_POS, "enci", "ence", M_POS, "anci", "ance",
                M_POS, "izer", "ize", M_POS, "bli", "ble", M_POS, "alli", "al", M_POS, "entli", "ent", M_POS, "eli",
                "e", M_POS, "ousli", "ous", M_POS, "ization", "ize", M_POS, "ation", "ate", M_POS, "ator", "ate",
                M_POS, "alism", "al", M_POS, "iveness", "ive", M_POS, "fulness", "ful", M_POS, "ousness", "ous",
                M_POS, "aliti", "al", M_POS, "iviti", "ive", M_POS, "biliti", "ble", M_POS, "fulli", "ful", M_POS,
                "logi", "log", logi);
    }

    private static String step3(String w) {
        return apply(w, "icate", "ic", M_POS, "ative", "", M_POS, "alize", "al", M_POS, "iciti", "ic", M_POS, "ical",
                "ic", M_POS, "ful", "", M_POS, "ness", "", M_POS);
    }

    private static String step4(String w) {
        Cond ion = s -> measure(s) > 1 && (s.endsWith("s") || s.endsWith("t"));
        return apply(w, "al", "", M_GT1, "ance", "", M_GT1, "ence", "", M_GT1, "er", "", M_GT1, "ic", "", M_GT1,
                "able", "", M_GT1, "ible", "", M_GT1, "ant", "", M_GT1, "ement", "", M_GT1, "ment", "", M_GT1, "ent",
                "", M_GT1, "ion", "", ion, "ou", "", M_GT1, "ism", "", M_GT1, "ate", "", M_GT1, "iti", "", M_GT1,
                "ous", "", M_GT1, "ive", "", M_GT1, "ize", "", M_GT1);
    }

    private static String step5a(String w) {
        if (w.endsWith("e")) {
            String stem = w.substring(0, w.length() - 1);
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsCvc(stem))) {
                return stem;
            }
        }
        return w;
    }

    private static String step5b(String w) {
        if (w.endsWith("ll")) {
            return measure(w.substring(0, w.length() - 1)) > 1 ? w.substring(0, w.length() - 1) : w;
        }
        return w;
    }
}
