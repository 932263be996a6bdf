package dev.verdict.io;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads CSV, Parquet and JSON Lines files through DuckDB's embedded JDBC driver, chosen by file extension
 * ({@code .csv}, {@code .tsv}, {@code .parquet}, {@code .jsonl}/{@code .ndjson}/{@code .json}), straight into primitive
 * arrays. Only the requested columns are read. A JSON Lines file is first offered to {@link JsonLinesReader} (Jackson's
 * streaming parser, no DuckDB start-up), which builds the same table when it is sure to and otherwise declines.
 *
 * <p>CSV files are comma-separated and TSV files tab-separated, both with a header line; JSON files hold one object
 * per line. NUMBER columns accept any numeric or boolean column (true = 1) and text cells that parse as numbers
 * (surrounding blanks allowed; "NaN" counts as missing). CATEGORY columns accept any type and are coded in order of
 * first appearance among the kept rows; an empty string counts as missing. Rows keep the file's order.
 *
 * <p>DuckDB infers CSV/JSON column types from a sample of the first rows; when a later cell does not fit the inferred
 * type, the requested columns are re-read as text so the offending row can be named (then a CATEGORY column's values
 * are its cells' text as written, e.g. {@code 1.0} rather than {@code 1}).
 *
 * <p>Speed: one in-memory DuckDB per call, one query selecting only the requested columns (cast in SQL), and the
 * result copied a vector (2048 rows) at a time into primitive arrays; categories are hashed as primitives.
 */
public final class DataReader {
    /**
     * System property: {@code duckdb} reads JSON Lines files with DuckDB only (for comparison; by default
     * {@link JsonLinesReader} reads them when it can).
     */
    public static final String JSON_READER_PROPERTY = "verdict.jsonReader";

    private DataReader() {
    }

    /**
     * Reads columns.
     *
     * @param file the data file
     * @param columns the columns to read (a name may be requested once)
     * @param missing what to do with empty / null / NaN cells
     * @return the table
     * @throws dev.verdict.core.InvalidInputException naming the file, column, first offending row and what was expected,
     *     for a missing file, unknown column, non-numeric value, missing cell (under ERROR) or empty data
     */
    public static DataTable read(Path file, List<ColumnRequest> columns, MissingPolicy missing) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(missing, "missing");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no columns requested");
        }
        FileFormat format = FileFormat.of(file);
        checkReadable(file);
        if (format == FileFormat.JSON_LINES && !"duckdb".equals(System.getProperty(JSON_READER_PROPERTY))) {
            DataTable fast = JsonLinesReader.tryRead(file, columns, missing);
            if (fast != null) {
                return fast;
            }
        }
        return readWithDuckDb(file, format, columns, missing);
    }

    /** DuckDB's path: every format, every problem reported. */
    static DataTable readWithDuckDb(Path file, FileFormat format, List<ColumnRequest> columns,
            MissingPolicy missing) {
        try (Connection conn = connect()) {
            return read(conn, file, format, columns, missing);
        } catch (SQLException e) {
            InvalidInputException utf8 = Utf8Check.firstInvalidLine(file, e);
            if (utf8 != null) {
                throw utf8;
            }
            throw Problems.unreadable(file, format, e);
        }
    }

    /**
     * Computes item popularity from an interactions table with DuckDB: for each distinct item, the share of distinct
     * users with at least one row for it ({@code COUNT(DISTINCT user) / total distinct users}). Rows with a null
     * user or item are ignored. Items are keyed by their canonical text, as CATEGORY columns code them.
     *
     * @param file the interactions file (any format {@link #read} accepts)
     * @param user the user column
     * @param item the item column
     * @return popularity in (0, 1] by item text
     * @throws dev.verdict.core.InvalidInputException for a missing file, unknown column or unreadable content
     */
    public static Map<String, Double> popularity(Path file, ColumnRequest user, ColumnRequest item) {
        FileFormat format = FileFormat.of(file);
        checkReadable(file);
        try (Connection conn = connect()) {
            String source = format.source(file, List.of());
            List<ColumnPlan> plans = plan(file, format, List.of(user, item), describe(conn, source));
            String u = "CAST(" + plans.get(0).selectExpressions()[0] + " AS VARCHAR)";
            String i = "CAST(" + plans.get(1).selectExpressions()[0] + " AS VARCHAR)";
            String sql = "WITH t AS (SELECT " + u + " AS u, " + i + " AS i FROM " + source + ") SELECT i, "
                    + "COUNT(DISTINCT u) * 1.0 / (SELECT COUNT(DISTINCT u) FROM t WHERE u IS NOT NULL AND i IS NOT "
                    + "NULL) FROM t WHERE u IS NOT NULL AND i IS NOT NULL GROUP BY i";
            Map<String, Double> out = new java.util.HashMap<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getDouble(2));
                }
            }
            if (out.isEmpty()) {
                throw Problems.noRows(file);
            }
            return out;
        } catch (SQLException e) {
            InvalidInputException utf8 = Utf8Check.firstInvalidLine(file, e);
            throw utf8 != null ? utf8 : Problems.unreadable(file, format, e);
        }
    }

    private static DataTable read(Connection conn, Path file, FileFormat format, List<ColumnRequest> columns,
            MissingPolicy missing) throws SQLException {
        String source = format.source(file, List.of());
        try {
            return scan(conn, file, source, plan(file, format, columns, describe(conn, source)), missing);
        } catch (SQLException first) {
            if (!format.sniffsTypes()) {
                throw first;
            }
            // A cell after DuckDB's type-sniffing sample did not fit the inferred type: re-read as text to find it.
            List<String> names = new ArrayList<>();
            for (ColumnRequest c : columns) {
                if (c.type() != ColumnType.TEXT_LIST) {
                    names.add(c.name());
                }
            }
            String asText = format.source(file, names);
            try {
                return scan(conn, file, asText, plan(file, format, columns, describe(conn, asText)), missing);
            } catch (SQLException second) {
                first.addSuppressed(second);
                throw first;
            }
        }
    }

    private static DataTable scan(Connection conn, Path file, String source, List<ColumnPlan> plans,
            MissingPolicy missing) throws SQLException {
        // Count the rows first (no value conversion, so it cannot fail on a bad cell), then stream the converted
        // columns chunk by chunk into arrays allocated once, exactly: DuckDB holds a few chunks, Java one copy.
        // DuckDB JDBC 1.1.3 can end a streamed result early WITHOUT an error when the query fails mid-scan (e.g. a
        // CSV cell that does not convert), so a stream that delivers fewer rows than counted is re-run
        // materialized, where the failure raises and names its cause.
        long rows;
        try (Statement st = conn.createStatement();
                ResultSet count = st.executeQuery("SELECT count(*) FROM " + source)) {
            count.next();
            rows = count.getLong(1);
        }
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(selectSql(plans, source))) {
            TableScanner scanner = new TableScanner(file, plans, missing, rows);
            DataTable table = scanner.scan(rs);
            if (scanner.rowsSeen() == rows) {
                return table;
            }
        }
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE verdict_scan AS " + selectSql(plans, source));
            try (ResultSet rs = st.executeQuery("SELECT * FROM verdict_scan")) {
                return new TableScanner(file, plans, missing, rows).scan(rs);
            } finally {
                st.execute("DROP TABLE IF EXISTS verdict_scan");
            }
        }
    }

    /** @return the scan query; sets each plan's result index */
    static String selectSql(List<ColumnPlan> plans, String source) {
        StringBuilder select = new StringBuilder("SELECT ");
        int index = 1;
        for (ColumnPlan p : plans) {
            p.resultIndex = index;
            for (String e : p.selectExpressions()) {
                select.append(index == 1 ? "" : ", ").append(e).append(" AS c").append(index);
                index++;
            }
        }
        return select.append(" FROM ").append(source).toString();
    }

    /** @return the file's columns and their DuckDB types, in file order */
    private static Map<String, String> describe(Connection conn, String source) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    private static List<ColumnPlan> plan(Path file, FileFormat format, List<ColumnRequest> columns,
            Map<String, String> types) {
        List<ColumnPlan> plans = new ArrayList<>(columns.size());
        for (ColumnRequest c : columns) {
            String type = types.get(c.name());
            if (type == null) {
                throw Problems.unknownColumn(file, format, c, types.keySet());
            }
            plans.add(new ColumnPlan(c, type));
        }
        return plans;
    }

    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw Problems.fileNotFound(file);
        }
        if (Files.isDirectory(file)) {
            throw Problems.notAFile(file);
        }
        if (!Files.isReadable(file)) {
            throw Problems.notReadable(file);
        }
        try {
            if (Files.size(file) == 0) {
                throw Problems.noRows(file);
            }
        } catch (java.io.IOException e) {
            throw Problems.notReadable(file);
        }
    }

    /**
     * Opens an in-memory DuckDB with streamed results (see {@code scan} for the guard against DuckDB JDBC 1.1.3's
     * silently truncated streams).
     */
    private static Connection connect() {
        Properties props = new Properties();
        props.setProperty("jdbc_stream_results", "true");
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:", props);
        } catch (ClassNotFoundException | SQLException e) {
            throw new IllegalStateException("cannot start the embedded DuckDB engine: " + e.getMessage(), e);
        }
    }
}
