package dev.verdict.core.multiclass;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random multiclass test data (tied, row-normalised scores, integer weights incl. 0) and metric builders. */
final class MulticlassData {
    private MulticlassData() {
    }

    static TaskContext context(int k, boolean prediction, boolean scores) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("class" + c);
        }
        return new TaskContext(Task.MULTICLASS, 0.5, names, prediction, scores);
    }

    static Metric<?> metric(String name, Map<String, ?> params, TaskContext ctx) {
        return MetricCatalog.require(Task.MULTICLASS, name).create(params, ctx);
    }

    /** @return n rows over k classes; class k-1 is rare, scores are small integers normalised per row */
    static Columns random(long seed, int n, int k, boolean prediction, boolean weights) {
        Random rnd = new Random(seed);
        int[] y = new int[n];
        int[] p = new int[n];
        double[][] s = new double[k][n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextInt(20) == 0 ? k - 1 : rnd.nextInt(k - 1);
            p[i] = rnd.nextBoolean() ? y[i] : rnd.nextInt(k - 1);
            double sum = 0;
            for (int c = 0; c < k; c++) {
                s[c][i] = 1 + rnd.nextInt(4) + (c == y[i] && rnd.nextBoolean() ? 3 : 0);
                sum += s[c][i];
            }
            for (int c = 0; c < k; c++) {
                s[c][i] /= sum;
            }
            w[i] = rnd.nextInt(4);
        }
        return Columns.builder(n).label(y).predictedLabel(prediction ? p : null).scores(s)
                .weight(weights ? w : null).build();
    }
}
