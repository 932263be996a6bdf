package dev.verdict.io;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes the scan query's result chunk by chunk into primitive arrays, applying the missing-value policy and
 * rejecting non-numeric or infinite NUMBER cells with the file row that holds them. A chunk without any missing or bad
 * cell (the common case) is appended column by column; only other chunks are examined row by row.
 */
final class TableScanner {
    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private final Path file;
    private final ColumnPlan[] plans;
    private final MissingPolicy missing;
    private final double[][] numbers;
    private final int[][] codes;
    private final CategoryEncoder[] encoders;
    private final String[][] texts;
    private final String[][][] lists;
    private final double[][] doubleCells;
    private final long[][] longCells;
    private final boolean[][] nullCells;
    private final String[][] textCells;
    private int chunkCapacity;
    private long[] sourceRows;
    private int capacity;
    private int kept;
    private long row;
    private long dropped;

    TableScanner(Path file, List<ColumnPlan> plans, MissingPolicy missing) {
        this(file, plans, missing, 1024);
    }

    /**
     * @param expectedRows the number of result rows when known (the arrays are then allocated once, exactly), else a
     *     starting capacity
     */
    TableScanner(Path file, List<ColumnPlan> plans, MissingPolicy missing, long expectedRows) {
        this.file = file;
        this.capacity = (int) Math.max(1, Math.min(MAX_ROWS, expectedRows));
        this.plans = plans.toArray(new ColumnPlan[0]);
        this.missing = missing;
        int n = this.plans.length;
        numbers = new double[n][];
        codes = new int[n][];
        encoders = new CategoryEncoder[n];
        texts = new String[n][];
        lists = new String[n][][];
        for (int j = 0; j < n; j++) {
            ColumnType type = this.plans[j].request.type();
            if (type == ColumnType.NUMBER) {
                numbers[j] = new double[capacity];
            } else if (type == ColumnType.TEXT) {
                texts[j] = new String[capacity];
            } else if (type == ColumnType.TEXT_LIST) {
                lists[j] = new String[capacity][];
            } else {
                codes[j] = new int[capacity];
                encoders[j] = new CategoryEncoder();
            }
        }
        doubleCells = new double[n][];
        longCells = new long[n][];
        nullCells = new boolean[n][];
        textCells = new String[n][];
    }

    /** @return the result rows consumed so far (kept and dropped) */
    long rowsSeen() {
        return row;
    }

    /** Reads every row of {@code rs}. */
    DataTable scan(ResultSet rs) throws SQLException {
        return scan(ChunkSource.of(rs, resultColumns()));
    }

    /** Reads every chunk of {@code source}. */
    DataTable scan(ChunkSource source) throws SQLException {
        for (int len = source.next(); len > 0; len = source.next()) {
            load(source, len);
            if (clean(len)) {
                storeChunk(len);
            } else {
                storeRows(len);
            }
        }
        return finish();
    }

    /** Row by row for a chunk with a missing or bad cell: applies the policy, names the first offending row. */
    private void storeRows(int len) {
        for (int r = 0; r < len; r++) {
            row++;
            int firstMissing = -1;
            for (int j = 0; j < plans.length; j++) {
                if (!present(j, r) && firstMissing < 0) {
                    firstMissing = j;
                }
            }
            if (firstMissing < 0) {
                store(r);
            } else if (missing == MissingPolicy.ERROR) {
                throw Problems.missingCell(file, plans[firstMissing], row);
            } else {
                drop();
            }
        }
    }

    /** @return the number of result columns of the scan query */
    int resultColumns() {
        ColumnPlan last = plans[plans.length - 1];
        return last.resultIndex + last.selectExpressions().length - 1;
    }

    /** Copies the chunk's cells of every column into the chunk buffers. */
    private void load(ChunkSource source, int len) throws SQLException {
        if (chunkCapacity < len) {
            allocateChunk(Math.max(len, ChunkSource.CHUNK));
        }
        for (int j = 0; j < plans.length; j++) {
            ColumnPlan p = plans[j];
            switch (p.kind) {
                case NUMBER_NATIVE:
                case CATEGORY_DOUBLE:
                    source.doubles(p.resultIndex, doubleCells[j]);
                    break;
                case NUMBER_TEXT:
                    source.doubles(p.resultIndex, doubleCells[j]);
                    source.strings(p.resultIndex + 1, textCells[j]);
                    break;
                case CATEGORY_LONG:
                case CATEGORY_BOOLEAN:
                    source.longs(p.resultIndex, p.kind == ColumnPlan.Kind.CATEGORY_BOOLEAN, longCells[j],
                            nullCells[j]);
                    break;
                case CATEGORY_TEXT:
                case TEXT:
                case TEXT_LIST_SINGLE:
                case TEXT_LIST_JSON:
                    source.strings(p.resultIndex, textCells[j]);
                    break;
                default:
                    throw new AssertionError(p.kind);
            }
        }
    }

    private void allocateChunk(int size) {
        chunkCapacity = size;
        for (int j = 0; j < plans.length; j++) {
            doubleCells[j] = new double[size];
            longCells[j] = new long[size];
            nullCells[j] = new boolean[size];
            textCells[j] = new String[size];
        }
    }

    /** @return true when no cell of the chunk is missing, non-numeric or infinite (the common case) */
    private boolean clean(int len) {
        for (int j = 0; j < plans.length; j++) {
            switch (plans[j].kind) {
                case NUMBER_TEXT:
                    if (!noText(textCells[j], len) || !allFinite(doubleCells[j], len)) {
                        return false;
                    }
                    break;
                case NUMBER_NATIVE:
                    if (!allFinite(doubleCells[j], len)) {
                        return false;
                    }
                    break;
                case CATEGORY_DOUBLE:
                    if (!noNaN(doubleCells[j], len)) {
                        return false;
                    }
                    break;
                case CATEGORY_LONG:
                case CATEGORY_BOOLEAN:
                    if (!noTrue(nullCells[j], len)) {
                        return false;
                    }
                    break;
                default:
                    for (int r = 0; r < len; r++) {
                        if (!present(j, r)) {
                            return false;
                        }
                    }
            }
        }
        return true;
    }

    private static boolean allFinite(double[] a, int len) {
        double acc = 0.0;
        for (int i = 0; i < len; i++) {
            acc += a[i] * 0.0; // NaN or infinite cells make the sum NaN
        }
        return acc == 0.0;
    }

    private static boolean noNaN(double[] a, int len) {
        for (int i = 0; i < len; i++) {
            if (a[i] != a[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean noTrue(boolean[] a, int len) {
        for (int i = 0; i < len; i++) {
            if (a[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean noText(String[] a, int len) {
        for (int i = 0; i < len; i++) {
            if (a[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** Appends a whole clean chunk, column by column. */
    private void storeChunk(int len) {
        while (capacity - kept < len) {
            grow();
        }
        for (int j = 0; j < plans.length; j++) {
            int[] out = codes[j];
            CategoryEncoder enc = encoders[j];
            switch (plans[j].kind) {
                case NUMBER_NATIVE:
                case NUMBER_TEXT:
                    System.arraycopy(doubleCells[j], 0, numbers[j], kept, len);
                    break;
                case CATEGORY_DOUBLE:
                    for (int r = 0; r < len; r++) {
                        out[kept + r] = enc.codeOfDouble(doubleCells[j][r]);
                    }
                    break;
                case CATEGORY_LONG:
                    for (int r = 0; r < len; r++) {
                        out[kept + r] = enc.codeOfLong(longCells[j][r]);
                    }
                    break;
                case CATEGORY_BOOLEAN:
                    for (int r = 0; r < len; r++) {
                        out[kept + r] = enc.codeOfBoolean(longCells[j][r] != 0L);
                    }
                    break;
                case TEXT:
                    System.arraycopy(textCells[j], 0, texts[j], kept, len);
                    break;
                case TEXT_LIST_SINGLE:
                case TEXT_LIST_JSON:
                    for (int r = 0; r < len; r++) {
                        lists[j][kept + r] = list(j, textCells[j][r], row + r + 1);
                    }
                    break;
                default:
                    for (int r = 0; r < len; r++) {
                        out[kept + r] = enc.codeOfText(textCells[j][r]);
                    }
            }
        }
        if (sourceRows != null) {
            for (int r = 0; r < len; r++) {
                sourceRows[kept + r] = row + r + 1;
            }
        }
        kept += len;
        row += len;
    }

    /** @return false when cell (r, j) is missing; throws for a non-numeric or infinite NUMBER cell */
    private boolean present(int j, int r) {
        ColumnPlan p = plans[j];
        switch (p.kind) {
            case NUMBER_NATIVE: {
                double v = doubleCells[j][r];
                if (v - v != 0.0 && v == v) {
                    throw Problems.notFinite(file, p, row, v);
                }
                return v == v;
            }
            case NUMBER_TEXT: {
                String bad = textCells[j][r];
                if (bad != null) {
                    throw Problems.notANumber(file, p, row, bad);
                }
                double v = doubleCells[j][r];
                if (Double.isInfinite(v)) {
                    throw Problems.notFinite(file, p, row, v);
                }
                return v == v;
            }
            case CATEGORY_DOUBLE: {
                double v = doubleCells[j][r];
                return v == v;
            }
            case CATEGORY_LONG:
            case CATEGORY_BOOLEAN:
                return !nullCells[j][r];
            case CATEGORY_TEXT: {
                String s = textCells[j][r];
                return s != null && !s.isEmpty();
            }
            case TEXT:
            case TEXT_LIST_SINGLE:
            case TEXT_LIST_JSON:
                return textCells[j][r] != null;
            default:
                throw new AssertionError(p.kind);
        }
    }

    private void store(int r) {
        if (kept == capacity) {
            grow();
        }
        for (int j = 0; j < plans.length; j++) {
            switch (plans[j].kind) {
                case NUMBER_NATIVE:
                case NUMBER_TEXT:
                    numbers[j][kept] = doubleCells[j][r];
                    break;
                case CATEGORY_DOUBLE:
                    codes[j][kept] = encoders[j].codeOfDouble(doubleCells[j][r]);
                    break;
                case CATEGORY_LONG:
                    codes[j][kept] = encoders[j].codeOfLong(longCells[j][r]);
                    break;
                case CATEGORY_BOOLEAN:
                    codes[j][kept] = encoders[j].codeOfBoolean(longCells[j][r] != 0L);
                    break;
                case CATEGORY_TEXT:
                    codes[j][kept] = encoders[j].codeOfText(textCells[j][r]);
                    break;
                case TEXT:
                    texts[j][kept] = textCells[j][r];
                    break;
                case TEXT_LIST_SINGLE:
                case TEXT_LIST_JSON:
                    lists[j][kept] = list(j, textCells[j][r], row);
                    break;
                default:
                    throw new AssertionError(plans[j].kind);
            }
        }
        if (sourceRows != null) {
            sourceRows[kept] = row;
        }
        kept++;
    }

    private void drop() {
        if (sourceRows == null) {
            sourceRows = new long[capacity];
            for (int i = 0; i < kept; i++) {
                sourceRows[i] = i + 1L;
            }
        }
        dropped++;
    }

    private void grow() {
        if (capacity >= MAX_ROWS) {
            throw Problems.tooManyRows(file, MAX_ROWS);
        }
        capacity = (int) Math.min(MAX_ROWS, capacity * 2L);
        for (int j = 0; j < plans.length; j++) {
            if (numbers[j] != null) {
                numbers[j] = Arrays.copyOf(numbers[j], capacity);
            } else if (texts[j] != null) {
                texts[j] = Arrays.copyOf(texts[j], capacity);
            } else if (lists[j] != null) {
                lists[j] = Arrays.copyOf(lists[j], capacity);
            } else {
                codes[j] = Arrays.copyOf(codes[j], capacity);
            }
        }
        if (sourceRows != null) {
            sourceRows = Arrays.copyOf(sourceRows, capacity);
        }
    }

    private DataTable finish() {
        if (row == 0) {
            throw Problems.noRows(file);
        }
        if (kept == 0) {
            throw Problems.allDropped(file, dropped, plans);
        }
        Map<String, double[]> num = new HashMap<>();
        Map<String, int[]> cat = new HashMap<>();
        Map<String, List<String>> dict = new HashMap<>();
        Map<String, String[]> text = new HashMap<>();
        Map<String, String[][]> list = new HashMap<>();
        for (int j = 0; j < plans.length; j++) {
            String name = plans[j].request.name();
            if (numbers[j] != null) {
                num.put(name, trim(numbers[j]));
            } else if (texts[j] != null) {
                text.put(name, texts[j].length == kept ? texts[j] : Arrays.copyOf(texts[j], kept));
            } else if (lists[j] != null) {
                list.put(name, lists[j].length == kept ? lists[j] : Arrays.copyOf(lists[j], kept));
            } else {
                cat.put(name, trim(codes[j]));
                dict.put(name, encoders[j].dictionary());
            }
        }
        long[] src = sourceRows == null ? null : Arrays.copyOf(sourceRows, kept);
        return new DataTable(file, kept, dropped, num, cat, dict, text, list, src);
    }

    /** @return the strings of a TEXT_LIST cell; an empty list or a non-string element is an error naming the row */
    private String[] list(int j, String cell, long fileRow) {
        ColumnPlan p = plans[j];
        String[] out;
        if (p.kind == ColumnPlan.Kind.TEXT_LIST_SINGLE) {
            out = new String[] {cell};
        } else {
            try {
                out = JsonStrings.parse(cell);
            } catch (IllegalArgumentException e) {
                throw Problems.badList(file, p, fileRow, e.getMessage());
            }
        }
        if (out.length == 0) {
            throw Problems.badList(file, p, fileRow, "the list is empty (expected at least one string)");
        }
        return out;
    }

    private double[] trim(double[] a) {
        return a.length == kept ? a : Arrays.copyOf(a, kept);
    }

    private int[] trim(int[] a) {
        return a.length == kept ? a : Arrays.copyOf(a, kept);
    }
}
