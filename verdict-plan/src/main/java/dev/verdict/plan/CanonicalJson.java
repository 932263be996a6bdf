package dev.verdict.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of a plan that {@link PlanLock} hashes: compact JSON with every mapping's keys sorted, written
 * with Jackson's streaming generator. The bytes are those jackson-databind's
 * {@code new ObjectMapper().enable(ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(value)} writes (so lock files made
 * before keep matching), without the 0.1-0.2 s it takes to start an {@code ObjectMapper}.
 */
final class CanonicalJson {
    private static final JsonFactory JSON = new JsonFactory();

    private CanonicalJson() {
    }

    /**
     * @param value null, or a tree of {@code Map<String, ?>}, {@code List<?>}, {@link String}, {@link Long},
     *     {@link Double} and {@link Boolean} (what {@link YamlNode#plain()} returns)
     * @return its canonical JSON, UTF-8
     */
    static byte[] bytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object e : l) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Long n) {
            g.writeNumber(n.longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("unexpected plan value " + v.getClass().getName());
        }
    }
}
