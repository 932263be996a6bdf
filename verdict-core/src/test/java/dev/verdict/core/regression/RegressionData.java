package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random regression data and small helpers for the regression tests. */
final class RegressionData {
    static final TaskContext CONTEXT = new TaskContext(Task.REGRESSION, 0.5, List.of(), false, false);

    private RegressionData() {
    }

    /**
     * Random rows with non-negative targets (so rmsle applies), outliers, a few zero targets, intervals, distinct
     * shuffled times and integer weights 0..3 whose total is odd.
     */
    static Columns random(long seed, int n) {
        Random rnd = new Random(seed);
        double[] y = new double[n];
        double[] p = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] t = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 17 == 0 ? 0.0 : 1e3 + Math.abs(rnd.nextGaussian() * 30);
            p[i] = Math.abs(y[i] + rnd.nextGaussian() * (i % 23 == 0 ? 200 : 5));
            double half = Math.abs(rnd.nextGaussian()) * 6;
            lo[i] = p[i] - half;
            hi[i] = p[i] + half;
            t[i] = i * 3.0;
            w[i] = rnd.nextInt(4);
        }
        shuffle(t, rnd);
        double total = 0;
        for (double x : w) {
            total += x;
        }
        if (total % 2 == 0) {
            w[0] += 1;
        }
        return Columns.builder(n).yTrue(y).yPred(p).lower(lo).upper(hi).time(t).weight(w).build();
    }

    private static void shuffle(double[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    /** @return the metric {@code name} with {@code params} from the catalog */
    static Metric<?> metric(String name, Map<String, ?> params) {
        return MetricCatalog.require(Task.REGRESSION, name).create(params, CONTEXT);
    }

    /** @return the metric {@code name} with default parameters */
    static Metric<?> metric(String name) {
        return metric(name, Map.of());
    }

    /** @return the value of one metric over {@code data} in one pass */
    static MetricValue value(Metric<?> m, Columns data) {
        return MetricProperties.onePass(List.of(m), data).get(0);
    }

    /** @return target/prediction columns with optional weights */
    static Columns xy(double[] y, double[] p, double[] w) {
        return Columns.builder(y.length).yTrue(y).yPred(p).weight(w).build();
    }

    /** @return every regression metric of the catalog, with a few parameter variants */
    static List<Metric<?>> all() {
        List<Metric<?>> out = new ArrayList<>();
        for (var d : RegressionMetrics.definitions()) {
            out.add(metric(d.name()));
        }
        out.add(metric("pinball", Map.of("alpha", 0.1)));
        out.add(metric("pinball", Map.of("alpha", 0.9)));
        out.add(metric("mase", Map.of("period", 7)));
        return out;
    }
}
