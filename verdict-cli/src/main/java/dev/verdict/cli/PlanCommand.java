package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.plan.PlanLoader;
import dev.verdict.plan.PlanLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict plan lock <plan.yaml>}: pre-registers a plan. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Plan utilities.", subcommands = {PlanCommand.Lock.class})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Main.invalid(spec.commandLine().getErr(), "missing subcommand; use 'verdict plan lock plan.yaml'");
    }

    /** Writes the lock file. */
    @Command(name = "lock", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Validates the plan and writes plan.lock beside it (x.yaml -> x.lock): the SHA-256 of the "
                    + "plan's canonical form (comments, layout and key order do not count) and the time it was "
                    + "locked. 'verdict evaluate' then reports whether the plan still matches; --require-lock makes "
                    + "a mismatch an error (docs/decision.md)."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:locked", "2:invalid plan or the lock cannot be written"})
    static final class Lock implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<plan.yaml>", description = "The plan to lock.")
        Path plan;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                PlanLoader.load(plan);
                Path file = PlanLock.lock(plan, Instant.now().truncatedTo(ChronoUnit.SECONDS));
                PlanLock.Status s = PlanLock.status(plan);
                out.println("locked " + plan + " at " + s.lockedAt() + " (sha256 " + s.currentSha256() + ") -> "
                        + file);
                out.flush();
                return 0;
            } catch (InvalidInputException e) {
                return Main.invalid(spec.commandLine().getErr(), e.getMessage());
            }
        }
    }
}
