package dev.verdict.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, read through Jackson's streaming YAML parser so that plan errors can name
 * lines. The value is a {@code Map<String, YamlNode>} (insertion-ordered), a {@code List<YamlNode>}, a
 * {@link String}, a {@link Long}, a {@link Double}, a {@link YamlBoolean} or {@code null}.
 *
 * @param value the value
 * @param line 1-based line where the value starts, or 0 when unknown
 */
record YamlNode(Object value, int line) {
    private static final YAMLFactory YAML = new YAMLFactory();

    /**
     * Parses a whole document.
     *
     * @param bytes the document
     * @param where the file name, for messages
     * @return the root node, or null for an empty document
     * @throws PlanSyntaxException for malformed YAML or a duplicate key
     */
    static YamlNode parse(byte[] bytes, String where) {
        try (JsonParser p = YAML.createParser(bytes)) {
            JsonToken t = p.nextToken();
            return t == null ? null : read(p, t, where);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            int nl = msg.indexOf('\n');
            throw new PlanSyntaxException("malformed YAML: " + (nl < 0 ? msg : msg.substring(0, nl)).trim(),
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? line(jpe.getLocation())
                            : 0);
        }
    }

    private static YamlNode read(JsonParser p, JsonToken t, String where) throws IOException {
        int line = line(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    YamlNode v = read(p, p.nextToken(), where);
                    if (m.containsKey(key)) {
                        throw new PlanSyntaxException("duplicate key '" + key + "'", keyLine);
                    }
                    m.put(key, v);
                }
                return new YamlNode(Collections.unmodifiableMap(m), line);
            }
            case START_ARRAY: {
                List<YamlNode> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(read(p, e, where));
                }
                return new YamlNode(Collections.unmodifiableList(l), line);
            }
            case VALUE_STRING:
                return new YamlNode(p.getText(), line);
            case VALUE_NUMBER_INT:
                return new YamlNode(p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) p.getDecimalValue().doubleValue() : (Object) p.getLongValue(), line);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode(p.getDoubleValue(), line);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode(new YamlBoolean(t == JsonToken.VALUE_TRUE, p.getText()), line);
            case VALUE_NULL:
                return new YamlNode(null, line);
            default:
                throw new PlanSyntaxException("unsupported YAML content " + t, line);
        }
    }

    private static int line(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
    }

    /** @return whether the value is a mapping */
    boolean isMap() {
        return value instanceof Map;
    }

    /** @return the mapping (call after {@link #isMap()}) */
    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    /** @return the sequence (call after checking {@code value instanceof List}) */
    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** @return whether the value is a scalar (string, number, boolean) */
    boolean isScalar() {
        return value instanceof String || value instanceof Number || value instanceof YamlBoolean;
    }

    /**
     * A YAML boolean with its source text: YAML 1.1 also reads {@code yes}/{@code no}/{@code on}/{@code off} as
     * booleans, but as names (a positive label, class names) the text is meant.
     *
     * @param value the boolean
     * @param text the scalar as written
     */
    record YamlBoolean(boolean value, String text) {
        /** @return {@code true}/{@code false} for those spellings in any case, else the text as written */
        String canonical() {
            return text == null || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                    ? Boolean.toString(value) : text;
        }
    }

    /**
     * @return a scalar's canonical text: strings as written, whole numbers without a decimal point, booleans as
     *     {@code true}/{@code false}; the form Verdict's reader gives category values
     */
    String scalarText() {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof YamlBoolean b) {
            return b.canonical();
        }
        return String.valueOf(value);
    }

    /** @return a plain-Java copy of the value (maps, lists, scalars) for metric parameters */
    Object plain() {
        if (value instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map().forEach((k, v) -> m.put(k, v.plain()));
            return m;
        }
        if (value instanceof List) {
            List<Object> l = new ArrayList<>();
            for (YamlNode n : list()) {
                l.add(n.plain());
            }
            return l;
        }
        return value instanceof YamlBoolean b ? (Object) b.value() : value;
    }

    /** A YAML syntax problem with its line; {@link PlanLoader} adds the file name. */
    static final class PlanSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        PlanSyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
