package dev.verdict.plan;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds plan error messages of the form {@code <file>:<line>: <what>} and shared shape checks. */
final class PlanErrors {
    private final Path file;

    PlanErrors(Path file) {
        this.file = file;
    }

    /**
     * @param line 1-based line, or 0 when unknown
     * @param message what is wrong and what was expected
     * @return the exception to throw
     */
    InvalidInputException at(int line, String message) {
        return new InvalidInputException("plan " + file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    /** Fails on the first key of {@code map} not in {@code accepted}, naming the accepted keys. */
    void checkKeys(Map<String, YamlNode> map, List<String> accepted, String section) {
        for (Map.Entry<String, YamlNode> e : map.entrySet()) {
            if (!accepted.contains(e.getKey())) {
                throw at(e.getValue() == null ? 0 : e.getValue().line(), "unknown " + section + " key '" + e.getKey()
                        + "'; accepted keys are " + accepted);
            }
        }
    }

    /** @return a column name: a non-empty scalar */
    String string(YamlNode n, String key) {
        if (n.value() instanceof String s && !s.isBlank()) {
            return s;
        }
        if (n.isScalar()) {
            return n.scalarText();
        }
        throw at(n.line(), "'" + key + "' must be a column name (a string), got " + describe(n));
    }

    /** @return a non-empty list of non-empty scalars */
    List<String> stringList(YamlNode n, String key) {
        if (!(n.value() instanceof List) || n.list().isEmpty()) {
            throw at(n.line(), "'" + key + "' must be a non-empty list like [a, b], got " + describe(n));
        }
        List<String> out = new ArrayList<>();
        for (YamlNode e : n.list()) {
            if (!e.isScalar() || e.scalarText().isBlank()) {
                throw at(e.line(), "'" + key + "' must list names (strings), got " + describe(e));
            }
            out.add(e.scalarText());
        }
        return out;
    }

    private static String describe(YamlNode n) {
        Object v = n.plain();
        return v == null ? "nothing (null)" : v instanceof Map ? "a mapping" : v instanceof List ? "a list " + v
                : "'" + v + "'";
    }
}
