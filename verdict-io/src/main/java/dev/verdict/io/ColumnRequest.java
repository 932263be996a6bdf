package dev.verdict.io;

import java.util.Objects;

/**
 * A column to read.
 *
 * @param name the column's name in the file
 * @param type how to read it
 * @param role what the plan calls it (e.g. {@code data.score}), for error messages
 */
public record ColumnRequest(String name, ColumnType type, String role) {
    /** Validates the components. */
    public ColumnRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
    }
}
