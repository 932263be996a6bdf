package dev.verdict.cli;

import dev.verdict.core.Columns;
import dev.verdict.core.TaskContext;
import dev.verdict.evaluation.Evaluation;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.plan.Plan;
import dev.verdict.report.ReportBuilder;
import dev.verdict.report.ReportWriter;
import dev.verdict.plan.MetricSpec;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the evaluated rows for {@code --report} and writes the report folder. The column of every {@code percentile}
 * metric (e.g. latency) gets a histogram-and-percentiles section: over the rows, or over the queries of a ranking
 * plan's per-query table.
 */
final class ReportRows implements Evaluation.RowsListener {
    private Columns all;
    private Columns queries;
    private TaskContext context;

    @Override
    public void evaluated(Columns rows, TaskContext ctx) {
        this.all = rows;
        this.context = ctx;
    }

    @Override
    public void perQuery(Columns rows) {
        this.queries = rows;
    }

    /** @return the path of report.html */
    Path write(Plan plan, EvaluationReport report, Path dir, DesignRun design) {
        ReportBuilder b = ReportBuilder.of(report, plan).rows(all, context);
        Columns source = queries != null ? queries : all;
        Set<String> shown = new LinkedHashSet<>();
        for (MetricSpec m : plan.metrics()) {
            if (m.definition().name().equals("percentile") && source != null
                    && shown.add(m.params().getString("column"))) {
                double[] v = source.numeric(m.params().getString("column"));
                if (v != null && v.length > 0) {
                    b.distribution(m.params().getString("column") + (queries != null ? " per query" : ""), null, v,
                            queries != null ? "queries" : "rows");
                }
            }
        }
        return ReportWriter.write(design.report(b).build(), dir, design.json());
    }

    /** @return the evaluated rows, or null before the evaluation */
    Columns all() {
        return all;
    }
}
