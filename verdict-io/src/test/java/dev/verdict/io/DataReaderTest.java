package dev.verdict.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DataReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static ColumnRequest num(String name) {
        return new ColumnRequest(name, ColumnType.NUMBER, "data." + name);
    }

    private static ColumnRequest cat(String name) {
        return new ColumnRequest(name, ColumnType.CATEGORY, "data." + name);
    }

    private void toParquet(Path from, Path to) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM read_csv(" + Sql.literal(from.toString()) + ", header = true)) TO "
                    + Sql.literal(to.toString()) + " (FORMAT parquet, ROW_GROUP_SIZE 1000)");
        }
    }

    private static InvalidInputException fails(Path file, List<ColumnRequest> cols, MissingPolicy policy) {
        return assertThrows(InvalidInputException.class, () -> DataReader.read(file, cols, policy));
    }

    private static void assertMentions(InvalidInputException e, String... fragments) {
        String m = e.getMessage();
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "message lacks \"" + f + "\": " + m);
        }
        assertFalse(m.contains("java.sql"), () -> "raw JDBC text in: " + m);
        assertFalse(m.contains("\n"), () -> "multi-line message: " + m);
    }

    @Test
    void readsCsvNumbersAndCategoriesInFileOrder() throws IOException {
        Path f = write("d.csv", "label,score,group,other\n1,0.5,b,x\n0,0.25,a,y\n1,1,b,z\n2,-3e2,c,w\n");
        DataTable t = DataReader.read(f, List.of(cat("label"), num("score"), cat("group")), MissingPolicy.ERROR);
        assertEquals(4, t.rows());
        assertEquals(0, t.dropped());
        assertArrayEquals(new double[] {0.5, 0.25, 1.0, -300.0}, t.numbers("score"));
        assertArrayEquals(new int[] {0, 1, 0, 2}, t.codes("label"));
        assertEquals(List.of("1", "0", "2"), t.dictionary("label"));
        assertArrayEquals(new int[] {0, 1, 0, 2}, t.codes("group"));
        assertEquals(List.of("b", "a", "c"), t.dictionary("group"));
        assertEquals(3L, t.sourceRow(2));
        assertThrows(IllegalArgumentException.class, () -> t.numbers("other"));
    }

    @Test
    void readsIntegerColumnAsNumberAndIntegralDoublesAsIntegerText() throws IOException {
        Path f = write("d.csv", "y,p\n1,1.0\n0,0.0\n1,2.5\n");
        DataTable t = DataReader.read(f, List.of(num("y"), cat("p")), MissingPolicy.ERROR);
        assertArrayEquals(new double[] {1, 0, 1}, t.numbers("y"));
        assertEquals(List.of("1", "0", "2.5"), t.dictionary("p"));
        assertArrayEquals(new int[] {0, 1, 2}, t.codes("p"));
    }

    @Test
    void readsQuotedNumbersSpacesAndQuotesInNamesAndPath() throws IOException {
        Path f = write("it's \"odd\".CSV", "\"my \"\"score\"\"\",a b\n\"0.5\",\"x y\"\n\"1.5\",\"z\"\n");
        DataTable t = DataReader.read(f, List.of(num("my \"score\""), cat("a b")), MissingPolicy.ERROR);
        assertArrayEquals(new double[] {0.5, 1.5}, t.numbers("my \"score\""));
        assertEquals(List.of("x y", "z"), t.dictionary("a b"));
    }

    @Test
    void readsTsv() throws IOException {
        Path f = write("d.tsv", "y\ts\n1\t0.5\n0\t0.75\n");
        DataTable t = DataReader.read(f, List.of(num("y"), num("s")), MissingPolicy.ERROR);
        assertArrayEquals(new double[] {0.5, 0.75}, t.numbers("s"));
    }

    @Test
    void readsJsonLinesWithEveryExtension() throws IOException {
        String text = "{\"y\": true, \"s\": 0.5, \"c\": 3}\n{\"y\": false, \"s\": 2, \"c\": 3}\n"
                + "{\"y\": true, \"s\": \"0.125\", \"c\": 1}\n";
        for (String ext : new String[] {"jsonl", "ndjson", "json", "JSONL"}) {
            DataTable t = DataReader.read(write("d." + ext, text), List.of(cat("y"), num("s"), cat("c")),
                    MissingPolicy.ERROR);
            assertEquals(List.of("true", "false"), t.dictionary("y"), ext);
            assertArrayEquals(new int[] {0, 1, 0}, t.codes("y"), ext);
            assertArrayEquals(new double[] {0.5, 2.0, 0.125}, t.numbers("s"), ext);
            assertEquals(List.of("3", "1"), t.dictionary("c"), ext);
        }
    }

    @Test
    void readsBooleanAsNumber() throws IOException {
        Path f = write("d.jsonl", "{\"y\": true}\n{\"y\": false}\n");
        assertArrayEquals(new double[] {1, 0}, DataReader.read(f, List.of(num("y")), MissingPolicy.ERROR)
                .numbers("y"));
    }

    @Test
    void readsParquet() throws Exception {
        Path csv = write("d.csv", "label,score\n1,0.5\n0,0.25\n1,0.125\n");
        Path pq = dir.resolve("d.Parquet");
        toParquet(csv, pq);
        DataTable t = DataReader.read(pq, List.of(cat("label"), num("score"), num("label")), MissingPolicy.ERROR);
        assertArrayEquals(new double[] {0.5, 0.25, 0.125}, t.numbers("score"));
        assertArrayEquals(new double[] {1, 0, 1}, t.numbers("label"));
        assertEquals(List.of("1", "0"), t.dictionary("label"));
    }

    @Test
    void keepsFileOrderOnLargeFiles() throws Exception {
        int n = 300_000;
        StringBuilder sb = new StringBuilder("i,s\n");
        for (int i = 0; i < n; i++) {
            sb.append(i % 7).append(',').append(i).append(".5\n");
        }
        Path csv = write("big.csv", sb.toString());
        Path pq = dir.resolve("big.parquet");
        toParquet(csv, pq);
        for (Path f : new Path[] {csv, pq}) {
            DataTable t = DataReader.read(f, List.of(num("s"), cat("i")), MissingPolicy.ERROR);
            assertEquals(n, t.rows());
            double[] s = t.numbers("s");
            int[] codes = t.codes("i");
            for (int i = 0; i < n; i++) {
                assertEquals(i + 0.5, s[i], f + " row " + i);
                assertEquals(i % 7, codes[i], f + " row " + i);
            }
        }
    }

    @Test
    void dropPolicyDropsRowsFromAllColumnsAndMapsSourceRows() throws IOException {
        Path f = write("d.csv", "y,s,g\n1,0.5,a\n0,,b\n1,0.75,\n0,NaN,c\n1,0.25,d\n,0.5,e\n0,1.5,a\n");
        DataTable t = DataReader.read(f, List.of(num("y"), num("s"), cat("g")), MissingPolicy.DROP);
        assertEquals(3, t.rows());
        assertEquals(4, t.dropped());
        assertArrayEquals(new double[] {1, 1, 0}, t.numbers("y"));
        assertArrayEquals(new double[] {0.5, 0.25, 1.5}, t.numbers("s"));
        assertEquals(List.of("a", "d"), t.dictionary("g"), "values only in dropped rows are not categories");
        assertArrayEquals(new int[] {0, 1, 0}, t.codes("g"));
        assertEquals(1L, t.sourceRow(0));
        assertEquals(5L, t.sourceRow(1));
        assertEquals(7L, t.sourceRow(2));
    }

    @Test
    void dropPolicyMapsSourceRowsAcrossManyChunks() throws IOException {
        int n = 20_000;
        StringBuilder sb = new StringBuilder("y,s\n");
        for (int i = 1; i <= n; i++) {
            boolean gap = i == 3 || i == 9_000;
            sb.append(i % 3).append(',').append(gap ? "" : Integer.toString(i)).append('\n');
        }
        DataTable t = DataReader.read(write("d.csv", sb.toString()), List.of(cat("y"), num("s")),
                MissingPolicy.DROP);
        assertEquals(n - 2, t.rows());
        assertEquals(2, t.dropped());
        double[] s = t.numbers("s");
        for (int i = 0; i < t.rows(); i++) {
            assertEquals((double) t.sourceRow(i), s[i], "row " + i);
        }
        assertEquals(2L, t.sourceRow(1));
        assertEquals(4L, t.sourceRow(2));
        assertEquals(9_001L, t.sourceRow(8_998));
        assertEquals(List.of("1", "2", "0"), t.dictionary("y"));
    }

    @Test
    void emptyCellFarIntoTheFileNamesItsRow() throws IOException {
        StringBuilder sb = new StringBuilder("y,s\n");
        for (int i = 1; i <= 10_000; i++) {
            sb.append(i % 2).append(',').append(i == 7_777 ? "" : "0.5").append('\n');
        }
        assertMentions(fails(write("gap.csv", sb.toString()), List.of(cat("y"), num("s")), MissingPolicy.ERROR),
                "gap.csv", "data.s", "row 7777", "empty");
    }

    @Test
    void dropPolicyOnJsonAndParquet() throws Exception {
        Path j = write("d.jsonl", "{\"y\":1,\"s\":0.5}\n{\"y\":0}\n{\"y\":null,\"s\":0.1}\n{\"y\":1,\"s\":0.9}\n");
        DataTable t = DataReader.read(j, List.of(cat("y"), num("s")), MissingPolicy.DROP);
        assertArrayEquals(new double[] {0.5, 0.9}, t.numbers("s"));
        assertEquals(4L, t.sourceRow(1));
        Path csv = write("p.csv", "y,s\n1,\n0,0.5\n");
        Path pq = dir.resolve("p.parquet");
        toParquet(csv, pq);
        DataTable p = DataReader.read(pq, List.of(num("y"), num("s")), MissingPolicy.DROP);
        assertEquals(1, p.rows());
        assertEquals(1, p.dropped());
        assertEquals(2L, p.sourceRow(0));
    }

    @Test
    void missingFileIsAnError() {
        Path f = dir.resolve("nope.csv");
        assertMentions(fails(f, List.of(num("s")), MissingPolicy.ERROR), "nope.csv", "not found");
    }

    @Test
    void directoryIsAnError() throws IOException {
        Path d = Files.createDirectory(dir.resolve("folder.csv"));
        assertMentions(fails(d, List.of(num("s")), MissingPolicy.ERROR), "folder.csv", "directory");
    }

    @Test
    void unknownExtensionNamesAcceptedOnes() throws IOException {
        Path f = write("d.txt", "a\n1\n");
        assertMentions(fails(f, List.of(num("a")), MissingPolicy.ERROR), "d.txt", ".txt", ".csv", ".tsv",
                ".parquet", ".jsonl", ".ndjson", ".json");
        Path g = write("noext", "a\n1\n");
        assertMentions(fails(g, List.of(num("a")), MissingPolicy.ERROR), "noext", "no extension", ".csv");
    }

    @Test
    void unknownColumnListsTheFileColumns() throws IOException {
        Path f = write("d.csv", "label,Score\n1,0.5\n");
        assertMentions(fails(f, List.of(num("score")), MissingPolicy.ERROR), "d.csv", "\"score\"", "data.score",
                "label, Score", "did you mean \"Score\"");
    }

    @Test
    void unknownColumnHintsAtAWrongLayout() throws IOException {
        Path semi = write("semi.csv", "y;s\n1;0.5\n");
        assertMentions(fails(semi, List.of(num("y")), MissingPolicy.ERROR), "semi.csv", "\"y\"", "y;s",
                "comma-separated");
        Path arr = write("arr.json", "[{\"y\": 1}, {\"y\": 0}]\n");
        assertMentions(fails(arr, List.of(num("y")), MissingPolicy.ERROR), "arr.json", "\"y\"",
                "one JSON object per line");
    }

    @Test
    void nonNumericCellNamesRowAndText() throws IOException {
        Path f = write("d.csv", "y,s\n1,0.5\n0,0.25\n1,abc\n0,xyz\n");
        assertMentions(fails(f, List.of(num("y"), num("s")), MissingPolicy.DROP), "d.csv", "\"s\"", "data.s",
                "row 3", "expected a number", "\"abc\"");
    }

    @Test
    void nonNumericCellAfterTypeSniffingSampleNamesRow() throws IOException {
        StringBuilder sb = new StringBuilder("y,s\n");
        for (int i = 1; i <= 60_000; i++) {
            sb.append(i % 2).append(',').append(i == 50_001 ? "oops" : "0.5").append('\n');
        }
        Path f = write("late.csv", sb.toString());
        for (int repeat = 0; repeat < 10; repeat++) { // a failing query must never yield a silently truncated table
            assertMentions(fails(f, List.of(cat("y"), num("s")), MissingPolicy.ERROR), "late.csv", "data.s",
                    "row 50001", "expected a number", "\"oops\"");
        }
    }

    @Test
    void nonNumericJsonValueNamesRow() throws IOException {
        Path f = write("d.jsonl", "{\"s\": 0.5}\n{\"s\": \"abc\"}\n");
        assertMentions(fails(f, List.of(num("s")), MissingPolicy.ERROR), "d.jsonl", "data.s", "row 2",
                "expected a number", "abc");
    }

    @Test
    void infinityIsRejectedEvenWhenDropping() throws IOException {
        Path f = write("d.csv", "s\n0.5\n-inf\n");
        assertMentions(fails(f, List.of(num("s")), MissingPolicy.DROP), "d.csv", "data.s", "row 2",
                "expected a finite number", "-Infinity");
        Path g = write("g.csv", "s,t\n0.5,a\n1e999,b\n");
        assertMentions(fails(g, List.of(num("s")), MissingPolicy.ERROR), "g.csv", "row 2", "finite");
    }

    @Test
    void emptyCellUnderErrorPolicySuggestsDrop() throws IOException {
        Path f = write("d.csv", "y,s\n1,0.5\n0,\n");
        assertMentions(fails(f, List.of(num("y"), num("s")), MissingPolicy.ERROR), "d.csv", "\"s\"", "data.s",
                "row 2", "empty", "expected a number", "missing: drop");
        Path g = write("g.csv", "y,s\n1,0.5\n0,0.1\n1,NaN\n");
        assertMentions(fails(g, List.of(num("y"), num("s")), MissingPolicy.ERROR), "g.csv", "row 3", "NaN");
        Path h = write("h.csv", "y,s\na,0.5\n,0.1\n");
        assertMentions(fails(h, List.of(cat("y"), num("s")), MissingPolicy.ERROR), "h.csv", "data.y", "row 2",
                "expected a value", "missing: drop");
    }

    @Test
    void emptyCellInParquetAndJsonUnderErrorPolicy() throws Exception {
        Path csv = write("p.csv", "y,s\n1,0.5\n0,0.1\n1,\n");
        Path pq = dir.resolve("p.parquet");
        toParquet(csv, pq);
        assertMentions(fails(pq, List.of(num("s")), MissingPolicy.ERROR), "p.parquet", "data.s", "row 3", "empty");
        Path j = write("j.jsonl", "{\"y\":1}\n{\"z\":2}\n");
        assertMentions(fails(j, List.of(num("y")), MissingPolicy.ERROR), "j.jsonl", "data.y", "row 2", "empty");
    }

    @Test
    void emptyDataIsAnError() throws IOException {
        Path header = write("h.csv", "y,s\n");
        assertMentions(fails(header, List.of(num("y")), MissingPolicy.ERROR), "h.csv", "no data rows");
        Path zero = write("z.csv", "");
        assertMentions(fails(zero, List.of(num("y")), MissingPolicy.ERROR), "z.csv", "no data rows");
        Path all = write("a.csv", "y,s\n1,\n,0.5\n");
        assertMentions(fails(all, List.of(num("y"), num("s")), MissingPolicy.DROP), "a.csv", "no rows left",
                "all 2 data rows", "data.y", "data.s");
    }

    @Test
    void malformedFileIsWrappedWithoutJdbcText() throws IOException {
        Path f = write("bad.csv", "y,s\n1,0.5\n0,0.1,7,8\n1,0.2\n");
        assertMentions(fails(f, List.of(num("y"), num("s")), MissingPolicy.ERROR), "bad.csv", "cannot read as CSV");
        Path p = write("bad.parquet", "this is not parquet");
        assertMentions(fails(p, List.of(num("y")), MissingPolicy.ERROR), "bad.parquet", "cannot read as Parquet");
        Path j = write("bad.jsonl", "{\"y\": 1}\n{not json\n");
        assertMentions(fails(j, List.of(num("y")), MissingPolicy.ERROR), "bad.jsonl", "JSON Lines");
    }

    @Test
    void nonNumericTypedColumnIsRejectedAtItsFirstValue() throws Exception {
        Path j = write("d.jsonl", "{\"d\": null}\n{\"d\": {\"a\": 1}}\n");
        assertMentions(fails(j, List.of(num("d")), MissingPolicy.DROP), "d.jsonl", "data.d", "row 2",
                "expected a number");
    }
}
