package dev.verdict.report;

import dev.verdict.core.Columns;
import dev.verdict.core.TaskContext;
import dev.verdict.evaluation.Evaluation;
import dev.verdict.evaluation.EvaluationReport;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.nio.file.Path;
import java.util.Random;

/** Builds report models from the repository's examples (examples/fraud, examples/delivery). */
final class Examples {
    private Examples() {
    }

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !p.resolve("examples").toFile().isDirectory()) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples");
    }

    /** @return a builder holding the example's results and rows */
    static ReportBuilder builder(String example) {
        Plan plan = PlanLoader.load(root().resolve(example).resolve("plan.yaml"));
        Columns[] rows = new Columns[1];
        TaskContext[] ctx = new TaskContext[1];
        EvaluationReport report = Evaluation.run(plan, null, (all, c) -> {
            rows[0] = all;
            ctx[0] = c;
        });
        return ReportBuilder.of(report, plan).rows(rows[0], ctx[0]);
    }

    /** @return a builder like {@link #builder} with the plan's design: hierarchy, decision, slice gaps */
    static ReportBuilder designBuilder(String example) {
        Plan plan = PlanLoader.load(root().resolve(example).resolve("plan.yaml"));
        Columns[] rows = new Columns[1];
        TaskContext[] ctx = new TaskContext[1];
        EvaluationReport report = Evaluation.run(plan, null, (all, c) -> {
            rows[0] = all;
            ctx[0] = c;
        });
        dev.verdict.evaluation.decision.Decision d = dev.verdict.evaluation.decision.DecisionEngine.decide(plan,
                report.results(), null);
        return DesignReport.apply(ReportBuilder.of(report, plan).rows(rows[0], ctx[0]), plan, null, null, d,
                dev.verdict.evaluation.decision.SliceGaps.of(plan, report.results()));
    }

    /** @return seeded log-normal "latency" values in milliseconds */
    static double[] latency(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round(Math.exp(3.4 + 0.5 * r.nextGaussian()) * 10) / 10.0;
        }
        return v;
    }
}
