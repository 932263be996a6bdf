package dev.verdict.validation;

import dev.verdict.core.InvalidInputException;
import java.util.Locale;

/** The fold-assignment methods of {@code verdict split}. */
public enum SplitMethod {
    /** Plain k-fold ({@code sklearn.model_selection.KFold}). */
    KFOLD("kfold"),
    /** Stratified k-fold on a label column ({@code StratifiedKFold}). */
    STRATIFIED("stratified"),
    /** Group k-fold: a group never straddles folds ({@code GroupKFold}). */
    GROUP("group"),
    /** Time-series forward chaining with an optional gap ({@code TimeSeriesSplit}). */
    TIME("time");

    private final String id;

    SplitMethod(String id) {
        this.id = id;
    }

    /** @return the command-line spelling */
    public String id() {
        return id;
    }

    /**
     * @param s a spelling: kfold, stratified, group or time (case-insensitive)
     * @return the method
     * @throws InvalidInputException naming the accepted spellings
     */
    public static SplitMethod parse(String s) {
        for (SplitMethod m : values()) {
            if (m.id.equals(s.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new InvalidInputException("unknown split method '" + s + "'; expected one of kfold, stratified, group, "
                + "time");
    }
}
