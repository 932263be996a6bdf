package dev.verdict.io;

import java.util.Arrays;
import java.util.List;

/**
 * Re-codes a CATEGORY column so that code order is the order of the values' text as C's {@code strcmp} compares their
 * UTF-8 bytes (trec_eval's docno order, which breaks score ties). Unicode code-point order is UTF-8 byte order, so
 * values are compared by code point ({@link String#compareTo} compares UTF-16 units, which differs only between
 * supplementary characters and U+E000..U+FFFF; for ASCII ids both agree).
 *
 * @param codes the new code of each row (a new array)
 * @param dictionary the values in the new code order
 */
public record SortedCodes(int[] codes, List<String> dictionary) {
    /**
     * @param codes a CATEGORY column's codes
     * @param dictionary its values (code i is value i)
     * @return the column re-coded in byte order of the values
     */
    public static SortedCodes of(int[] codes, List<String> dictionary) {
        Integer[] order = new Integer[dictionary.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareBytes(dictionary.get(a), dictionary.get(b)));
        int[] rank = new int[order.length];
        String[] sorted = new String[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            sorted[r] = dictionary.get(order[r]);
        }
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = rank[codes[i]];
        }
        return new SortedCodes(out, List.of(sorted));
    }

    /** @return the sign of strcmp over the UTF-8 encodings of {@code a} and {@code b} */
    public static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
