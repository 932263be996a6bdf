package dev.verdict.io;

/** Quoting of SQL identifiers and string literals for DuckDB. */
final class Sql {
    private Sql() {
    }

    /** @return {@code name} as a double-quoted identifier (embedded quotes doubled) */
    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** @return {@code text} as a single-quoted string literal (embedded quotes doubled) */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
