package dev.verdict.cli;

import dev.verdict.core.Columns;
import dev.verdict.core.TaskContext;
import dev.verdict.evaluation.Evaluation;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.plan.Plan;
import dev.verdict.report.ReportBuilder;
import dev.verdict.report.ReportWriter;
import java.nio.file.Path;

/** Keeps the evaluated rows for {@code --report} and writes the report folder. */
final class ReportRows implements Evaluation.RowsListener {
    private Columns all;
    private TaskContext context;

    @Override
    public void evaluated(Columns rows, TaskContext ctx) {
        this.all = rows;
        this.context = ctx;
    }

    /** @return the path of report.html */
    Path write(Plan plan, EvaluationReport report, Path dir, DesignRun design) {
        return ReportWriter.write(design.report(ReportBuilder.of(report, plan).rows(all, context)).build(), dir,
                design.json());
    }

    /** @return the evaluated rows, or null before the evaluation */
    Columns all() {
        return all;
    }
}
