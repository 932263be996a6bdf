package dev.verdict.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SplitterTest {
    @TempDir
    Path dir;

    private JsonNode golden(String name) throws Exception {
        return FoldsTest.goldenCases().filter(c -> c.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private Path csv(String header, List<String> rows) throws Exception {
        Path p = dir.resolve("in.csv");
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(p, lines);
        return p;
    }

    private static int[] folds(Path out, String column) throws Exception {
        try (Connection c = DuckFiles.connect(); Statement st = c.createStatement()) {
            String src = out.toString().endsWith(".parquet") ? "read_parquet('" + out + "')"
                    : out.toString().endsWith(".csv") ? "read_csv('" + out + "', header = true)"
                    : "read_json('" + out + "', format = 'newline_delimited')";
            List<Integer> f = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT \"" + column + "\" FROM " + src)) {
                while (rs.next()) {
                    f.add(rs.getInt(1));
                }
            }
            return f.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    @Test
    void groupSplitOfStringIdsMatchesScikitLearnThroughFiles() throws Exception {
        JsonNode c = golden("group string ids");
        List<String> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode g : c.get("groups")) {
            rows.add(i++ + "," + g.asText());
        }
        Path out = dir.resolve("out.parquet");
        SplitResult r = Splitter.run(new SplitOptions(csv("x,user", rows), out, SplitMethod.GROUP, 4, null, "user",
                null, 0, 7, true, "fold"));
        assertEquals(rows.size(), r.rows());
        int[] expected = new int[c.get("folds").size()];
        for (int j = 0; j < expected.length; j++) {
            expected[j] = c.get("folds").get(j).asInt();
        }
        assertArrayEquals(expected, folds(out, "fold"));
    }

    @Test
    void stratifiedUnshuffledSplitMatchesScikitLearnThroughFiles() throws Exception {
        JsonNode c = golden("stratified n=97 k=4");
        List<String> rows = new ArrayList<>();
        for (JsonNode y : c.get("y")) {
            rows.add(y.asText() + ",1.5");
        }
        Path out = dir.resolve("out.jsonl");
        Splitter.run(new SplitOptions(csv("label,x", rows), out, SplitMethod.STRATIFIED, 4, "label", null, null, 0, 7,
                false, "cv"));
        int[] expected = new int[rows.size()];
        for (int j = 0; j < expected.length; j++) {
            expected[j] = c.get("folds").get(j).asInt();
        }
        assertArrayEquals(expected, folds(out, "cv"));
    }

    @Test
    void timeSplitOrdersByTheTimeColumnAndKeepsFileOrder() throws Exception {
        // rows are written in reverse time order: row i has time n - i
        int n = 53;
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(i + "," + (n - i));
        }
        Path out = dir.resolve("out.csv");
        SplitResult r = Splitter.run(new SplitOptions(csv("id,t", rows), out, SplitMethod.TIME, 4, null, null, "t", 3,
                7, true, "fold"));
        int[] byTime = Folds.time(n, 4, 3);
        int[] got = folds(out, "fold");
        for (int i = 0; i < n; i++) {
            assertEquals(byTime[n - 1 - i], got[i], "row " + i);
        }
        assertEquals(n - 4 * (n / 5), r.trainOnly());
    }

    @Test
    void kFoldSplitIsSeededAndComplete() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            rows.add(Integer.toString(i));
        }
        Path in = csv("v", rows);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Splitter.run(new SplitOptions(in, a, SplitMethod.KFOLD, 5, null, null, null, 0, 11, true, "fold"));
        SplitResult r = Splitter.run(new SplitOptions(in, b, SplitMethod.KFOLD, 5, null, null, null, 0, 11, true,
                "fold"));
        assertArrayEquals(folds(a, "fold"), folds(b, "fold"));
        assertArrayEquals(new int[] {21, 20, 20, 20, 20}, r.foldSizes());
        assertArrayEquals(Folds.kFold(101, 5, true, 11), folds(a, "fold"));
    }

    @Test
    void badInputNamesTheProblem() throws Exception {
        Path in = csv("a,fold", List.of("1,2", "3,4"));
        Path out = dir.resolve("o.csv");
        assertTrue(assertThrows(InvalidInputException.class, () -> Splitter.run(new SplitOptions(in, out,
                SplitMethod.KFOLD, 2, null, null, null, 0, 1, true, "fold"))).getMessage()
                .contains("already has a column \"fold\""));
        assertTrue(assertThrows(InvalidInputException.class, () -> Splitter.run(new SplitOptions(in, out,
                SplitMethod.GROUP, 2, null, "user", null, 0, 1, true, "f"))).getMessage()
                .contains("no column \"user\" (--group)"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Splitter.run(new SplitOptions(in, out,
                SplitMethod.STRATIFIED, 2, null, null, null, 0, 1, true, "f"))).getMessage()
                .contains("needs --label"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Splitter.run(new SplitOptions(
                dir.resolve("nope.csv"), out, SplitMethod.KFOLD, 2, null, null, null, 0, 1, true, "f")))
                .getMessage().contains("file not found"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Splitter.run(new SplitOptions(in,
                dir.resolve("o.xlsx"), SplitMethod.KFOLD, 2, null, null, null, 0, 1, true, "f"))).getMessage()
                .contains("unknown file type"));
        Path holes = csv("g,v", List.of("a,1", ",2", "b,3"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Splitter.run(new SplitOptions(holes, out,
                SplitMethod.GROUP, 2, null, "g", null, 0, 1, true, "f"))).getMessage()
                .contains("1 empty cell(s), first at data row 2"));
    }
}
