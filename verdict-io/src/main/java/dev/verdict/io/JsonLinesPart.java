package dev.verdict.io;

import java.util.Arrays;

/**
 * The requested columns of one byte range of a JSON Lines file, as {@link JsonLineParser} reads them, with for each
 * column which kinds of JSON values it holds and where each kind first occurs, so that {@link JsonLinesReader} can
 * tell whether DuckDB would have typed the column the same way. A value whose kind the column's type never accepts
 * (a string in a NUMBER column, a number in a TEXT column, a list outside a TEXT_LIST column) is refused at once.
 */
final class JsonLinesPart {
    /** Kinds of JSON values. */
    static final int STRING = 0;
    static final int INT = 1;
    static final int FLOAT = 2;
    static final int BOOL = 3;
    static final int ARRAY = 4;
    static final int KINDS = 5;

    final ColumnRequest[] columns;
    private final ColumnType[] types;
    private final int[] seenIn;
    private int capacity;

    /** Records read. */
    int records;
    /** NUMBER columns: the value, NaN when missing. */
    final double[][] numbers;
    /** TEXT columns and the strings of CATEGORY columns (null when missing). */
    final String[][] texts;
    /** TEXT_LIST columns (null when missing). */
    final String[][][] lists;
    /** CATEGORY columns: 1 + the kind of the row's value, 0 when missing (null or an empty string). */
    final byte[][] kinds;
    /** CATEGORY columns: an INT's value, a FLOAT's bits, a BOOL as 0 or 1. */
    final long[][] raw;
    /** Per column and kind: the 1-based record of its first occurrence in this part, 0 when none. */
    final int[][] firstKindAt;
    /** Per column: the 1-based record of the first string no DuckDB type sniffer could read as a date, time or
     * UUID, 0 when none. */
    final int[] firstPlainAt;

    /**
     * @param columns the requested columns
     * @param capacity the number of records to make room for at first
     */
    JsonLinesPart(ColumnRequest[] columns, int capacity) {
        this.columns = columns;
        this.capacity = Math.max(16, capacity);
        int n = columns.length;
        types = new ColumnType[n];
        seenIn = new int[n];
        numbers = new double[n][];
        texts = new String[n][];
        lists = new String[n][][];
        kinds = new byte[n][];
        raw = new long[n][];
        firstKindAt = new int[n][KINDS];
        firstPlainAt = new int[n];
        for (int j = 0; j < n; j++) {
            types[j] = columns[j].type();
            switch (types[j]) {
                case NUMBER -> numbers[j] = nans(this.capacity, 0);
                case TEXT -> texts[j] = new String[this.capacity];
                case TEXT_LIST -> lists[j] = new String[this.capacity][];
                case CATEGORY -> {
                    kinds[j] = new byte[this.capacity];
                    raw[j] = new long[this.capacity];
                }
            }
        }
    }

    /** Starts the next record. */
    void startRecord() {
        if (records == capacity) {
            grow();
        }
        records++;
    }

    /** @return false when column {@code j} already had a value in this record */
    boolean firstInRecord(int j) {
        if (seenIn[j] == records) {
            return false;
        }
        seenIn[j] = records;
        return true;
    }

    /** @return false when column {@code j} does not take strings */
    boolean string(int j, String s) {
        ColumnType type = types[j];
        if (type == ColumnType.NUMBER) {
            return false;
        }
        int r = records - 1;
        seen(j, STRING);
        plain(j, s);
        switch (type) {
            case TEXT -> texts[j][r] = s;
            case TEXT_LIST -> lists[j][r] = new String[] {s};
            default -> {
                if (texts[j] == null) {
                    texts[j] = new String[capacity];
                }
                texts[j][r] = s;
                kinds[j][r] = (byte) (s.isEmpty() ? 0 : 1 + STRING);
            }
        }
        return true;
    }

    /** @return false when column {@code j} does not take numbers or booleans */
    boolean number(int j, int kind, double value, long bits) {
        ColumnType type = types[j];
        int r = records - 1;
        if (type == ColumnType.NUMBER) {
            numbers[j][r] = value;
        } else if (type == ColumnType.CATEGORY) {
            kinds[j][r] = (byte) (1 + kind);
            raw[j][r] = bits;
        } else {
            return false;
        }
        seen(j, kind);
        return true;
    }

    /** @return false when column {@code j} does not take lists */
    boolean list(int j, String[] items) {
        if (types[j] != ColumnType.TEXT_LIST) {
            return false;
        }
        for (String s : items) {
            plain(j, s);
        }
        lists[j][records - 1] = items;
        seen(j, ARRAY);
        return true;
    }

    private void seen(int j, int kind) {
        if (firstKindAt[j][kind] == 0) {
            firstKindAt[j][kind] = records;
        }
    }

    private void plain(int j, String s) {
        if (firstPlainAt[j] == 0 && !DuckTypes.mayBeTemporalOrUuid(s)) {
            firstPlainAt[j] = records;
        }
    }

    private void grow() {
        int old = capacity;
        capacity = old * 2;
        for (int j = 0; j < columns.length; j++) {
            if (numbers[j] != null) {
                double[] d = nans(capacity, old);
                System.arraycopy(numbers[j], 0, d, 0, old);
                numbers[j] = d;
            }
            texts[j] = texts[j] == null ? null : Arrays.copyOf(texts[j], capacity);
            lists[j] = lists[j] == null ? null : Arrays.copyOf(lists[j], capacity);
            kinds[j] = kinds[j] == null ? null : Arrays.copyOf(kinds[j], capacity);
            raw[j] = raw[j] == null ? null : Arrays.copyOf(raw[j], capacity);
        }
    }

    /** @return an array of {@code n} doubles, NaN from index {@code from} on */
    private static double[] nans(int n, int from) {
        double[] d = new double[n];
        Arrays.fill(d, from, n, Double.NaN);
        return d;
    }
}
