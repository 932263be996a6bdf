package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidationCommandsTest {
    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, lines);
        return p;
    }

    private Path rows(String name, int from, int to, boolean leak) throws Exception {
        List<String> lines = new ArrayList<>(List.of("id,user,ts,x,y"));
        for (int i = from; i < to; i++) {
            int y = (i * 7) % 3 == 0 ? 1 : 0;
            lines.add(i + ",u" + i + "," + i + "," + (leak ? Integer.toString(y) : i + ".25") + "," + y);
        }
        return write(name, lines);
    }

    @Test
    void splitWritesAFoldColumnAndExitsZero() throws Exception {
        Path in = rows("in.csv", 0, 30, false);
        Path out = dir.resolve("out.csv");
        CliRun run = CliRun.of("split", "--data", in.toString(), "--out", out.toString(), "--method", "stratified",
                "--label", "y", "--k", "3", "--seed", "3");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("wrote 30 rows"), run::toString);
        assertTrue(run.out().contains("test rows per fold: 0: 10, 1: 10, 2: 10"), run::toString);
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,user,ts,x,y,fold", lines.get(0));
        assertEquals(31, lines.size());
        CliRun time = CliRun.of("split", "--data", in.toString(), "--out", dir.resolve("t.parquet").toString(),
                "--method", "time", "--time", "ts", "--k", "4", "--gap", "2");
        assertEquals(0, time.exit(), time::toString);
        assertTrue(time.out().contains("train only (fold -1): 6"), time::toString);
    }

    @Test
    void splitBadInputExitsTwoWithOneLine() throws Exception {
        Path in = rows("in.csv", 0, 10, false);
        CliRun run = CliRun.of("split", "--data", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--method", "group", "--group", "usr");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("verdict: error: ") && run.err().contains("no column \"usr\" (--group)"),
                run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
        CliRun method = CliRun.of("split", "--data", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--method", "loo");
        assertEquals(2, method.exit(), method::toString);
        assertTrue(method.err().contains("unknown split method 'loo'"), method::toString);
        assertEquals(2, CliRun.of("split", "--data", in.toString()).exit());
    }

    @Test
    void leakageExitsOneOnErrorsZeroWhenCleanAndWritesJson() throws Exception {
        Path plan = write("plan.yaml", List.of("task: binary", "data: {label: y, id: id}",
                "validation: {group: user, time: ts}"));
        Path train = rows("train.csv", 0, 100, true);
        Path cleanTest = rows("test.csv", 100, 150, false);
        Path json = dir.resolve("findings.json");
        CliRun leaky = CliRun.of("leakage", "--train", train.toString(), "--test", rows("leak.csv", 90, 120, false)
                .toString(), "--plan", plan.toString(), "--json", json.toString());
        assertEquals(1, leaky.exit(), leaky::toString);
        assertTrue(leaky.out().contains("ERROR   shared_groups"), leaky::toString);
        assertTrue(leaky.out().contains("ERROR   temporal_overlap"), leaky::toString);
        assertTrue(leaky.out().contains("ERROR   univariate_leakage"), leaky::toString);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.get("summary").get("errors").asInt() >= 3, root::toString);
        JsonNode first = root.get("findings").get(0);
        for (String key : new String[] {"check", "severity", "message", "count", "examples"}) {
            assertTrue(first.has(key), key);
        }

        Path cleanTrain = rows("train2.csv", 0, 100, false);
        CliRun clean = CliRun.of("leakage", "--train", cleanTrain.toString(), "--test", cleanTest.toString(),
                "--plan", plan.toString());
        assertEquals(0, clean.exit(), clean::toString);
        assertTrue(clean.out().contains("0 error(s)"), clean::toString);
    }

    @Test
    void leakageBadInputExitsTwo() throws Exception {
        Path plan = write("plan.yaml", List.of("task: binary", "data: {label: y}", "validation: {time: when}"));
        Path train = rows("train.csv", 0, 20, false);
        CliRun run = CliRun.of("leakage", "--train", train.toString(), "--test", train.toString(), "--plan",
                plan.toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("no column \"when\" (validation.time)"), run::toString);
        CliRun missing = CliRun.of("leakage", "--train", dir.resolve("nope.parquet").toString(), "--test",
                train.toString(), "--plan", plan.toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("file not found"), missing::toString);
    }
}
