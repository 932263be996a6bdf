package dev.verdict.io;

/** How a column is read into memory. */
public enum ColumnType {
    /** Numeric: read into a {@code double[]}; a non-numeric cell is an error naming its row. */
    NUMBER,
    /**
     * Categorical: any type, dictionary-encoded into an {@code int[]} of codes; each distinct value's canonical text
     * (integers without a decimal point, booleans as {@code true}/{@code false}) is in the dictionary.
     */
    CATEGORY
}
