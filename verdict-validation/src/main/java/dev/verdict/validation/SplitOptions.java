package dev.verdict.validation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code verdict split} does.
 *
 * @param data the input file
 * @param out the output file (format by extension)
 * @param method the method
 * @param k folds (time: splits)
 * @param label label column (stratified)
 * @param group group column (group)
 * @param time time column (time; without it the file order is the time order)
 * @param gap rows left out before each test block (time)
 * @param seed shuffling seed (kfold, stratified)
 * @param shuffle whether kfold / stratified shuffle (false: scikit-learn's unshuffled folds exactly)
 * @param foldColumn name of the added column
 */
public record SplitOptions(Path data, Path out, SplitMethod method, int k, String label, String group, String time,
        int gap, long seed, boolean shuffle, String foldColumn) {
    /** Validates the components. */
    public SplitOptions {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(foldColumn, "foldColumn");
    }
}
