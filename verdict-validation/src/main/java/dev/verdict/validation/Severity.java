package dev.verdict.validation;

import java.util.Locale;

/** How serious a leakage finding is; any {@link #ERROR} makes {@code verdict leakage} exit 1. */
public enum Severity {
    /** Leakage that invalidates the evaluation. */
    ERROR,
    /** Suspicious; worth a look. */
    WARNING,
    /** A check that passed, or could not run, with the reason. */
    INFO;

    /** @return the lower-case spelling used in output */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
