package dev.verdict.io;

import java.util.Locale;

/**
 * How one requested column is selected from DuckDB and decoded in Java, decided from the type DuckDB reports for it.
 * Each plan contributes one or two result columns to the scan query.
 */
final class ColumnPlan {
    /** Decoding strategy. */
    enum Kind {
        /** Numeric or boolean source: one DOUBLE result (NULL read as NaN). */
        NUMBER_NATIVE,
        /** Text or other source: a DOUBLE result (TRY_CAST, NULL read as NaN) plus the text of cells that failed it. */
        NUMBER_TEXT,
        /** Integer source: one BIGINT result. */
        CATEGORY_LONG,
        /** Floating-point or decimal source: one DOUBLE result (NULL read as NaN). */
        CATEGORY_DOUBLE,
        /** Boolean source: one BOOLEAN result. */
        CATEGORY_BOOLEAN,
        /** Any other source: one VARCHAR result. */
        CATEGORY_TEXT,
        /** TEXT column: one VARCHAR result. */
        TEXT,
        /** TEXT_LIST column from a VARCHAR or scalar source: one VARCHAR result, one element. */
        TEXT_LIST_SINGLE,
        /** TEXT_LIST column from a JSON or LIST source: one VARCHAR result holding JSON (a string or a list). */
        TEXT_LIST_JSON
    }

    final ColumnRequest request;
    final String duckType;
    final Kind kind;
    /** 1-based index of this plan's first result column in the scan query. */
    int resultIndex;

    ColumnPlan(ColumnRequest request, String duckType) {
        this.request = request;
        this.duckType = duckType;
        this.kind = kindOf(request.type(), family(duckType));
    }

    /** @return the SELECT-list expressions of this column (one or two) */
    String[] selectExpressions() {
        String c = Sql.ident(request.name());
        switch (kind) {
            case NUMBER_NATIVE:
            case CATEGORY_DOUBLE:
                return new String[] {"CAST(" + c + " AS DOUBLE)"};
            case NUMBER_TEXT:
                String t = textOf(c);
                return new String[] {"TRY_CAST(" + t + " AS DOUBLE)",
                    "CASE WHEN TRY_CAST(" + t + " AS DOUBLE) IS NULL AND trim(" + t + ") <> '' THEN " + t + " END"};
            case CATEGORY_LONG:
                return new String[] {"CAST(" + c + " AS BIGINT)"};
            case CATEGORY_BOOLEAN:
                return new String[] {c};
            case CATEGORY_TEXT:
            case TEXT:
            case TEXT_LIST_SINGLE:
                return new String[] {textOf(c)};
            case TEXT_LIST_JSON:
                return new String[] {family(duckType).equals("JSON") ? "CAST(" + c + " AS VARCHAR)"
                    : "CAST(to_json(" + c + ") AS VARCHAR)"};
            default:
                throw new AssertionError(kind);
        }
    }

    private String textOf(String c) {
        switch (family(duckType)) {
            case "VARCHAR":
                return c;
            case "JSON":
                return "(" + c + " ->> '$')";
            default:
                return "CAST(" + c + " AS VARCHAR)";
        }
    }

    private static Kind kindOf(ColumnType type, String family) {
        if (type == ColumnType.TEXT) {
            return Kind.TEXT;
        }
        if (type == ColumnType.TEXT_LIST) {
            return family.equals("JSON") || family.equals("LIST") ? Kind.TEXT_LIST_JSON : Kind.TEXT_LIST_SINGLE;
        }
        boolean number = type == ColumnType.NUMBER;
        switch (family) {
            case "INTEGER":
                return number ? Kind.NUMBER_NATIVE : Kind.CATEGORY_LONG;
            case "FLOAT":
                return number ? Kind.NUMBER_NATIVE : Kind.CATEGORY_DOUBLE;
            case "BOOLEAN":
                return number ? Kind.NUMBER_NATIVE : Kind.CATEGORY_BOOLEAN;
            case "WIDE_INTEGER":
                return number ? Kind.NUMBER_NATIVE : Kind.CATEGORY_TEXT;
            default:
                return number ? Kind.NUMBER_TEXT : Kind.CATEGORY_TEXT;
        }
    }

    /** @return INTEGER (fits a BIGINT), WIDE_INTEGER, FLOAT (float, double, decimal), BOOLEAN, VARCHAR, JSON, LIST
     *     (any {@code T[]}) or OTHER */
    static String family(String duckType) {
        String t = duckType.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "TINYINT":
            case "SMALLINT":
            case "INTEGER":
            case "BIGINT":
            case "UTINYINT":
            case "USMALLINT":
            case "UINTEGER":
                return "INTEGER";
            case "UBIGINT":
            case "HUGEINT":
            case "UHUGEINT":
                return "WIDE_INTEGER";
            case "FLOAT":
            case "DOUBLE":
                return "FLOAT";
            case "BOOLEAN":
            case "VARCHAR":
            case "JSON":
                return t;
            default:
                return t.startsWith("DECIMAL") ? "FLOAT" : t.endsWith("[]") ? "LIST" : "OTHER";
        }
    }
}
