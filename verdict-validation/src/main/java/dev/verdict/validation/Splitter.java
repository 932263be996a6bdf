package dev.verdict.validation;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@code verdict split}: reads a data file through DuckDB, assigns each row a fold with {@link Folds}, and writes the
 * rows in their original order with the fold column appended (CSV, TSV, Parquet or JSON Lines by the output's
 * extension).
 */
public final class Splitter {
    private static final String SRC = "verdict_src";

    private final SplitOptions o;
    private final List<String> warnings = new ArrayList<>();

    private Splitter(SplitOptions options) {
        this.o = options;
    }

    /**
     * Runs a split.
     *
     * @param options what to do
     * @return what was written
     * @throws InvalidInputException for a missing or unreadable file, an unknown or missing column, empty cells in the
     *     label/group/time column, or a k the data cannot support
     */
    public static SplitResult run(SplitOptions options) {
        return new Splitter(options).run();
    }

    private SplitResult run() {
        DuckFiles.extension(o.out(), "--out");
        Path parent = o.out().toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidInputException("--out " + o.out() + ": directory " + parent + " does not exist");
        }
        if (o.foldColumn().isBlank()) {
            throw new InvalidInputException("--fold-column must not be empty");
        }
        try (Connection conn = DuckFiles.connect()) {
            Map<String, String> cols = DuckFiles.load(conn, o.data(), SRC, "--data");
            checkColumns(cols);
            long count = DuckFiles.scalarLong(conn, "SELECT count(*) FROM " + SRC);
            if (count == 0) {
                throw new InvalidInputException(o.data() + ": no data rows");
            }
            if (count > Integer.MAX_VALUE - 8) {
                throw new InvalidInputException(o.data() + ": more than " + (Integer.MAX_VALUE - 8) + " rows");
            }
            int n = (int) count;
            int[] fold = assign(conn, n);
            write(conn, fold);
            return summary(fold);
        } catch (SQLException e) {
            throw new InvalidInputException("cannot write " + o.out() + ": " + DuckFiles.reason(e), e);
        }
    }

    private void checkColumns(Map<String, String> cols) {
        String needed = switch (o.method()) {
            case STRATIFIED -> require(o.label(), "--label");
            case GROUP -> require(o.group(), "--group");
            case TIME -> o.time();
            default -> null;
        };
        if (needed != null) {
            String role = o.method() == SplitMethod.STRATIFIED ? "--label" : o.method() == SplitMethod.GROUP
                    ? "--group" : "--time";
            DuckFiles.requireColumn(cols, needed, role, o.data());
        }
        if (cols.containsKey(o.foldColumn())) {
            throw new InvalidInputException(o.data() + ": already has a column \"" + o.foldColumn()
                    + "\"; choose another name with --fold-column");
        }
    }

    private String require(String column, String option) {
        if (column == null || column.isBlank()) {
            throw new InvalidInputException("--method " + o.method().id() + " needs " + option + " <column>");
        }
        return column;
    }

    private int[] assign(Connection conn, int n) throws SQLException {
        switch (o.method()) {
            case KFOLD:
                return Folds.kFold(n, o.k(), o.shuffle(), o.seed());
            case STRATIFIED: {
                int[] cls = codes(conn, n, o.label(), "--label",
                        "min(rowid) OVER (PARTITION BY " + DuckFiles.ident(o.label()) + ")");
                int classes = max(cls) + 1;
                warnSmallClass(cls, classes);
                return Folds.stratified(cls, classes, o.k(), o.shuffle(), o.seed());
            }
            case GROUP: {
                int[] g = codes(conn, n, o.group(), "--group",
                        "dense_rank() OVER (ORDER BY " + DuckFiles.ident(o.group()) + ")");
                return Folds.group(g, max(g) + 1, o.k());
            }
            case TIME:
                return timeFolds(conn, n);
            default:
                throw new AssertionError(o.method());
        }
    }

    /**
     * Codes each row by a window key: classes by first appearance (key = first row of the class), groups in sorted
     * order of their values (key = dense rank), as scikit-learn numbers them.
     */
    private int[] codes(Connection conn, int n, String column, String option, String keyExpr) throws SQLException {
        rejectNulls(conn, column, option);
        int[] out = new int[n];
        Map<Long, Integer> code = new HashMap<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT rowid, " + keyExpr + " FROM " + SRC + " ORDER BY rowid")) {
            int i = 0;
            while (rs.next()) {
                long key = rs.getLong(2);
                if (o.method() == SplitMethod.GROUP) {
                    out[i++] = (int) key - 1; // dense_rank: 1-based, in sorted order of the group values
                    continue;
                }
                Integer c = code.get(key);
                if (c == null) {
                    c = code.size();
                    code.put(key, c);
                }
                out[i++] = c;
            }
        }
        return out;
    }

    private void rejectNulls(Connection conn, String column, String option) throws SQLException {
        String c = DuckFiles.ident(column);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*), min(rowid) + 1 "
                + "FROM " + SRC + " WHERE " + c + " IS NULL")) {
            rs.next();
            long missing = rs.getLong(1);
            if (missing > 0) {
                throw new InvalidInputException(o.data() + ": column \"" + column + "\" (" + option + ") has "
                        + missing + " empty cell(s), first at data row " + rs.getLong(2)
                        + "; every row needs a value");
            }
        }
    }

    private int[] timeFolds(Connection conn, int n) throws SQLException {
        int[] byPosition = Folds.time(n, o.k(), o.gap());
        if (o.time() == null) {
            return byPosition;
        }
        rejectNulls(conn, o.time(), "--time");
        int[] fold = new int[n];
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT rowid FROM " + SRC
                + " ORDER BY " + DuckFiles.ident(o.time()) + ", rowid")) {
            int pos = 0;
            while (rs.next()) {
                fold[(int) rs.getLong(1)] = byPosition[pos++];
            }
        }
        return fold;
    }

    private void warnSmallClass(int[] cls, int classes) {
        int[] counts = new int[classes];
        for (int c : cls) {
            counts[c]++;
        }
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            min = Math.min(min, c);
        }
        if (o.k() > min) {
            warnings.add("the least populated class in \"" + o.label() + "\" has only " + min
                    + " rows, fewer than --k " + o.k() + ": some folds get none of it");
        }
    }

    private void write(Connection conn, int[] fold) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE verdict_folds (r BIGINT, f INTEGER)");
        }
        try (DuckDBAppender app = conn.unwrap(DuckDBConnection.class).createAppender(
                DuckDBConnection.DEFAULT_SCHEMA, "verdict_folds")) {
            for (int i = 0; i < fold.length; i++) {
                app.beginRow();
                app.append((long) i);
                app.append(fold[i]);
                app.endRow();
            }
        }
        DuckFiles.copyTo(conn, "SELECT s.*, v.f AS " + DuckFiles.ident(o.foldColumn()) + " FROM " + SRC
                + " s JOIN verdict_folds v ON s.rowid = v.r ORDER BY v.r", o.out());
    }

    private SplitResult summary(int[] fold) {
        int[] sizes = new int[o.k()];
        long trainOnly = 0;
        for (int f : fold) {
            if (f < 0) {
                trainOnly++;
            } else {
                sizes[f]++;
            }
        }
        return new SplitResult(fold.length, sizes, trainOnly, warnings);
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
