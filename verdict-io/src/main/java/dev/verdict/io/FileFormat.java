package dev.verdict.io;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats DuckDB reads for us, chosen by extension (case-insensitive). */
enum FileFormat {
    /** Comma-separated values with a header line. */
    CSV("CSV"),
    /** Tab-separated values with a header line. */
    TSV("TSV"),
    /** Apache Parquet. */
    PARQUET("Parquet"),
    /** Newline-delimited JSON: one object per line. */
    JSON_LINES("JSON Lines");

    /** The accepted extensions, for error messages. */
    static final String ACCEPTED = ".csv, .tsv, .parquet, .jsonl, .ndjson, .json (newline-delimited)";

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    /** @return a human name of the format, for messages */
    String label() {
        return label;
    }

    /** @return true when DuckDB infers column types from a sample (so a late cell may not fit the sniffed type) */
    boolean sniffsTypes() {
        return this != PARQUET;
    }

    /**
     * @param file the data file
     * @return its format
     * @throws InvalidInputException for an unknown extension, naming the accepted ones
     */
    static FileFormat of(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1);
        switch (ext) {
            case "csv":
                return CSV;
            case "tsv":
                return TSV;
            case "parquet":
                return PARQUET;
            case "jsonl":
            case "ndjson":
            case "json":
                return JSON_LINES;
            default:
                String found = dot < 0 ? "no extension" : "extension \"." + ext + "\"";
                throw new InvalidInputException(file + ": unknown file type (" + found + "); expected one of "
                        + ACCEPTED);
        }
    }

    /**
     * The table function reading the file.
     *
     * @param file the file (its absolute path is passed as a quoted SQL literal)
     * @param varcharColumns columns whose type is forced to VARCHAR (empty: let DuckDB infer all types)
     * @return SQL text usable after {@code FROM}
     */
    String source(Path file, Iterable<String> varcharColumns) {
        String path = Sql.literal(file.toAbsolutePath().toString());
        String types = typeStruct(varcharColumns);
        switch (this) {
            case CSV:
                return "read_csv(" + path + ", header = true, delim = ','" + (types.isEmpty() ? "" : ", types = " + types) + ")";
            case TSV:
                return "read_csv(" + path + ", header = true, delim = '\\t'"
                        + (types.isEmpty() ? "" : ", types = " + types) + ")";
            case PARQUET:
                return "read_parquet(" + path + ")";
            case JSON_LINES:
                return "read_json(" + path + ", format = 'newline_delimited'"
                        + (types.isEmpty() ? "" : ", columns = " + types) + ")";
            default:
                throw new AssertionError(this);
        }
    }

    private static String typeStruct(Iterable<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            sb.append(sb.length() == 0 ? "{" : ", ").append(Sql.literal(c)).append(": 'VARCHAR'");
        }
        return sb.length() == 0 ? "" : sb.append('}').toString();
    }
}
