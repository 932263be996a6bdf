package dev.verdict.cli;

import dev.verdict.core.InvalidInputException;
import dev.verdict.evaluation.Evaluation;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.evaluation.JsonReportWriter;
import dev.verdict.evaluation.TextReportWriter;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verdict evaluate}: runs a plan and prints the results table, optionally writing JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Evaluates the metrics of a plan on a predictions file and prints a table: metric id, metric, "
                + "slice, n (rows), value, and '!' with a numbered note when the value is undefined or a fallback.",
            "The plan format is described in docs/plan.md; the JSON format in docs/json-output.md."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success (the plan's decision, if any, is pass)", "1:the plan's decision is fail (or "
            + "inconclusive, unless the plan's decision.inconclusive says pass or report)", "2:invalid input (plan, data or command line); the reason is on stderr",
            "3:internal error (a bug: please report it with the stack trace)"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "<plan.yaml>",
            description = "The evaluation plan (YAML): task, data columns, slices, metrics. Relative paths in it are "
                    + "resolved against the plan's directory.")
    Path plan;

    @Option(names = "--data", paramLabel = "<file>",
            description = "The predictions file (.csv, .tsv, .parquet, .jsonl, .ndjson, .json); overrides the plan's "
                    + "data.path (for a ranking plan with TREC files: data.run).")
    Path data;

    @Option(names = "--json", paramLabel = "<results.json>",
            description = "Also write the results as JSON to this file (format: docs/json-output.md; NaN is written "
                    + "as null).")
    Path json;

    @Option(names = "--per-query",
            description = "Also print the per-query values of the ranking metrics (tab-separated: query, then one "
                    + "column per metric id), after the table. The JSON output always carries them in "
                    + "detail.queries / detail.per_query.")
    boolean perQuery;

    @Option(names = "--report", paramLabel = "<dir>",
            description = "Also write report.html (charts, opens offline), report.md (summary for a pull request) "
                    + "and results.json to this folder, creating it (docs/report.md).")
    Path report;

    @Option(names = "--baseline", paramLabel = "<file>",
            description = "The baseline model's predictions (same columns), for the plan's baseline guardrails "
                    + "(max_drop / min_gain with vs: baseline); compared by point difference (docs/decision.md).")
    Path baseline;

    @Option(names = "--require-lock",
            description = "Fail (exit 2) unless the plan matches its lock file (verdict plan lock).")
    boolean requireLock;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Plan p = PlanLoader.load(plan);
            DesignRun design = DesignRun.before(p, baseline, requireLock);
            ReportRows rows = new ReportRows();
            EvaluationReport report = Evaluation.run(p, data, rows);
            design.after(report, rows.all());
            for (String w : report.warnings()) {
                err.println("verdict: warning: " + w);
            }
            err.flush();
            if (json != null) {
                JsonReportWriter.write(report, json, design.json());
            }
            Path html = this.report == null ? null : rows.write(p, report, this.report, design);
            out.print(TextReportWriter.render(report));
            if (perQuery) {
                out.println();
                out.print(TextReportWriter.renderPerQuery(report));
            }
            design.print(out);
            if (json != null) {
                out.println();
                out.println("results written to " + json);
            }
            if (html != null) {
                out.println();
                out.println("report written to " + html + " (also report.md and results.json in "
                        + this.report + ")");
            }
            out.flush();
            return design.exitCode();
        } catch (InvalidInputException e) {
            return Main.invalid(err, e.getMessage());
        }
    }
}
