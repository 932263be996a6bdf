package dev.verdict.core;

import java.util.List;
import java.util.Objects;

/**
 * One parameter a metric accepts.
 *
 * @param name the plan spelling, e.g. {@code beta}
 * @param type how values are parsed
 * @param defaultValue the value when the plan omits it, or {@code null} when the parameter is required or optional
 *     without a default (then the metric decides; see {@link #required})
 * @param required whether the plan must give it
 * @param description one line for {@code --help}
 * @param choices allowed values for {@link ParamType#CHOICE}, else empty
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, boolean required, String description,
        List<String> choices) {
    /** Validates the components. */
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    /** @return a real-valued parameter with a default */
    public static ParamSpec ofDouble(String name, double defaultValue, String description) {
        return new ParamSpec(name, ParamType.DOUBLE, defaultValue, false, description, List.of());
    }

    /** @return a real-valued parameter the plan must give */
    public static ParamSpec requiredDouble(String name, String description) {
        return new ParamSpec(name, ParamType.DOUBLE, null, true, description, List.of());
    }

    /** @return a real-valued parameter without a default that the plan may omit */
    public static ParamSpec optionalDouble(String name, String description) {
        return new ParamSpec(name, ParamType.DOUBLE, null, false, description, List.of());
    }

    /** @return an integer parameter with a default */
    public static ParamSpec ofInt(String name, int defaultValue, String description) {
        return new ParamSpec(name, ParamType.INT, defaultValue, false, description, List.of());
    }

    /** @return an integer parameter the plan must give */
    public static ParamSpec requiredInt(String name, String description) {
        return new ParamSpec(name, ParamType.INT, null, true, description, List.of());
    }

    /** @return an integer parameter without a default that the plan may omit */
    public static ParamSpec optionalInt(String name, String description) {
        return new ParamSpec(name, ParamType.INT, null, false, description, List.of());
    }

    /** @return a boolean parameter with a default */
    public static ParamSpec ofBoolean(String name, boolean defaultValue, String description) {
        return new ParamSpec(name, ParamType.BOOLEAN, defaultValue, false, description, List.of());
    }

    /** @return a text parameter the plan must give (e.g. a column name) */
    public static ParamSpec requiredString(String name, String description) {
        return new ParamSpec(name, ParamType.STRING, null, true, description, List.of());
    }

    /** @return a text parameter without a default that the plan may omit */
    public static ParamSpec optionalString(String name, String description) {
        return new ParamSpec(name, ParamType.STRING, null, false, description, List.of());
    }

    /** @return a choice parameter with a default (which must be one of the choices) */
    public static ParamSpec ofChoice(String name, String defaultValue, String description, String... choices) {
        if (!List.of(choices).contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " not in " + List.of(choices));
        }
        return new ParamSpec(name, ParamType.CHOICE, defaultValue, false, description, List.of(choices));
    }
}
