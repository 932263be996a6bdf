package dev.verdict.io;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;

/** Builds the one-line messages of the reader's {@link InvalidInputException}s. */
final class Problems {
    private static final int MAX_SHOWN_TEXT = 60;
    private static final String DROP_HINT = "; set `missing: drop` in the plan to drop such rows";

    private Problems() {
    }

    static InvalidInputException fileNotFound(Path file) {
        return new InvalidInputException(file + ": file not found");
    }

    static InvalidInputException notAFile(Path file) {
        return new InvalidInputException(file + ": is a directory, expected a data file");
    }

    static InvalidInputException notReadable(Path file) {
        return new InvalidInputException(file + ": file cannot be read (permission denied)");
    }

    static InvalidInputException unknownColumn(Path file, FileFormat format, ColumnRequest c,
            Collection<String> available) {
        String near = "";
        for (String a : available) {
            if (a.equalsIgnoreCase(c.name())) {
                near = " (did you mean \"" + a + "\"? names are case-sensitive)";
            }
        }
        return new InvalidInputException(file + ": no column \"" + c.name() + "\" (" + c.role() + ")" + near
                + "; the file has columns: " + String.join(", ", available) + layoutHint(format, available));
    }

    /** A hint when the column list suggests the file's layout is not the one its extension implies. */
    private static String layoutHint(FileFormat format, Collection<String> available) {
        if (available.size() != 1) {
            return "";
        }
        String only = available.iterator().next();
        if (format == FileFormat.CSV && (only.contains(";") || only.contains("\t"))) {
            return " (a .csv file is read as comma-separated with a header line)";
        }
        if (format == FileFormat.TSV && only.contains(",")) {
            return " (a .tsv file is read as tab-separated with a header line)";
        }
        if (format == FileFormat.JSON_LINES && only.equals("json")) {
            return " (expected one JSON object per line, not a JSON array)";
        }
        return "";
    }

    static InvalidInputException missingCell(Path file, ColumnPlan p, long row) {
        String expected = p.request.type() == ColumnType.NUMBER ? "a number" : "a value";
        return new InvalidInputException(where(file, p, row) + ": empty, null or NaN cell (expected " + expected + ")"
                + DROP_HINT);
    }

    static InvalidInputException notANumber(Path file, ColumnPlan p, long row, String text) {
        return new InvalidInputException(where(file, p, row) + ": expected a number but found " + shown(text));
    }

    static InvalidInputException notFinite(Path file, ColumnPlan p, long row, double v) {
        return new InvalidInputException(where(file, p, row) + ": expected a finite number but found "
                + (v > 0 ? "Infinity" : "-Infinity"));
    }

    static InvalidInputException badList(Path file, ColumnPlan p, long row, String reason) {
        return new InvalidInputException(where(file, p, row) + ": " + reason);
    }

    static InvalidInputException noRows(Path file) {
        return new InvalidInputException(file + ": no data rows (expected a header and at least one row of data)");
    }

    static InvalidInputException allDropped(Path file, long dropped, ColumnPlan[] plans) {
        StringBuilder cols = new StringBuilder();
        for (ColumnPlan p : plans) {
            cols.append(cols.length() == 0 ? "" : ", ").append('"').append(p.request.name()).append("\" (")
                    .append(p.request.role()).append(')');
        }
        return new InvalidInputException(file + ": no rows left: all " + dropped
                + " data rows were dropped for an empty, null or NaN cell in " + cols
                + " (expected at least one complete row)");
    }

    static InvalidInputException tooManyRows(Path file, int max) {
        return new InvalidInputException(file + ": more than " + max + " data rows; expected at most " + max);
    }

    static InvalidInputException unreadable(Path file, FileFormat format, SQLException e) {
        return new InvalidInputException(file + ": cannot read as " + format.label() + " (expected a well-formed "
                + format.label() + " file" + (format.sniffsTypes() && format != FileFormat.JSON_LINES
                        ? " with a header line" : "") + "): " + reason(e), e);
    }

    /** DuckDB's reason: its first line plus the lines saying which line and what was found, without prefixes. */
    static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        String prefix = "java.sql.SQLException: ";
        while (m.startsWith(prefix)) {
            m = m.substring(prefix.length());
        }
        String[] lines = m.split("\n");
        StringBuilder sb = new StringBuilder(lines[0].trim());
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.startsWith("Original Line") || l.startsWith("Expected Number of Columns")
                    || l.startsWith("It was not possible")) {
                sb.append("; ").append(l);
            }
        }
        return sb.toString();
    }

    private static String where(Path file, ColumnPlan p, long row) {
        return file + ": column \"" + p.request.name() + "\" (" + p.request.role() + "), row " + row;
    }

    private static String shown(String text) {
        String t = text.length() > MAX_SHOWN_TEXT ? text.substring(0, MAX_SHOWN_TEXT) + "..." : text;
        return '"' + t.replace("\n", "\\n") + '"';
    }
}
