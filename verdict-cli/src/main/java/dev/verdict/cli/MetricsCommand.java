package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Task;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code verdict metrics}: lists the metrics with their parameters and defaults. */
@Command(name = "metrics", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists the metrics a plan may use, by task: name, aliases, summary, the reference it matches, "
                + "and its parameters with types and defaults.")
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--task", paramLabel = "<task>", converter = TaskConverter.class,
            description = "Only the metrics of this task: binary, multiclass, multilabel, regression, ranking, "
                    + "recommendation, generation or clustering.")
    Task task;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(MetricHelp.list(task, true));
        out.flush();
        return 0;
    }

    /** Parses a task through {@link Task#parse}, so the message lists the accepted tasks. */
    static final class TaskConverter implements ITypeConverter<Task> {
        @Override
        public Task convert(String value) {
            try {
                return Task.parse(value);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
