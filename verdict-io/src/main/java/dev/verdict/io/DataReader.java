package dev.verdict.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads CSV, Parquet and JSON Lines files through DuckDB's embedded JDBC driver, chosen by file extension
 * ({@code .csv}, {@code .tsv}, {@code .parquet}, {@code .jsonl}/{@code .ndjson}/{@code .json}), straight into primitive
 * arrays. Only the requested columns are read.
 */
public final class DataReader {
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
        throw new UnsupportedOperationException("TODO io helper implements this");
    }
}
