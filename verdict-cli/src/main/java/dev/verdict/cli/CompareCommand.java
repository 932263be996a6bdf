package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.Comparison;
import dev.verdict.evaluation.ComparisonReport;
import dev.verdict.evaluation.ComparisonWriter;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verdict compare}: paired tests of a candidate's predictions against a baseline's, per metric and slice. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Compares two prediction files of the same examples (paired by data.id; ranking: by query) "
                + "metric by metric and slice by slice: baseline and candidate values, the difference (candidate - "
                + "baseline) with its confidence interval, the paired test (the metric's 'test:' in the plan, or a "
                + "default: delong for roc_auc, mcnemar for accuracy, paired_t for means of per-row values, else the "
                + "paired bootstrap), its p-value and the p-value adjusted across all comparisons "
                + "(comparison.correction, default holm).",
            "Formats: docs/statistics.md (methods), docs/json-output.md (JSON)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the comparison completed (whatever it found)",
            "2:invalid input (plan, data, mismatched ids or truth, a test that does not fit a metric, too few rows)",
            "3:internal error (a bug: please report it with the stack trace)"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "<plan.yaml>", description = "The evaluation plan.")
    Path plan;

    @Option(names = "--baseline", required = true, paramLabel = "<file>",
            description = "The baseline's predictions (same columns as the plan's data; ranking: a TREC run file "
                    + "or ranking table).")
    Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "<file>",
            description = "The candidate's predictions, for the same examples.")
    Path candidate;

    @Option(names = "--json", paramLabel = "<out.json>", description = "Also write the comparisons as JSON.")
    Path json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Plan p = PlanLoader.load(plan);
            ComparisonReport report = Comparison.run(p, baseline, candidate);
            for (String w : report.warnings()) {
                err.println("verdict: warning: " + w);
            }
            err.flush();
            if (json != null) {
                ComparisonWriter.write(report, json);
            }
            out.print(ComparisonWriter.render(report));
            if (json != null) {
                out.println();
                out.println("comparisons written to " + json);
            }
            out.flush();
            return 0;
        } catch (InvalidInputException e) {
            return Main.invalid(err, e.getMessage());
        }
    }
}
