package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Task;
import dev.verdict.core.catalog.MetricCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class MainTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryOptionAndEveryMetricWithParameters() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.exit(), top::toString);
        assertTrue(top.out().contains("evaluate") && top.out().contains("metrics"), top::toString);
        CliRun eval = CliRun.of("evaluate", "--help");
        assertEquals(0, eval.exit(), eval::toString);
        for (String option : new String[] {"--plan", "--data", "--json", "Exit status"}) {
            assertTrue(eval.out().contains(option), option);
        }
        for (CliRun run : new CliRun[] {top, eval}) {
            for (MetricDefinition d : MetricCatalog.all()) {
                assertTrue(run.out().contains("  " + d.name() + " "), d.name());
                for (ParamSpec p : d.params()) {
                    assertTrue(run.out().contains(p.name()), d.name() + " " + p.name());
                }
            }
        }
    }

    @Test
    void metricsCommandListsOneTaskWithDefaults() {
        CliRun run = CliRun.of("metrics", "--task", "regression");
        assertEquals(0, run.exit(), run::toString);
        for (MetricDefinition d : MetricCatalog.forTask(Task.REGRESSION)) {
            assertTrue(run.out().contains("  " + d.name()), d.name());
            for (String alias : d.aliases()) {
                assertTrue(run.out().contains(alias), alias);
            }
            for (ParamSpec p : d.params()) {
                if (p.defaultValue() != null) {
                    assertTrue(run.out().contains(p.name() + ": ") && run.out().contains("default "
                            + p.defaultValue()), p.name());
                }
            }
        }
        assertFalse(run.out().contains("task: binary"));
        assertTrue(CliRun.of("metrics").out().contains("task: multilabel"));
    }

    @Test
    void unknownTaskIsAUsageError() {
        CliRun run = CliRun.of("metrics", "--task", "rnaking");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("verdict: error: "), run::toString);
        assertTrue(run.err().contains("unknown task 'rnaking'"), run::toString);
    }

    @Test
    void unknownOptionAndMissingPlanAreUsageErrors() {
        CliRun unknown = CliRun.of("evaluate", "--plan", "p.yaml", "--jsn", "x");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().startsWith("verdict: error: Unknown options: '--jsn'"), unknown::toString);
        assertTrue(unknown.err().contains("verdict evaluate --help"), unknown::toString);
        CliRun missing = CliRun.of("evaluate");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required option: '--plan=<plan.yaml>'"), missing::toString);
        assertEquals(2, CliRun.of().exit());
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertEquals("verdict 0.1.0", run.out().trim());
    }

    @Test
    void missingPlanFileExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("evaluate", "--plan", dir.resolve("nope.yaml").toString());
        assertEquals(2, run.exit());
        assertEquals("verdict: error: plan file " + dir.resolve("nope.yaml") + " does not exist",
                run.err().trim());
    }

    @CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaboom");
        }
    }

    @Test
    void unexpectedExceptionExitsThreeWithStackTrace() {
        CommandLine cl = Main.newCommandLine();
        cl.addSubcommand(new Boom());
        CliRun run = CliRun.with(cl, "boom");
        assertEquals(3, run.exit(), run::toString);
        assertTrue(run.err().startsWith("verdict: internal error: java.lang.IllegalStateException: kaboom"),
                run::toString);
        assertTrue(run.err().contains("\tat "), run::toString);
    }

    @Test
    void plainCommandLineAlsoMapsInvalidInputToTwo() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "task: binary\ndata: {label: y, score: p}\nmetrics: [{name: roc_auk}]\n");
        CliRun run = CliRun.with(Main.withSubcommands(new CommandLine(new Main())), "evaluate", "--plan",
                plan.toString());
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("unknown metric 'roc_auk'"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }
}
