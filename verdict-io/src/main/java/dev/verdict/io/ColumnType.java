package dev.verdict.io;

/** How a column is read into memory. */
public enum ColumnType {
    /** Numeric: read into a {@code double[]}; a non-numeric cell is an error naming its row. */
    NUMBER,
    /**
     * Categorical: any type, dictionary-encoded into an {@code int[]} of codes; each distinct value's canonical text
     * (integers without a decimal point, booleans as {@code true}/{@code false}) is in the dictionary.
     */
    CATEGORY,
    /** Text: read into a {@code String[]} as written (numbers and booleans as DuckDB prints them); null is missing,
     * an empty string is a value. */
    TEXT,
    /**
     * A list of strings per row, read into a {@code String[][]}: a JSON/Parquet list of strings, or a single string
     * (one element). Null is missing; an empty list is an error naming the row.
     */
    TEXT_LIST
}
