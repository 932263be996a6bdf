package dev.verdict.plan;

import dev.verdict.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The plan's {@code missing:} policy: what to do with a row whose needed cell is empty, null or NaN. */
public enum MissingValues {
    /** Fail, naming the file, column and first such row (the default). */
    ERROR,
    /** Drop the row and report how many were dropped. */
    DROP;

    /** @return the plan spelling */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param s the plan spelling
     * @return the policy
     * @throws InvalidInputException naming the accepted values
     */
    public static MissingValues parse(String s) {
        for (MissingValues m : values()) {
            if (m.id().equals(s)) {
                return m;
            }
        }
        throw new InvalidInputException(String.format(Locale.ROOT, "unknown missing policy '%s'; expected one of %s",
                s, Arrays.stream(values()).map(MissingValues::id).toList()));
    }
}
