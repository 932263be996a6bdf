package dev.verdict.io;

import java.util.Locale;
import java.util.Set;

/**
 * What DuckDB's JSON reader might make of a string: it types a column whose sampled strings all parse as a DATE,
 * TIME, TIMESTAMP or UUID as that type, and then prints them in its own format ({@code 11:00} becomes
 * {@code 11:00:00}, UUIDs become lower case). {@link JsonLinesReader} keeps a string column only when one of its
 * early strings cannot be any of these; this test errs on the side of "might be".
 */
final class DuckTypes {
    private static final int MAX_SPECIAL_LENGTH = 64;
    private static final Set<String> SPECIAL_WORDS = Set.of("infinity", "-infinity", "+infinity", "epoch", "allballs",
            "now", "today", "tomorrow", "yesterday");

    private DuckTypes() {
    }

    /**
     * @param s a JSON string value
     * @return false only when DuckDB cannot read {@code s} as a date, time, timestamp or UUID
     */
    static boolean mayBeTemporalOrUuid(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (n > MAX_SPECIAL_LENGTH) {
            return false;
        }
        int digits = 0;
        int hex = 0;
        int separators = 0;
        boolean colon = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                hex++;
            } else if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                hex++;
            } else if (c == ':') {
                colon = true;
            } else if (c == '-' || c == '/' || c == '.') {
                separators++;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '+' || c == '_'
                    || c == ',' || c == '{' || c == '}')) {
                return false;
            }
        }
        if (hex == 32) {
            return true; // a UUID, with or without dashes and braces
        }
        if (digits >= 1 && (colon || separators >= 2)) {
            return true;
        }
        return SPECIAL_WORDS.contains(s.trim().toLowerCase(Locale.ROOT));
    }
}
