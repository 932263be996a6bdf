package dev.verdict.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary-encodes one CATEGORY column: each distinct value gets the next code in order of first appearance, and its
 * canonical text goes into the dictionary. Integer, floating-point and boolean values are hashed as primitives (no
 * String per row); text values are hashed as Strings.
 */
final class CategoryEncoder {
    private static final int EMPTY = -1;

    private final List<String> dictionary = new ArrayList<>();
    private long[] keys = new long[16];
    private int[] values = filled(16);
    private int size;
    private Map<String, Integer> text;
    /** Codes of the integers 0..255 (the usual labels), -1 when not seen yet: skips hashing. */
    private final int[] small = filled(256);

    /** @return the code of an integer value */
    int codeOfLong(long v) {
        if ((v & ~0xFFL) == 0) {
            int c = small[(int) v];
            if (c != EMPTY) {
                return c;
            }
        }
        int slot = slot(v);
        int code = values[slot] != EMPTY ? values[slot] : insert(slot, v, Long.toString(v));
        if ((v & ~0xFFL) == 0) {
            small[(int) v] = code;
        }
        return code;
    }

    /** @return the code of a boolean value */
    int codeOfBoolean(boolean v) {
        long key = v ? 1L : 0L;
        int slot = slot(key);
        if (values[slot] != EMPTY) {
            return values[slot];
        }
        return insert(slot, key, Boolean.toString(v));
    }

    /** @return the code of a finite or infinite, non-NaN double value */
    int codeOfDouble(double v) {
        double x = v == 0.0 ? 0.0 : v; // -0.0 and 0.0 are one category
        long key = Double.doubleToLongBits(x);
        int slot = slot(key);
        if (values[slot] != EMPTY) {
            return values[slot];
        }
        return insert(slot, key, canonical(x));
    }

    /** @return the code of a text value */
    int codeOfText(String v) {
        if (text == null) {
            text = new HashMap<>();
        }
        Integer code = text.get(v);
        if (code != null) {
            return code;
        }
        int c = dictionary.size();
        dictionary.add(v);
        text.put(v, c);
        return c;
    }

    /** @return the values, code i at index i */
    List<String> dictionary() {
        return List.copyOf(dictionary);
    }

    /** Canonical text of a double: integral values without a decimal point, others in plain decimal notation. */
    static String canonical(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 0x1p53) {
            return Long.toString((long) x);
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int insert(int slot, long key, String label) {
        int code = dictionary.size();
        dictionary.add(label);
        keys[slot] = key;
        values[slot] = code;
        if (++size * 2 > keys.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = filled(keys.length);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
