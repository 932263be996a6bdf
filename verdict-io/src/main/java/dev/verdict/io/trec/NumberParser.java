package dev.verdict.io.trec;

import java.nio.charset.StandardCharsets;

/** Parses numbers from byte slices without allocating in the common case. */
final class NumberParser {
    private static final double[] POW10 = new double[23];

    static {
        double p = 1.0;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10.0;
        }
    }

    private NumberParser() {
    }

    /**
     * Parses a decimal number to the double C's {@code strtod} gives: plain decimals with at most 15 digits are
     * converted exactly (one correctly rounded division by an exact power of ten), others through
     * {@link Double#parseDouble}; {@code inf}/{@code infinity} are accepted in any case.
     *
     * @return the value, or NaN when the text is not a number (or is NaN)
     */
    static double parseDouble(byte[] b, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            neg = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int frac = -1;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (frac >= 0) {
                    frac++;
                }
            } else if (c == '.' && frac < 0) {
                frac = 0;
            } else {
                return slow(b, from, to);
            }
        }
        if (digits == 0 || digits > 15) {
            return slow(b, from, to);
        }
        double v = frac > 0 ? (double) m / POW10[frac] : (double) m;
        return neg ? -v : v;
    }

    private static double slow(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @return the integer value of {@code [sign]digits} (within the int range), or NaN when it is not one */
    static double parseInteger(byte[] b, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            neg = b[i] == '-';
            i++;
        }
        if (i == to) {
            return Double.NaN;
        }
        long v = 0;
        for (; i < to; i++) {
            byte c = b[i];
            if (c < '0' || c > '9' || v > Integer.MAX_VALUE) {
                return Double.NaN;
            }
            v = v * 10 + (c - '0');
        }
        if (v > Integer.MAX_VALUE) {
            return Double.NaN;
        }
        return neg ? -v : v;
    }
}
