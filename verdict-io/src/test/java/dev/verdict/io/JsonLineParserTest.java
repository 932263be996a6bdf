package dev.verdict.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonLineParser} against Jackson 2.17's strict streaming parser as the oracle: on seeded, mutated JSON lines,
 * every line it accepts is well-formed JSON to Jackson too, holding the same values under the requested keys.
 */
final class JsonLineParserTest {
    private static final ColumnRequest[] COLS = {new ColumnRequest("k", ColumnType.CATEGORY, "data.k"),
        new ColumnRequest("l", ColumnType.TEXT_LIST, "data.l")};
    private static final JsonFactory JACKSON = new JsonFactory();

    /** @return the part holding the line's values, or null when the parser declines the line */
    private static JsonLinesPart parse(byte[] line) {
        JsonLinesPart part = new JsonLinesPart(COLS, 1);
        return new JsonLineParser(line, 0, line.length, part).parse() ? part : null;
    }

    @Test
    void acceptsWellFormedLinesWithEveryValueKind() {
        String[] lines = {
            "{\"k\": \"a\", \"l\": [\"x\", \"y\"]}",
            "  {\"x\": {\"y\": [1, 2.5e-3, -0.0, true, null, {}, []]}, \"k\": -12}\t\r\n",
            "{\"k\": 1.5E+2, \"l\": \"one\", \"\\u006b2\": \"escaped key\"}",
            "{\"k\": false}\n\n{\"k\": \"\\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\"}",
            "{}",
            "{\"k\": \"héllo 日本 😀\", \"x\": \"\u007f\"}",
        };
        for (String s : lines) {
            assertTrue(parse(s.getBytes(StandardCharsets.UTF_8)) != null, s);
        }
        JsonLinesPart p = parse("{\"k\": \"\\ud83d\\ude00 \\\"q\\\" \\u00e9\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("😀 \"q\" é", p.texts[0][0]);
    }

    @Test
    void declinesWhatJsonOrDuckDbRejects() {
        String[] lines = {
            "{\"k\": 01}", "{\"k\": 1.}", "{\"k\": .5}", "{\"k\": +1}", "{\"k\": 1e}", "{\"k\": -}", "{\"k\": NaN}",
            "{\"k\": tru}", "{\"k\": \"a\"", "{\"k\": \"a\",}", "{'k': 1}", "{\"k\": \"\\x\"}", "{\"k\": \"\\u12\"}",
            "{\"k\": \"a\tb\"}", "{\"k\": \"\\ud800\"}", "{\"k\": \"\\udc00\\ud800\"}", "{\"x\": \"\\ud800x\"}",
            "{\"k\": 1} {\"k\": 2}", "{\"k\":\n1}", "{\"k\": 1}\r{\"k\": 2}", "[1]", "\"k\"", "{\"k\": 1} x",
            "{\"k\": 1, \"k\": 2}", "{\"K\": 1}", "{\"k\": []}", "{\"k\": [\"a\", 1]}", "{\"l\": []}",
            "{\"l\": [\"a\", null]}", "{\"k\": {\"a\": 1}}", "{\"k\": -0}", "{\"k\": 99999999999999999999}",
            "{\"k\": 1e999}", "\uFEFF{\"k\": 1}", "{\"x\": [1 2]}", "{\"x\": {\"a\" 1}}", "{\"x\": {1: 2}}",
        };
        for (String s : lines) {
            assertEquals(null, parse(s.getBytes(StandardCharsets.UTF_8)), s);
        }
        byte[][] invalidUtf8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}};
        for (byte[] bad : invalidUtf8) {
            byte[] line = ("{\"k\": \"a" + "\"}").getBytes(StandardCharsets.US_ASCII);
            byte[] with = new byte[line.length + bad.length];
            System.arraycopy(line, 0, with, 0, 8);
            System.arraycopy(bad, 0, with, 8, bad.length);
            System.arraycopy(line, 8, with, 8 + bad.length, line.length - 8);
            assertEquals(null, parse(with));
        }
    }

    @Test
    void everyMutatedLineItAcceptsJacksonReadsAlike() throws IOException {
        long seed = 77L;
        Random rnd = new Random(seed);
        String[] seeds = {
            "{\"k\": \"a b\", \"x\": [1, {\"y\": null}], \"l\": [\"p\", \"q\"]}",
            "{\"l\": \"s\", \"k\": 12, \"z\": -3.5e+2}",
            "{\"k\": true, \"x\": \"\\u00e9\\n\", \"l\": [\"\\ud83d\\ude00\"]}",
            "{\"k\": 0.25, \"x\": {}, \"y\": []}",
        };
        String alphabet = "{}[]\",:\\ u0123456789.eE+-truefalsnl\t\r\n\u00e9";
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(seeds[rnd.nextInt(seeds.length)]);
            for (int m = rnd.nextInt(3); m >= 0; m--) {
                int at = rnd.nextInt(sb.length() + 1);
                char c = alphabet.charAt(rnd.nextInt(alphabet.length()));
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.insert(at, c);
                    case 1 -> sb.deleteCharAt(Math.min(at, sb.length() - 1));
                    default -> sb.setCharAt(Math.min(at, sb.length() - 1), c);
                }
            }
            byte[] line = sb.toString().getBytes(StandardCharsets.UTF_8);
            JsonLinesPart p = parse(line);
            if (p != null) {
                accepted++;
                assertJacksonReadsAlike(line, p, "seed " + seed + ", line " + sb);
            }
        }
        assertTrue(accepted > 2_000, "only " + accepted + " lines accepted");
    }

    private static void assertJacksonReadsAlike(byte[] line, JsonLinesPart p, String where) throws IOException {
        int record = 0;
        try (JsonParser j = JACKSON.createParser(line)) {
            for (JsonToken t = j.nextToken(); t != null; t = j.nextToken()) {
                assertEquals(JsonToken.START_OBJECT, t, where);
                while (j.nextToken() == JsonToken.FIELD_NAME) {
                    String key = j.currentName();
                    JsonToken v = j.nextToken();
                    if (key.equals("k")) {
                        assertCategory(j, v, p, record, where);
                    } else if (key.equals("l")) {
                        assertList(j, v, p, record, where);
                    } else {
                        j.skipChildren();
                    }
                }
                record++;
            }
        }
        assertEquals(p.records, record, where);
    }

    private static void assertCategory(JsonParser j, JsonToken v, JsonLinesPart p, int r, String where)
            throws IOException {
        byte kind = p.kinds[0][r];
        switch (v) {
            case VALUE_STRING -> assertEquals(j.getText(), p.texts[0][r], where);
            case VALUE_NUMBER_INT -> assertEquals(j.getLongValue(), p.raw[0][r], where);
            case VALUE_NUMBER_FLOAT -> assertEquals(j.getDoubleValue(), Double.longBitsToDouble(p.raw[0][r]), where);
            case VALUE_TRUE, VALUE_FALSE -> assertEquals(v == JsonToken.VALUE_TRUE ? 1L : 0L, p.raw[0][r], where);
            case VALUE_NULL -> assertEquals(0, kind, where);
            default -> assertFalse(true, where + ": accepted " + v);
        }
    }

    private static void assertList(JsonParser j, JsonToken v, JsonLinesPart p, int r, String where)
            throws IOException {
        List<String> items = new ArrayList<>();
        if (v == JsonToken.VALUE_STRING) {
            items.add(j.getText());
        } else if (v == JsonToken.START_ARRAY) {
            while (j.nextToken() == JsonToken.VALUE_STRING) {
                items.add(j.getText());
            }
        } else if (v != JsonToken.VALUE_NULL) {
            assertFalse(true, where + ": accepted " + v);
        }
        assertArrayEquals(v == JsonToken.VALUE_NULL ? null : items.toArray(new String[0]), p.lists[1][r], where);
    }
}
