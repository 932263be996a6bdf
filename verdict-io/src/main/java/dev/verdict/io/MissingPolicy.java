package dev.verdict.io;

/** What to do with a row whose needed cell is empty, null or NaN. */
public enum MissingPolicy {
    /** Fail naming the file, column and first such row. */
    ERROR,
    /** Drop the row and count it. */
    DROP
}
