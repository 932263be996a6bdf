package dev.verdict.core.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python 3 string semantics the reference tools rely on: {@code str.split()}, {@code str.isspace()},
 * {@code str.lower()}, {@code str.rstrip()} / {@code strip()}, all by code point.
 */
final class PyText {
    private PyText() {
    }

    /**
     * Python's whitespace set ({@code str.isspace}, CPython 3): U+0009-000D, U+001C-001F, U+0020, U+0085, U+00A0,
     * U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000. {@link Character#isWhitespace} differs.
     */
    static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        if (cp < 0x85) {
            return false;
        }
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** @return {@code s.split()}: maximal runs of non-whitespace code points */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** @return {@code "".join(s.split())}: the string with every whitespace code point removed */
    static String removeSpaces(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
            } else if (b != null) {
                b.append(s.charAt(i));
            }
        }
        return b == null ? s : b.toString();
    }

    /** @return {@code s.rstrip()} */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** @return {@code s.strip()} */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Python's {@code str.lower()}. ASCII strings take a fast path; otherwise {@code toLowerCase(Locale.ROOT)}, which
     * agrees with CPython 3.11 on every code point the JDK's Unicode version knows, including the special cases
     * U+0130 (to "i̇") and the final sigma rule (checked over all code points by a test). Characters newer than the
     * JDK's Unicode tables may differ.
     */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /** @return number of code points */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
