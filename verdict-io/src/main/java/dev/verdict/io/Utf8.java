package dev.verdict.io;

/** Strict UTF-8 validation as DuckDB applies it: no overlong forms, no encoded surrogates, nothing above U+10FFFF. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * @param b bytes
     * @param i the index of a byte {@code >= 0x80}
     * @param end the end of the readable range
     * @return the index after the multi-byte sequence starting at {@code i}, or -1 when it is not valid UTF-8
     */
    static int sequenceEnd(byte[] b, int i, int end) {
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
        if (i + extra >= end) {
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
}
