package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.VerdictVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code verdict} command. Exit status: 0 success, 2 invalid input (plan, data or command line; one
 * {@code verdict: error: ...} line on stderr, no stack trace), 3 unexpected internal error (with a stack trace).
 */
@Command(name = "verdict", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {EvaluateCommand.class, CompareCommand.class, MetricsCommand.class, SplitCommand.class,
            LeakageCommand.class, PlanCommand.class,
            CommandLine.HelpCommand.class},
        description = "Rigorous, fast offline model evaluation: computes the metrics of a YAML plan on a file of "
                + "predictions (CSV, Parquet, JSON Lines), overall and per slice, with numbers identical to "
                + "scikit-learn.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:invalid input (plan, data or command line); the reason is on stderr",
            "3:internal error (a bug: please report it with the stack trace)"})
public final class Main implements Callable<Integer> {
    /** Exit status for a user mistake. */
    public static final int INVALID_INPUT = 2;
    /** Exit status for an unexpected failure. */
    public static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** @return the command line with Verdict's error handling and generated metric help */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::onException);
        cl.setParameterExceptionHandler(Main::onParameterError);
        cl.setUsageHelpAutoWidth(true);
        String metrics = MetricHelp.footer();
        cl.getCommandSpec().usageMessage().footer(metrics);
        cl.getSubcommands().get("evaluate").getCommandSpec().usageMessage().footer(metrics);
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("verdict: error: missing command; use 'verdict evaluate --plan plan.yaml' or 'verdict --help'");
        err.flush();
        return INVALID_INPUT;
    }

    /** Prints an invalid-input message (no stack trace). @return {@link #INVALID_INPUT} */
    static int invalid(PrintWriter err, String message) {
        err.println("verdict: error: " + message);
        err.flush();
        return INVALID_INPUT;
    }

    private static int onException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InvalidInputException) {
            return invalid(err, ex.getMessage());
        }
        err.println("verdict: internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    private static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        err.println("verdict: error: " + ex.getMessage());
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return INVALID_INPUT;
    }

    /** Prints {@code verdict <version>}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"verdict " + VerdictVersion.get()};
        }
    }
}
