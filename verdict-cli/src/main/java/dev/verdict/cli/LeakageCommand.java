package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.validation.Finding;
import dev.verdict.validation.FindingsReport;
import dev.verdict.validation.LeakageChecker;
import dev.verdict.validation.LeakageConfig;
import dev.verdict.validation.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verdict leakage}: checks a train/test pair for leakage. */
@Command(name = "leakage", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks a training and a test file for leakage: test rows duplicating train rows, group ids "
                + "(validation.group) in both files, test rows earlier than the last train time (validation.time), "
                + "features that alone predict the label (univariate AUC or R² on the train file above "
                + "validation.max_univariate_auc / max_univariate_r2, default 0.95), and features observed after the "
                + "prediction time (validation.feature_times, validation.prediction_time).",
            "The plan gives task, data.label, data.id and an optional validation: section (docs/validation.md)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no error-level finding", "1:at least one error-level finding (leakage found)",
            "2:invalid input (plan, files, columns or command line); the reason is on stderr",
            "3:internal error (a bug: please report it with the stack trace)"})
final class LeakageCommand implements Callable<Integer> {
    /** Exit status when leakage was found. */
    static final int LEAKAGE_FOUND = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "<file>", description = "The training file.")
    Path train;

    @Option(names = "--test", required = true, paramLabel = "<file>", description = "The test file.")
    Path test;

    @Option(names = "--plan", required = true, paramLabel = "<plan.yaml>",
            description = "The plan: task, data.label, data.id and the optional validation: section.")
    Path plan;

    @Option(names = "--json", paramLabel = "<findings.json>", description = "Also write the findings as JSON.")
    Path json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Finding> findings = LeakageChecker.run(train, test, LeakageConfig.load(plan));
            if (json != null) {
                FindingsReport.writeJson(findings, train, test, plan, json);
            }
            out.print(FindingsReport.render(findings));
            if (json != null) {
                out.println("findings written to " + json);
            }
            out.flush();
            return FindingsReport.count(findings, Severity.ERROR) > 0 ? LEAKAGE_FOUND : 0;
        } catch (InvalidInputException e) {
            return Main.invalid(err, e.getMessage());
        }
    }
}
