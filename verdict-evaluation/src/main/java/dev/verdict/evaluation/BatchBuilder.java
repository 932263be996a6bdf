package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.TaskContext;
import dev.verdict.io.DataTable;
import dev.verdict.plan.DataSpec;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link DataTable} into the engine's {@link Columns} for the plan's task: codes labels, checks value domains
 * (finite numbers, non-negative weights, declared classes, 0/1 multilabel truth) and names the offending cell.
 */
final class BatchBuilder {
    /**
     * The batch, its task context, data-level warnings, and the names of the group codes (ranking queries, in code
     * order) or null.
     */
    record Batch(Columns columns, TaskContext context, List<String> warnings, List<String> groupNames) {
    }

    private final Plan plan;
    private final DataTable table;
    private final RowRef ref;
    private final CheckedColumns checked;

    private BatchBuilder(Plan plan, DataTable table, ColumnPlan columns) {
        this.plan = plan;
        this.table = table;
        this.ref = new RowRef(table, columns, plan.data().id());
        this.checked = new CheckedColumns(ref);
    }

    static Batch build(Plan plan, DataTable table, ColumnPlan columns) {
        return new BatchBuilder(plan, table, columns).build();
    }

    private Batch build() {
        DataSpec d = plan.data();
        Columns.Builder b = Columns.builder(table.rows());
        List<String> warnings = new ArrayList<>();
        List<String> classes = List.of();
        List<String> groupNames = null;
        switch (plan.task()) {
            case BINARY -> {
                BinaryCoding coding = BinaryCoding.of(ref, d.label(), d.prediction(), d.positive());
                b.label(coding.label).predictedLabel(coding.predicted).score(checked.finite(d.score()));
                classes = List.of(coding.negative, coding.positive);
                if (coding.warning != null) {
                    warnings.add(coding.warning);
                }
            }
            case MULTICLASS -> {
                b.label(classIndex(d.label())).scores(checked.finite(d.scores()));
                if (d.prediction() != null) {
                    b.predictedLabel(classIndex(d.prediction()));
                }
                classes = d.classes();
            }
            case MULTILABEL -> {
                int[][] truth = new int[d.labels().size()][];
                for (int k = 0; k < truth.length; k++) {
                    truth[k] = checked.zeroOne(d.labels().get(k), "a multilabel truth column must hold 0 or 1");
                }
                b.labelMatrix(truth).scores(checked.finite(d.scores()));
                classes = d.labels();
            }
            case REGRESSION -> {
                b.yTrue(checked.finite(d.label())).yPred(checked.finite(d.prediction()))
                        .lower(checked.finite(d.lower())).upper(checked.finite(d.upper()));
                classes = List.of();
            }
            default -> groupNames = new TaskBatches(plan, table, ref).fill(b);
        }
        b.time(checked.finite(d.time())).weight(weights(d.weight()));
        // ranking: the metric-named columns are read per query (QueryTable), not per retrieved document
        (plan.task() == dev.verdict.core.Task.RANKING ? Map.<String, dev.verdict.io.ColumnType>of()
                : MetricColumns.of(plan)).forEach((col, t) -> {
            if (t == dev.verdict.io.ColumnType.NUMBER) {
                b.numeric(col, checked.finite(col));
            } else {
                b.category(col, table.codes(col), table.dictionary(col));
            }
        });
        return new Batch(b.build(), plan.context(classes), warnings, groupNames);
    }

    private double[] weights(String column) {
        double[] w = checked.finite(column);
        if (w != null) {
            for (int i = 0; i < w.length; i++) {
                if (w[i] < 0) {
                    throw ref.at(column, i, "a sample weight must be >= 0, got " + w[i]);
                }
            }
        }
        return w;
    }

    private int[] classIndex(String column) {
        int[] codes = table.codes(column);
        List<String> dict = table.dictionary(column);
        List<String> classes = plan.data().classes();
        int[] index = new int[dict.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = classes.indexOf(dict.get(c));
        }
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = index[codes[i]];
            if (out[i] < 0) {
                throw ref.at(column, i, String.format(Locale.ROOT, "value '%s' is not one of the declared classes "
                        + "%s (data.classes)", dict.get(codes[i]), RowRef.quoted(classes)));
            }
        }
        return out;
    }


    /**
     * Checks that every score lies in [0, 1].
     *
     * @param metricWhere the metric needing probabilities, for the message
     */
    static void requireProbabilities(Plan plan, DataTable table, ColumnPlan columns, String metricWhere) {
        new BatchBuilder(plan, table, columns).requireProbabilities(metricWhere);
    }

    private void requireProbabilities(String metricWhere) {
        DataSpec d = plan.data();
        List<String> cols = new ArrayList<>(d.scores());
        if (d.score() != null) {
            cols.add(0, d.score());
        }
        for (String column : cols) {
            double[] v = table.numbers(column);
            for (int i = 0; i < v.length; i++) {
                if (!(v[i] >= 0 && v[i] <= 1)) {
                    throw ref.at(column, i, String.format(Locale.ROOT, "score %s is outside [0, 1], but %s needs "
                            + "probabilities", fmt(v[i]), metricWhere));
                }
            }
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
