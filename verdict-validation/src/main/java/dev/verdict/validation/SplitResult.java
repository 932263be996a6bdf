package dev.verdict.validation;

import java.util.List;

/**
 * What {@code verdict split} wrote.
 *
 * @param rows rows written
 * @param foldSizes rows per fold (test-block sizes)
 * @param trainOnly rows in no test block (time method; otherwise 0)
 * @param warnings notes for the user (e.g. a class smaller than k)
 */
public record SplitResult(long rows, int[] foldSizes, long trainOnly, List<String> warnings) {
    /** Copies the warnings. */
    public SplitResult {
        warnings = List.copyOf(warnings);
    }
}
