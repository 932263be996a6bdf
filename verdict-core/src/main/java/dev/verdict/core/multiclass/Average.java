package dev.verdict.core.multiclass;

import java.util.Locale;

/** How per-class values are averaged, as sklearn's {@code average} argument. */
enum Average {
    /** Unweighted mean over the declared classes. */
    MACRO,
    /** Pool the counts of every class, then divide once. */
    MICRO,
    /** Mean over classes weighted by their (weighted) true support. */
    WEIGHTED;

    static Average parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
