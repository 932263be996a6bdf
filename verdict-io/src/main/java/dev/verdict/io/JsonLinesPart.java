package dev.verdict.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Parses the records of one byte range of a JSON Lines file with Jackson's streaming parser into per-column arrays,
 * recording for each column which kinds of JSON values it holds and where each kind first occurs, so that
 * {@link JsonLinesReader} can tell whether DuckDB would have typed the column the same way.
 *
 * <p>It gives up ({@link #parse} returns false) on anything whose meaning under DuckDB it does not reproduce exactly:
 * malformed JSON, a line that is not one object, a requested key twice in an object, keys differing from a requested
 * one only in case, objects, nested or empty arrays, integers outside the 64-bit range, {@code -0}, non-finite
 * numbers, and value kinds a column's type does not accept. The caller then reads the file with DuckDB.
 */
final class JsonLinesPart {
    /** Kinds of JSON values. */
    static final int STRING = 0;
    static final int INT = 1;
    static final int FLOAT = 2;
    static final int BOOL = 3;
    static final int ARRAY = 4;
    static final int KINDS = 5;

    private static final JsonFactory JSON = new JsonFactory();
    /** DuckDB's default {@code maximum_object_size}: a longer line is an error there. */
    private static final long MAX_OBJECT_BYTES = 16L << 20;
    private static final int MAX_KEYS = 4096;
    private static final int NOT_REQUESTED = -1;

    private final ColumnRequest[] columns;
    private final String[] names;
    private final Map<String, Integer> keys = new IdentityHashMap<>();
    private final int[] seenIn;
    private final int capacity;
    private String[] elements = new String[4];

    /** Records parsed. */
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
     * @param capacity the number of records expected (a bound, e.g. the line count)
     */
    JsonLinesPart(ColumnRequest[] columns, int capacity) {
        this.columns = columns;
        this.capacity = capacity;
        int n = columns.length;
        names = new String[n];
        seenIn = new int[n];
        numbers = new double[n][];
        texts = new String[n][];
        lists = new String[n][][];
        kinds = new byte[n][];
        raw = new long[n][];
        firstKindAt = new int[n][KINDS];
        firstPlainAt = new int[n];
        for (int j = 0; j < n; j++) {
            names[j] = columns[j].name().intern();
            switch (columns[j].type()) {
                case NUMBER -> {
                    numbers[j] = new double[capacity];
                    Arrays.fill(numbers[j], Double.NaN);
                }
                case TEXT -> texts[j] = new String[capacity];
                case TEXT_LIST -> lists[j] = new String[capacity][];
                case CATEGORY -> {
                    kinds[j] = new byte[capacity];
                    raw[j] = new long[capacity];
                }
            }
        }
    }

    /** @return true when the whole range was parsed; false when the caller must read the file with DuckDB */
    boolean parse(byte[] b, int from, int to) {
        try (JsonParser p = JSON.createParser(b, from, to - from)) {
            ParserBase base = (ParserBase) p;
            int lastLine = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = base.getTokenLineNr();
                long start = base.getTokenCharacterOffset();
                if (t != JsonToken.START_OBJECT || line <= lastLine || records == capacity) {
                    return false;
                }
                records++;
                if (!object(p) || base.getTokenLineNr() != line
                        || base.getTokenCharacterOffset() - start >= MAX_OBJECT_BYTES) {
                    return false;
                }
                lastLine = line;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // malformed JSON, or beyond Jackson's limits: DuckDB names the problem
        }
    }

    /** Parses one object's fields; the parser ends on its END_OBJECT. */
    private boolean object(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            int j = column(p.currentName());
            JsonToken v = p.nextToken();
            if (j == NOT_REQUESTED) {
                p.skipChildren();
                continue;
            }
            if (j < NOT_REQUESTED || seenIn[j] == records || !value(p, v, j)) {
                return false;
            }
            seenIn[j] = records;
        }
        return t == JsonToken.END_OBJECT;
    }

    /** @return the requested column of a key, {@link #NOT_REQUESTED}, or less when the key forbids this path */
    private int column(String key) {
        for (int j = 0; j < names.length; j++) {
            if (key == names[j]) {
                return j;
            }
        }
        Integer known = keys.get(key);
        if (known != null) {
            return known;
        }
        int found = NOT_REQUESTED;
        for (int j = 0; j < names.length; j++) {
            if (key.equals(names[j])) {
                found = j;
            } else if (key.equalsIgnoreCase(names[j])) {
                found = NOT_REQUESTED - 1; // DuckDB renames one of two keys equal but for case
                break;
            }
        }
        if (keys.size() >= MAX_KEYS) {
            return NOT_REQUESTED - 1;
        }
        keys.put(key, found);
        return found;
    }

    private boolean value(JsonParser p, JsonToken v, int j) throws IOException {
        int r = records - 1;
        switch (v) {
            case VALUE_NULL:
                return true;
            case VALUE_STRING:
                return string(j, r, p.getText());
            case VALUE_NUMBER_INT: {
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return false;
                }
                long x = p.getLongValue();
                if (x == 0 && p.getTextCharacters()[p.getTextOffset()] == '-') {
                    return false; // -0: DuckDB keeps the sign only when it reads the column as text
                }
                return number(j, r, INT, x, x);
            }
            case VALUE_NUMBER_FLOAT: {
                double x = p.getDoubleValue();
                return Double.isFinite(x) && number(j, r, FLOAT, x, Double.doubleToRawLongBits(x));
            }
            case VALUE_TRUE:
            case VALUE_FALSE: {
                long x = v == JsonToken.VALUE_TRUE ? 1 : 0;
                return number(j, r, BOOL, x, x);
            }
            case START_ARRAY:
                return array(p, j, r);
            default:
                return false;
        }
    }

    private boolean string(int j, int r, String s) {
        ColumnType type = columns[j].type();
        if (type == ColumnType.NUMBER) {
            return false;
        }
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

    private boolean number(int j, int r, int kind, double value, long bits) {
        ColumnType type = columns[j].type();
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

    private boolean array(JsonParser p, int j, int r) throws IOException {
        if (columns[j].type() != ColumnType.TEXT_LIST) {
            return false;
        }
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            if (n == elements.length) {
                elements = Arrays.copyOf(elements, n * 2);
            }
            String s = p.getText();
            plain(j, s);
            elements[n++] = s;
        }
        if (t != JsonToken.END_ARRAY || n == 0) {
            return false; // an element that is not a string, or an empty list: DuckDB's path names the row
        }
        lists[j][r] = Arrays.copyOf(elements, n);
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
}
