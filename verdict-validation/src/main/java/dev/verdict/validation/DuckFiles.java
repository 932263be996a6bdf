package dev.verdict.validation;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Data files as DuckDB tables: reading by extension, writing with {@code COPY}, identifier quoting. */
final class DuckFiles {
    static final String ACCEPTED = ".csv, .tsv, .parquet, .jsonl, .ndjson, .json (newline-delimited)";

    private DuckFiles() {
    }

    /** @return a fresh in-memory DuckDB connection */
    static Connection connect() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:");
        } catch (ClassNotFoundException | SQLException e) {
            throw new IllegalStateException("cannot start the embedded DuckDB engine: " + e.getMessage(), e);
        }
    }

    /** @return the lower-case extension of {@code file}, validated against the accepted ones */
    static String extension(Path file, String role) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1);
        switch (ext) {
            case "csv":
            case "tsv":
            case "parquet":
            case "jsonl":
            case "ndjson":
            case "json":
                return ext;
            default:
                throw new InvalidInputException(role + " " + file + ": unknown file type ("
                        + (dot < 0 ? "no extension" : "extension \"." + ext + "\"") + "); expected one of "
                        + ACCEPTED);
        }
    }

    /**
     * Loads {@code file} into table {@code table} (rows in file order, so {@code rowid} is the 0-based data row).
     *
     * @return the table's columns and DuckDB types, in file order
     */
    static Map<String, String> load(Connection conn, Path file, String table, String role) {
        String ext = extension(file, role);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(role + " " + file + (Files.isDirectory(file)
                    ? ": is a directory, expected a data file" : ": file not found"));
        }
        String path = literal(file.toAbsolutePath().toString());
        String source;
        switch (ext) {
            case "csv":
                source = "read_csv(" + path + ", header = true)";
                break;
            case "tsv":
                source = "read_csv(" + path + ", header = true, delim = '\\t')";
                break;
            case "parquet":
                source = "read_parquet(" + path + ")";
                break;
            default:
                source = "read_json(" + path + ", format = 'newline_delimited')";
        }
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE " + ident(table) + " AS SELECT * FROM " + source);
        } catch (SQLException e) {
            throw new InvalidInputException(role + " " + file + ": cannot read as " + ext + " data: " + reason(e), e);
        }
        return describe(conn, table);
    }

    /** @return the columns and types of a table, in order */
    static Map<String, String> describe(Connection conn, String table) {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("DESCRIBE " + ident(table))) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    /** Writes the result of {@code query} to {@code out}, in the format its extension names. */
    static void copyTo(Connection conn, String query, Path out) throws SQLException {
        String ext = extension(out, "output");
        String options;
        switch (ext) {
            case "csv":
                options = "FORMAT CSV, HEADER true";
                break;
            case "tsv":
                options = "FORMAT CSV, HEADER true, DELIMITER '\\t'";
                break;
            case "parquet":
                options = "FORMAT PARQUET";
                break;
            default:
                options = "FORMAT JSON";
        }
        try (Statement st = conn.createStatement()) {
            st.execute("COPY (" + query + ") TO " + literal(out.toAbsolutePath().toString()) + " (" + options + ")");
        }
    }

    /** @return a single long from {@code sql} */
    static long scalarLong(Connection conn, String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return {@code name} as a double-quoted identifier */
    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** @return {@code text} as a single-quoted literal */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** @return DuckDB's reason, first line, without exception-class prefixes */
    static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        while (m.startsWith("java.sql.SQLException: ")) {
            m = m.substring("java.sql.SQLException: ".length());
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }

    /** Fails unless {@code table} has {@code column}, naming the option and the columns it has. */
    static void requireColumn(Map<String, String> columns, String column, String role, Path file) {
        if (!columns.containsKey(column)) {
            String near = "";
            for (String c : columns.keySet()) {
                if (c.equalsIgnoreCase(column)) {
                    near = " (did you mean \"" + c + "\"? names are case-sensitive)";
                }
            }
            throw new InvalidInputException(file + ": no column \"" + column + "\" (" + role + ")" + near
                    + "; the file has columns: " + String.join(", ", columns.keySet()));
        }
    }
}
