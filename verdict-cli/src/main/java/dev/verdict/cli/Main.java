package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.VerdictVersion;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code verdict} command. Exit status: 0 success, 2 invalid input (plan, data or command line; one
 * {@code verdict: error: ...} line on stderr, no stack trace), 3 unexpected internal error (with a stack trace).
 */
@Command(name = "verdict", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
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

    /** The subcommands, in help order. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(newCommandLine(args.length == 0 ? null : args[0]).execute(args));
    }

    /** @return the command line with every subcommand, Verdict's error handling and generated metric help */
    public static CommandLine newCommandLine() {
        return newCommandLine(null);
    }

    /**
     * Picocli builds each subcommand's model by reflection when it is added (about 0.1-0.2 s for all of them in a
     * fresh JVM), so a command line naming a subcommand gets only that one, {@code --version} none, and any other all
     * (for help and errors).
     *
     * @param first the first argument, or null
     * @return the command line
     */
    static CommandLine newCommandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        SUBCOMMANDS.forEach((name, command) -> {
            boolean version = "--version".equals(first) || "-V".equals(first);
            if (first == null || !version && !SUBCOMMANDS.containsKey(first) || first.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler(Main::onException);
        cl.setParameterExceptionHandler(Main::onParameterError);
        cl.setUsageHelpAutoWidth(true);
        metricFooter(cl);
        CommandLine evaluate = cl.getSubcommands().get("evaluate");
        if (evaluate != null) {
            metricFooter(evaluate);
        }
        return cl;
    }

    /** Adds all subcommands to a bare {@code new CommandLine(new Main())}. @return {@code cl} */
    static CommandLine withSubcommands(CommandLine cl) {
        SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        return cl;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("evaluate", EvaluateCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("metrics", MetricsCommand::new);
        m.put("split", SplitCommand::new);
        m.put("leakage", LeakageCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** The metric catalog as the usage footer, rendered only when help is printed. */
    private static void metricFooter(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            help.commandSpec().usageMessage().footer(MetricHelp.footer());
            return help.footer();
        });
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
