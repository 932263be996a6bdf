package dev.verdict.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Columns read from a file into primitive arrays, after the missing-value policy was applied. Row {@code i} of every
 * column is the same record; {@link #sourceRow(int)} maps it back to its 1-based data row in the file (header
 * excluded) for error messages.
 */
public final class DataTable {
    private final Path file;
    private final int rows;
    private final long dropped;
    private final Map<String, double[]> numbers;
    private final Map<String, int[]> codes;
    private final Map<String, List<String>> dictionaries;
    private final Map<String, String[]> texts;
    private final Map<String, String[][]> textLists;
    private final long[] sourceRows;

    /**
     * @param file the file read
     * @param rows rows kept
     * @param dropped rows dropped by {@link MissingPolicy#DROP}
     * @param numbers NUMBER columns by name
     * @param codes CATEGORY columns' codes by name
     * @param dictionaries CATEGORY columns' values by name (code i is value i)
     * @param sourceRows 1-based file row of each kept row, or null when no row was dropped (then row i is i + 1)
     */
    public DataTable(Path file, int rows, long dropped, Map<String, double[]> numbers, Map<String, int[]> codes,
            Map<String, List<String>> dictionaries, long[] sourceRows) {
        this(file, rows, dropped, numbers, codes, dictionaries, Map.of(), Map.of(), sourceRows);
    }

    /**
     * @param file the file read
     * @param rows rows kept
     * @param dropped rows dropped by {@link MissingPolicy#DROP}
     * @param numbers NUMBER columns by name
     * @param codes CATEGORY columns' codes by name
     * @param dictionaries CATEGORY columns' values by name (code i is value i)
     * @param texts TEXT columns by name
     * @param textLists TEXT_LIST columns by name
     * @param sourceRows 1-based file row of each kept row, or null when no row was dropped (then row i is i + 1)
     */
    public DataTable(Path file, int rows, long dropped, Map<String, double[]> numbers, Map<String, int[]> codes,
            Map<String, List<String>> dictionaries, Map<String, String[]> texts, Map<String, String[][]> textLists,
            long[] sourceRows) {
        this.texts = Map.copyOf(texts);
        this.textLists = Map.copyOf(textLists);
        this.file = Objects.requireNonNull(file);
        this.rows = rows;
        this.dropped = dropped;
        this.numbers = Map.copyOf(numbers);
        this.codes = Map.copyOf(codes);
        this.dictionaries = new java.util.HashMap<>(dictionaries);
        this.sourceRows = sourceRows;
    }

    /** @return the file read */
    public Path file() {
        return file;
    }

    /** @return rows kept */
    public int rows() {
        return rows;
    }

    /** @return rows dropped for missing values */
    public long dropped() {
        return dropped;
    }

    /** @return a NUMBER column (shared array, do not modify) */
    public double[] numbers(String column) {
        return require(numbers, column);
    }

    /** @return a CATEGORY column's codes (shared array, do not modify) */
    public int[] codes(String column) {
        return require(codes, column);
    }

    /** @return a CATEGORY column's values; code i is value i */
    public List<String> dictionary(String column) {
        return require(dictionaries, column);
    }

    /** @return a TEXT column (shared array, do not modify) */
    public String[] texts(String column) {
        return require(texts, column);
    }

    /** @return a TEXT_LIST column: each row's strings, at least one (shared arrays, do not modify) */
    public String[][] textLists(String column) {
        return require(textLists, column);
    }

    /** @return whether a column was read (as any type) */
    public boolean has(String column) {
        return numbers.containsKey(column) || codes.containsKey(column) || texts.containsKey(column)
                || textLists.containsKey(column);
    }

    /** @return the 1-based data row in the file (header excluded) of kept row {@code i} */
    public long sourceRow(int i) {
        return sourceRows == null ? i + 1L : sourceRows[i];
    }

    private static <T> T require(Map<String, T> m, String column) {
        T v = m.get(column);
        if (v == null) {
            throw new IllegalArgumentException("column " + column + " was not read as requested");
        }
        return v;
    }

    /**
     * Swaps the two codes of a CATEGORY column with exactly two values, in place: every code {@code c} becomes
     * {@code 1 - c} and the dictionary's two entries change places, so the column reads the same afterwards. It lets a
     * consumer that needs a given value at code 1 (a binary label's positive class) share the code array instead of
     * copying it. Not thread-safe: call it before the table is shared between threads.
     *
     * @param column a CATEGORY column whose dictionary has two values
     */
    public void swapTwoValueCodes(String column) {
        List<String> d = dictionary(column);
        if (d.size() != 2) {
            throw new IllegalArgumentException("column " + column + " has " + d.size() + " values, not 2");
        }
        int[] c = codes(column);
        for (int i = 0; i < c.length; i++) {
            c[i] ^= 1;
        }
        dictionaries.put(column, List.of(d.get(1), d.get(0)));
    }
}
