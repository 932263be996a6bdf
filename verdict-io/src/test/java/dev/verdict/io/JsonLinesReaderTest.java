package dev.verdict.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity of the two JSON Lines readers: wherever {@link JsonLinesReader} answers, its table equals the one DuckDB's
 * path ({@link DataReader#readWithDuckDb}, DuckDB JDBC 1.1.3) builds from the same file, value for value; wherever it
 * is unsure, it declines and {@link DataReader#read} gives DuckDB's table or error.
 */
final class JsonLinesReaderTest {
    @TempDir
    Path dir;

    private static final List<ColumnRequest> TEXT_PLAN = List.of(col("id", ColumnType.CATEGORY),
            col("hyp", ColumnType.TEXT), col("refs", ColumnType.TEXT_LIST), col("lp", ColumnType.NUMBER),
            col("ok", ColumnType.CATEGORY), col("g", ColumnType.CATEGORY));

    private static ColumnRequest col(String name, ColumnType type) {
        return new ColumnRequest(name, type, "data." + name);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** Asserts the fast reader answers and agrees with DuckDB's path; @return its table. */
    private static DataTable same(Path file, List<ColumnRequest> cols, MissingPolicy policy) {
        DataTable fast = JsonLinesReader.tryRead(file, cols, policy);
        assertNotNull(fast, () -> "the JSON Lines reader declined " + file.getFileName());
        DataTable duck = DataReader.readWithDuckDb(file, FileFormat.JSON_LINES, cols, policy);
        assertSameTable(duck, fast, cols);
        return fast;
    }

    /** Asserts the fast reader declines, so DuckDB's path decides. */
    private static void declines(Path file, List<ColumnRequest> cols, MissingPolicy policy) {
        assertNull(JsonLinesReader.tryRead(file, cols, policy), () -> "answered for " + file.getFileName());
    }

    static void assertSameTable(DataTable expected, DataTable actual, List<ColumnRequest> cols) {
        assertEquals(expected.rows(), actual.rows(), "rows");
        assertEquals(expected.dropped(), actual.dropped(), "dropped");
        for (int i = 0; i < expected.rows(); i++) {
            assertEquals(expected.sourceRow(i), actual.sourceRow(i), "source row of " + i);
        }
        for (ColumnRequest c : cols) {
            String n = c.name();
            switch (c.type()) {
                case NUMBER -> {
                    double[] e = expected.numbers(n);
                    double[] a = actual.numbers(n);
                    assertEquals(e.length, a.length, n);
                    for (int i = 0; i < e.length; i++) {
                        assertEquals(Double.doubleToRawLongBits(e[i]), Double.doubleToRawLongBits(a[i]),
                                n + " row " + i + ": " + e[i] + " vs " + a[i]);
                    }
                }
                case CATEGORY -> {
                    assertEquals(expected.dictionary(n), actual.dictionary(n), n);
                    assertArrayEquals(expected.codes(n), actual.codes(n), n);
                }
                case TEXT -> assertArrayEquals(expected.texts(n), actual.texts(n), n);
                case TEXT_LIST -> assertArrayEquals(expected.textLists(n), actual.textLists(n), n);
            }
        }
    }

    @Test
    void textRowsWithNonAsciiListsNullsAndNumbersMatchDuckDb() throws IOException {
        Path f = write("t.jsonl", """
                {"id": 1, "hyp": "the cat sat on the mat", "refs": ["the cat is on the mat", "a cat sat"], "lp": -4.5, "ok": true, "g": "a"}
                {"id": 2, "hyp": "héllo wörld – ünïcode 😀 日本語", "refs": ["hello world"], "lp": -2, "ok": false, "g": "b", "extra": {"x": [1, 2]}}
                {"hyp": "escapes: \\"q\\" \\\\ \\/ \\t \\n \\u00e9 \\ud83d\\ude00", "refs": ["\\u65e5\\u672c"], "lp": 1e-3, "id": 3, "ok": true, "g": "a"}
                {"id": 4, "hyp": "", "refs": ["x", "y", "z"], "lp": 0.1, "ok": null, "g": ""}
                {"id": 5, "hyp": null, "refs": null, "lp": null, "g": "c"}
                {"id": 6, "hyp": "last", "refs": ["r"], "lp": 12345678901234567, "ok": true, "g": "c"}
                """);
        DataTable t = same(f, TEXT_PLAN, MissingPolicy.DROP);
        assertEquals(4, t.rows());
        assertEquals(List.of("1", "2", "3", "6"), t.dictionary("id"));
        assertEquals("héllo wörld – ünïcode 😀 日本語", t.texts("hyp")[1]);
        assertEquals("escapes: \"q\" \\ / \t \n é 😀", t.texts("hyp")[2]);
        assertArrayEquals(new String[] {"日本"}, t.textLists("refs")[2]);
        List<ColumnRequest> textOnly = TEXT_PLAN.subList(1, 3);
        DataTable all = same(f, textOnly, MissingPolicy.DROP);
        assertEquals(5, all.rows());
        assertEquals("", all.texts("hyp")[3]);
    }

    @Test
    void singleStringsAndListsMixInATextListColumn() throws IOException {
        Path f = write("m.ndjson", """
                {"hyp": "a b c", "refs": "a b"}
                {"hyp": "d e", "refs": ["d", "e f"]}
                {"hyp": "g", "refs": "g h"}
                """);
        DataTable t = same(f, TEXT_PLAN.subList(1, 3), MissingPolicy.ERROR);
        assertArrayEquals(new String[][] {{"a b"}, {"d", "e f"}, {"g h"}}, t.textLists("refs"));
        Path single = write("s.json", "{\"hyp\": \"x\", \"refs\": \"only one\"}\n{\"hyp\": \"y\", \"refs\": \"z\"}\n");
        same(single, TEXT_PLAN.subList(1, 3), MissingPolicy.ERROR);
    }

    @Test
    void numbersAndCategoriesOfEveryJsonKindMatchDuckDb() throws IOException {
        Path f = write("n.jsonl", """
                {"i": 1, "f": 0.5, "b": true, "s": "x", "m": 3, "big": 9007199254740993}
                {"i": -7, "f": 1e5, "b": false, "s": "y", "m": 2.5, "big": -9007199254740993}
                {"i": 0, "f": -0.0, "b": true, "s": "x", "m": 1, "big": 9223372036854775807}
                {"i": 123456789, "f": 0.1, "b": null, "s": "z", "m": 1.0, "big": 1}
                """);
        List<ColumnRequest> nums = List.of(col("i", ColumnType.NUMBER), col("f", ColumnType.NUMBER),
                col("m", ColumnType.NUMBER), col("big", ColumnType.NUMBER));
        same(f, nums, MissingPolicy.ERROR);
        List<ColumnRequest> cats = List.of(col("i", ColumnType.CATEGORY), col("f", ColumnType.CATEGORY),
                col("b", ColumnType.CATEGORY), col("s", ColumnType.CATEGORY), col("m", ColumnType.CATEGORY),
                col("big", ColumnType.CATEGORY));
        DataTable t = same(f, cats, MissingPolicy.DROP);
        assertEquals(List.of("3", "2.5", "1"), t.dictionary("m"));
        same(f, List.of(col("b", ColumnType.NUMBER), col("i", ColumnType.CATEGORY)), MissingPolicy.DROP);
    }

    @Test
    void blankLinesCrLfAndMissingKeysMatchDuckDb() throws IOException {
        Path f = write("b.jsonl", "\n{\"a\": 1, \"t\": \"x\"}\r\n\r\n   \n\t{\"a\": 2}  \r\n{\"a\": 3, \"t\": \"z\"}");
        List<ColumnRequest> cols = List.of(col("a", ColumnType.NUMBER), col("t", ColumnType.TEXT));
        DataTable t = same(f, cols, MissingPolicy.DROP);
        assertEquals(2, t.rows());
        assertEquals(3L, t.sourceRow(1));
        same(f, List.of(col("a", ColumnType.CATEGORY)), MissingPolicy.ERROR);
    }

    @Test
    void largeFilesAreReadInTwoHalvesInFileOrder() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(7);
        int n = 30_000;
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": \"q").append(i % 997).append("\", \"hyp\": \"word").append(rnd.nextInt(1000))
                    .append(" é ").append("x".repeat(rnd.nextInt(30))).append("\", \"refs\": [\"r").append(i)
                    .append("\"], \"lp\": ").append(i % 13 == 0 ? "null" : Double.toString(rnd.nextGaussian()))
                    .append(", \"g\": ").append(i % 5).append("}\n");
        }
        Path f = write("big.jsonl", sb.toString());
        List<ColumnRequest> cols = List.of(col("id", ColumnType.CATEGORY), col("hyp", ColumnType.TEXT),
                col("refs", ColumnType.TEXT_LIST), col("lp", ColumnType.NUMBER), col("g", ColumnType.CATEGORY));
        DataTable t = same(f, cols, MissingPolicy.DROP);
        assertEquals(n - (n + 12) / 13, t.rows());
        assertEquals((long) n, t.sourceRow(t.rows() - 1));
    }

    @Test
    void randomFilesMatchDuckDbWheneverTheFastReaderAnswers() throws IOException {
        long seed = 20261123L;
        Random rnd = new Random(seed);
        int answered = 0;
        for (int round = 0; round < 40; round++) {
            int kindsA = rnd.nextInt(4);
            StringBuilder sb = new StringBuilder();
            int rows = 1 + rnd.nextInt(60);
            for (int r = 0; r < rows; r++) {
                sb.append("{\"n\": ").append(randomNumber(rnd, kindsA)).append(", \"c\": ")
                        .append(randomCategory(rnd, round % 5)).append(", \"t\": ").append(randomText(rnd))
                        .append(", \"l\": ").append(randomList(rnd)).append("}\n");
            }
            Path f = write("r" + round + ".jsonl", sb.toString());
            List<ColumnRequest> cols = List.of(col("n", ColumnType.NUMBER), col("c", ColumnType.CATEGORY),
                    col("t", ColumnType.TEXT), col("l", ColumnType.TEXT_LIST));
            for (MissingPolicy policy : MissingPolicy.values()) {
                DataTable fast = JsonLinesReader.tryRead(f, cols, policy);
                if (fast != null) {
                    answered++;
                    assertSameTable(DataReader.readWithDuckDb(f, FileFormat.JSON_LINES, cols, policy), fast, cols);
                }
            }
        }
        assertEquals(true, answered > 10, "seed " + seed + ": the fast reader answered only " + answered + " times");
    }

    private static String randomNumber(Random rnd, int mode) {
        if (rnd.nextInt(10) == 0) {
            return "null";
        }
        return switch (mode) {
            case 0 -> Long.toString(rnd.nextInt(2000) - 1000);
            case 1 -> Double.toString(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12) - 6));
            case 2 -> rnd.nextBoolean() ? Integer.toString(rnd.nextInt(50)) : rnd.nextInt(99) + "." + rnd.nextInt(99);
            default -> rnd.nextBoolean() ? "true" : "false";
        };
    }

    private static String randomCategory(Random rnd, int mode) {
        if (rnd.nextInt(12) == 0) {
            return "null";
        }
        return switch (mode) {
            case 0 -> Integer.toString(rnd.nextInt(5));
            case 1 -> "\"" + "abcé".charAt(rnd.nextInt(4)) + "\"";
            case 2 -> rnd.nextBoolean() ? "true" : "false";
            case 3 -> rnd.nextInt(3) + ".5";
            default -> rnd.nextBoolean() ? Integer.toString(rnd.nextInt(3)) : rnd.nextInt(3) + ".25";
        };
    }

    private static String randomText(Random rnd) {
        if (rnd.nextInt(15) == 0) {
            return "null";
        }
        String[] words = {"the", "cat", "ünï", "😀", "\\\"q\\\"", "\\u00e9", "a\\nb", "日本", "", "x y"};
        StringBuilder sb = new StringBuilder("\"");
        for (int k = rnd.nextInt(5); k >= 0; k--) {
            sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        return sb.append('"').toString();
    }

    private static String randomList(Random rnd) {
        int n = rnd.nextInt(4);
        if (n == 0) {
            return rnd.nextBoolean() ? "null" : randomText(rnd).replace("null", "\"n\"");
        }
        List<String> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            items.add(randomText(rnd).replace("null", "\"n\""));
        }
        return "[" + String.join(", ", items) + "]";
    }

    @Test
    void declinesWhatDuckDbMightReadDifferently() throws IOException {
        List<ColumnRequest> t = List.of(col("t", ColumnType.TEXT));
        List<ColumnRequest> c = List.of(col("t", ColumnType.CATEGORY));
        List<ColumnRequest> n = List.of(col("t", ColumnType.NUMBER));
        List<ColumnRequest> l = List.of(col("t", ColumnType.TEXT_LIST));
        String[][] cases = {
            {"{\"t\": \"2024-01-01\"}\n{\"t\": \"2024-02-03\"}\n", "dates: DuckDB types them as DATE"},
            {"{\"t\": \"10:00\"}\n", "times: DuckDB prints 10:00:00"},
            {"{\"t\": \"3F2504E0-4F89-11D3-9A0C-0305E82C3301\"}\n", "UUIDs: DuckDB lower-cases them"},
            {"{\"t\": 1, \"T\": 2}\n", "keys equal but for case: DuckDB renames one"},
            {"{\"t\": \"a\", \"t\": \"b\"}\n", "a duplicate requested key: an error in DuckDB"},
            {"{\"t\": \"a\"}\n[1, 2]\n", "a line that is not an object"},
            {"[{\"t\": \"a\"}]\n", "a JSON array file"},
            {"{\"t\": \"a\"} {\"t\": \"b\"}\n", "two objects on one line"},
            {"{\"t\":\n \"a\"}\n", "an object over two lines"},
            {"{\"t\": \"a\"}\r{\"t\": \"b\"}\n", "a lone carriage return"},
            {"\uFEFF{\"t\": \"a\"}\n", "a byte order mark"},
            {"{\"t\": \"a\\ud800b\"}\n", "a lone surrogate escape"},
            {"{\"t\": \"a\"}\n{not json\n", "malformed JSON"},
            {"{\"t\": \"a\",}\n", "a trailing comma (DuckDB accepts it, Jackson does not)"},
            {"{\"t\": {\"x\": 1}}\n", "an object value"},
            {"{\"t\": 1}\n{\"t\": \"a\"}\n", "numbers and strings mixed (DuckDB: JSON type)"},
            {"{\"u\": 1}\n", "an absent column"},
            {"\n\n", "no records"},
        };
        for (String[] k : cases) {
            Path f = write("d.jsonl", k[0]);
            for (List<ColumnRequest> cols : List.of(t, c, l)) {
                assertNull(JsonLinesReader.tryRead(f, cols, MissingPolicy.DROP), k[1] + " as " + cols.get(0).type());
            }
        }
        String[][] numberCases = {
            {"{\"t\": -0}\n", "-0 (DuckDB reads 0 or -0 depending on the column's type)"},
            {"{\"t\": 1e999}\n", "a non-finite number"},
            {"{\"t\": 18446744073709551615}\n", "an integer beyond 64 bits"},
            {"{\"t\": 1}\n{\"t\": true}\n", "numbers and booleans mixed"},
            {"{\"t\": \"0.5\"}\n", "a number written as a string"},
            {"{\"t\": NaN}\n", "NaN"},
        };
        for (String[] k : numberCases) {
            declines(write("d.jsonl", k[0]), n, MissingPolicy.DROP);
        }
        declines(write("e.jsonl", "{\"t\": [\"a\", null]}\n"), l, MissingPolicy.DROP);
        declines(write("e.jsonl", "{\"t\": []}\n{\"t\": [\"a\"]}\n"), l, MissingPolicy.DROP);
        declines(write("e.jsonl", "{\"t\": [\"a\", 1]}\n"), l, MissingPolicy.DROP);
    }

    @Test
    void declinesWhenAKindFirstAppearsAfterDuckDbsSample() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < JsonLinesReader.SAMPLE; i++) {
            sb.append("{\"t\": \"a\", \"n\": 1}\n");
        }
        Path ok = write("ok.jsonl", sb + "{\"t\": \"b\", \"n\": 2}\n");
        same(ok, List.of(col("t", ColumnType.TEXT), col("n", ColumnType.CATEGORY)), MissingPolicy.ERROR);
        Path late = write("late.jsonl", sb + "{\"t\": [\"b\"], \"n\": 2.5}\n");
        declines(late, List.of(col("t", ColumnType.TEXT_LIST)), MissingPolicy.ERROR);
        declines(late, List.of(col("n", ColumnType.CATEGORY)), MissingPolicy.ERROR);
        StringBuilder dates = new StringBuilder();
        for (int i = 0; i < JsonLinesReader.SAMPLE; i++) {
            dates.append("{\"t\": \"2024-01-0").append(1 + i % 9).append("\"}\n");
        }
        declines(write("dates.jsonl", dates + "{\"t\": \"plain text\"}\n"), List.of(col("t", ColumnType.TEXT)),
                MissingPolicy.ERROR);
    }

    @Test
    void problemsAreLeftToDuckDbsPathAndItsMessages() throws IOException {
        List<ColumnRequest> cols = List.of(col("hyp", ColumnType.TEXT), col("refs", ColumnType.TEXT_LIST));
        Path missing = write("m.jsonl", "{\"hyp\": \"a\", \"refs\": [\"a\"]}\n{\"hyp\": null, \"refs\": [\"b\"]}\n");
        declines(missing, cols, MissingPolicy.ERROR);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DataReader.read(missing, cols, MissingPolicy.ERROR));
        assertEquals(true, e.getMessage().contains("row 2"), e.getMessage());
        Path allGone = write("g.jsonl", "{\"hyp\": null, \"refs\": [\"a\"]}\n");
        declines(allGone, cols, MissingPolicy.DROP);
        Path empty = write("x.jsonl", "{\"hyp\": \"b\", \"refs\": []}\n");
        InvalidInputException list = assertThrows(InvalidInputException.class,
                () -> DataReader.read(empty, cols, MissingPolicy.ERROR));
        assertEquals(true, list.getMessage().contains("empty"), list.getMessage());
        byte[] bad = "{\"hyp\": \"a\", \"refs\": \"a\"}\n{\"hyp\": \"b \u00ff c\", \"refs\": \"b\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path latin1 = write("l.jsonl", bad);
        declines(latin1, cols, MissingPolicy.ERROR);
        InvalidInputException utf8 = assertThrows(InvalidInputException.class,
                () -> DataReader.read(latin1, cols, MissingPolicy.ERROR));
        assertEquals(true, utf8.getMessage().contains("l.jsonl line 2"), utf8.getMessage());
    }

    @Test
    void rejectsInvalidUtf8Strictly() throws IOException {
        List<ColumnRequest> cols = List.of(col("t", ColumnType.TEXT));
        byte[][] invalid = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0x80}};
        for (byte[] seq : invalid) {
            byte[] head = "{\"t\": \"a".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "b\"}\n".getBytes(StandardCharsets.US_ASCII);
            byte[] all = new byte[head.length + seq.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(seq, 0, all, head.length, seq.length);
            System.arraycopy(tail, 0, all, head.length + seq.length, tail.length);
            declines(write("u.jsonl", all), cols, MissingPolicy.ERROR);
        }
        same(write("v.jsonl", "{\"t\": \"\u00e9\u0800\uffff\ud800\udc00\udbff\udfff\"}\n"), cols, MissingPolicy.ERROR);
    }
}
