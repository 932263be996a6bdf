package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Shared test data: binormal binary scores and regression rows, from a fixed seed. */
final class Fixtures {
    private Fixtures() {
    }

    static Metric<?> binary(String name) {
        return MetricCatalog.require(Task.BINARY, name).create(Map.of(),
                new TaskContext(Task.BINARY, 0.5, List.of(), false, true));
    }

    static Metric<?> regression(String name) {
        return MetricCatalog.require(Task.REGRESSION, name).create(Map.of(),
                new TaskContext(Task.REGRESSION, 0.5, List.of(), false, false));
    }

    /** Binormal: negatives N(0, 1), positives N(delta, 1); true AUC = Phi(delta / sqrt 2). */
    static Columns binormal(Random r, int n, double prevalence, double delta) {
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < prevalence ? 1 : 0;
            s[i] = r.nextGaussian() + delta * y[i];
        }
        return Columns.builder(n).label(y).score(s).build();
    }

    /** Same labels, scores = base + noise (a correlated second model). */
    static Columns noisier(Random r, Columns base, double noise) {
        double[] s = base.score().clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += noise * r.nextGaussian();
        }
        return Columns.builder(s.length).label(base.label()).score(s).build();
    }
}
