package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict evaluate --report DIR}. */
final class ReportOptionTest {
    @TempDir
    Path dir;

    @Test
    void writesTheThreeFilesIntoANewFolderAndSaysWhere() throws Exception {
        Files.writeString(dir.resolve("preds.csv"), "id,y,p,country\na,1,0.9,US\nb,0,0.8,US\nc,1,0.7,FR\n"
                + "d,0,0.1,FR\ne,1,0.4,FR\n");
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "task: binary\ndata:\n  path: preds.csv\n  id: id\n  label: y\n  score: p\n"
                + "slices: [country]\nmetrics:\n  - {id: auc, name: roc_auc}\n  - {name: recall}\n");
        Path out = dir.resolve("out/report");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--report", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("report written to " + out.resolve("report.html")), run::toString);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"chart-roc\"") && html.contains("echarts"), "charts inlined");
        assertTrue(Files.readString(out.resolve("report.md")).contains("| `auc` roc_auc | 0.6667 |"));
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"metric\" : \"roc_auc\""));
    }

    @Test
    void withoutTheOptionNoReportIsMentioned() throws Exception {
        Files.writeString(dir.resolve("preds.csv"), "y,p\n1,0.9\n0,0.2\n");
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "task: binary\ndata:\n  path: preds.csv\n  label: y\n  score: p\n"
                + "metrics:\n  - {name: roc_auc}\n");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString());
        assertEquals(0, run.exit(), run::toString);
        assertFalse(run.out().contains("report written"), run::toString);
    }

    @Test
    void aFolderThatCannotBeCreatedIsInvalidInput() throws Exception {
        Files.writeString(dir.resolve("preds.csv"), "y,p\n1,0.9\n0,0.2\n");
        Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "task: binary\ndata:\n  path: preds.csv\n  label: y\n  score: p\n"
                + "metrics:\n  - {name: roc_auc}\n");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--report",
                dir.resolve("blocker/sub").toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().startsWith("verdict: error: cannot create the report folder"), run::toString);
    }
}
