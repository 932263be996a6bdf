package dev.verdict.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A metric's validated parameters, parsed once from the plan's loose values against the metric's
 * {@link ParamSpec}s. Values are {@link Double}, {@link Integer}, {@link Boolean} or {@link String}; defaults are filled
 * in, and optional parameters without a default are absent.
 */
public final class Params {
    private static final Params EMPTY = new Params(Map.of());
    private final Map<String, Object> values;

    private Params(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @return no parameters */
    public static Params empty() {
        return EMPTY;
    }

    /**
     * Parses and validates plan values.
     *
     * @param metric the metric name, for messages
     * @param specs what the metric accepts
     * @param raw the plan's values (numbers, booleans, strings)
     * @return the parameters with defaults filled in
     * @throws InvalidInputException for an unknown parameter, a missing required one or a value of the wrong type
     */
    public static Params parse(String metric, List<ParamSpec> specs, Map<String, ?> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(key))) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "metric %s has no parameter '%s'; expected one of %s", metric, key,
                        specs.stream().map(ParamSpec::name).toList()));
            }
        }
        for (ParamSpec spec : specs) {
            Object v = raw.get(spec.name());
            if (v == null) {
                if (spec.required()) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "metric %s needs parameter '%s' (%s)", metric, spec.name(), spec.description()));
                }
                if (spec.defaultValue() != null) {
                    out.put(spec.name(), spec.defaultValue());
                }
                continue;
            }
            out.put(spec.name(), convert(metric, spec, v));
        }
        return new Params(out);
    }

    private static Object convert(String metric, ParamSpec spec, Object v) {
        switch (spec.type()) {
            case DOUBLE:
                if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    return n.doubleValue();
                }
                break;
            case INT:
                if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
                    return n.intValue();
                }
                break;
            case BOOLEAN:
                if (v instanceof Boolean b) {
                    return b;
                }
                break;
            case STRING:
                if (v instanceof String s && !s.isBlank()) {
                    return s;
                }
                break;
            case CHOICE:
                if (v instanceof String s && spec.choices().contains(s)) {
                    return s;
                }
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "metric %s parameter '%s' must be one of %s, got '%s'", metric, spec.name(), spec.choices(),
                        v));
            default:
                throw new AssertionError(spec.type());
        }
        throw new InvalidInputException(String.format(Locale.ROOT, "metric %s parameter '%s' must be %s, got '%s'",
                metric, spec.name(), describe(spec.type()), v));
    }

    private static String describe(ParamType t) {
        return switch (t) {
            case DOUBLE -> "a finite number";
            case INT -> "a whole number";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of the choices";
            case STRING -> "a non-empty text";
        };
    }

    /** @return whether the parameter has a value */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** @return the real value of {@code name} */
    public double getDouble(String name) {
        return ((Number) require(name)).doubleValue();
    }

    /** @return the integer value of {@code name} */
    public int getInt(String name) {
        return (Integer) require(name);
    }

    /** @return the boolean value of {@code name} */
    public boolean getBoolean(String name) {
        return (Boolean) require(name);
    }

    /** @return the string value of {@code name} */
    public String getString(String name) {
        return (String) require(name);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("parameter " + name + " has no value");
        }
        return v;
    }

    /** @return all values, in declaration order (for output) */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
