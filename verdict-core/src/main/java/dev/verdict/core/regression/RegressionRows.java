package dev.verdict.core.regression;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import java.util.Locale;

/** Input checks shared by the regression states: required columns, finite values, non-negative weights. */
final class RegressionRows {
    private RegressionRows() {
    }

    /** Throws unless the batch has both {@code yTrue} and {@code yPred}. */
    static void requireTargets(Columns batch, String what) {
        if (batch.yTrue() == null || batch.yPred() == null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s needs the columns yTrue and yPred (data.y_true, data.y_pred); missing: %s", what,
                    batch.yTrue() == null ? "yTrue" : "yPred"));
        }
    }

    /** @return {@code v}, or throws when it is NaN or infinite (as sklearn's check_array does) */
    static double finite(double v, String column, int row) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s must hold finite numbers; row %d of the batch is %s", column, row, v));
        }
        return v;
    }

    /** @return the weight of row {@code i}, or throws when it is negative or not finite */
    static double weight(Columns batch, int i) {
        double[] w = batch.weight();
        if (w == null) {
            return 1.0;
        }
        double v = w[i];
        if (!(v >= 0.0) || v == Double.POSITIVE_INFINITY) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column weight must hold finite non-negative numbers; row %d of the batch is %s", i, v));
        }
        return v;
    }

    /** Adds {@code x} to the compensated (Neumaier) sum {@code sum[k] + comp[k]}. */
    static void add(double[] sum, double[] comp, int k, double x) {
        double s = sum[k];
        double t = s + x;
        if (Math.abs(s) >= Math.abs(x)) {
            comp[k] += (s - t) + x;
        } else {
            comp[k] += (x - t) + s;
        }
        sum[k] = t;
    }

    /** Folds the compensated sums {@code (os, oc)} into {@code (sum, comp)}, element by element. */
    static void addAll(double[] sum, double[] comp, double[] os, double[] oc) {
        for (int k = 0; k < sum.length; k++) {
            add(sum, comp, k, os[k]);
            comp[k] += oc[k];
        }
    }

    /** @return {@code a} grown to hold at least {@code need} elements */
    static double[] grow(double[] a, int need) {
        if (need <= a.length) {
            return a;
        }
        return java.util.Arrays.copyOf(a, Math.max(need, Math.max(16, a.length * 2)));
    }
}
