package dev.verdict.validation;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Map;

/**
 * Univariate predictive power of one numeric feature, computed with the core metrics: for a binary label the ROC AUC
 * of the raw feature as a score ({@code roc_auc}, sklearn's {@code roc_auc_score}), folded to {@code max(auc,
 * 1 - auc)} so that a feature predicting the label in reverse counts too; for a multiclass label the largest such
 * value over the one-vs-rest problems; for a regression target the {@code r2} of the least-squares line
 * {@code y ~ a + b x} (which equals the squared Pearson correlation). Rows where the feature or label is missing are
 * left out.
 */
final class Univariate {
    private static final Metric<?> AUC = MetricCatalog.require(Task.BINARY, "roc_auc").create(Map.of(),
            new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true));
    private static final Metric<?> R2 = MetricCatalog.require(Task.REGRESSION, "r2").create(Map.of(),
            new TaskContext(Task.REGRESSION, 0.5, List.of(), true, false));

    private Univariate() {
    }

    /**
     * @param x the feature (NaN = missing)
     * @param y the 0/1 label (-1 = missing)
     * @return max(auc, 1 - auc), or NaN when a class is absent among the rows with both values
     */
    static double auc(double[] x, int[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == x[i] && y[i] >= 0) {
                n++;
            }
        }
        double[] s = new double[n];
        int[] l = new int[n];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == x[i] && y[i] >= 0) {
                s[j] = x[i];
                l[j++] = y[i];
            }
        }
        double auc = value(AUC, Columns.builder(n).label(l).score(s).build());
        return auc != auc ? Double.NaN : Math.max(auc, 1.0 - auc);
    }

    /**
     * @param x the feature (NaN = missing)
     * @param cls class codes (-1 = missing)
     * @param classes number of classes
     * @return the largest one-vs-rest {@link #auc} and the class it was reached for, as {value, class}
     */
    static double[] multiclassAuc(double[] x, int[] cls, int classes) {
        double best = Double.NaN;
        int bestClass = -1;
        int[] y = new int[cls.length];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < cls.length; i++) {
                y[i] = cls[i] < 0 ? -1 : cls[i] == c ? 1 : 0;
            }
            double a = auc(x, y);
            if (a == a && !(a <= best)) {
                best = a;
                bestClass = c;
            }
        }
        return new double[] {best, bestClass};
    }

    /**
     * @param x the feature (NaN = missing)
     * @param y the target (NaN = missing)
     * @return the r2 of the least-squares fit of y on x; NaN when fewer than 2 rows or a constant target
     */
    static double r2(double[] x, double[] y) {
        int n = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == x[i] && y[i] == y[i]) {
                n++;
                mx += (x[i] - mx) / n;
                my += (y[i] - my) / n;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        double[] yt = new double[n];
        double[] xs = new double[n];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == x[i] && y[i] == y[i]) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
                xs[j] = x[i];
                yt[j++] = y[i];
            }
        }
        if (syy == 0) {
            return Double.NaN;
        }
        double b = sxx == 0 ? 0 : sxy / sxx;
        double[] yp = new double[n];
        for (int i = 0; i < n; i++) {
            yp[i] = my + b * (xs[i] - mx);
        }
        return value(R2, Columns.builder(n).yTrue(yt).yPred(yp).build());
    }

    private static double value(Metric<?> m, Columns c) {
        if (c.size() == 0) {
            return Double.NaN;
        }
        MetricValue v = MetricSuite.of(List.of(m)).newAccumulator().accept(c).results().get(0);
        return v.value();
    }
}
