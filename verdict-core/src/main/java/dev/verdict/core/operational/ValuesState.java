package dev.verdict.core.operational;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Arrays;

/**
 * Every value of a named numeric column (with its weight when the data is weighted), for exact percentiles. Rows of
 * zero weight are left out (as if absent). Merging appends; the sorted order is computed once on first use and cached
 * until more rows arrive, so every percentile of one column shares one sort.
 */
final class ValuesState implements MetricState<ValuesState> {
    private final String column;
    private final String metric;
    private double[] values = new double[16];
    private double[] weights;
    private int size;
    private double[] sortedValues;
    private double[] cumulativeWeights;

    private ValuesState(String column, String metric) {
        this.column = column;
        this.metric = metric;
    }

    /** @return the spec of a column's values; equal for equal columns */
    static StateSpec<ValuesState> spec(String column, String metric) {
        return new StateSpec<>("operational.values:" + column, () -> new ValuesState(column, metric));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        double[] x = NamedColumns.require(batch, column, metric);
        double[] w = batch.weight();
        for (int i = from; i < to; i++) {
            double wi = NamedColumns.weight(w, i);
            double v = NamedColumns.finite(x, column, i) + 0.0;
            if (wi > 0) {
                add(v, wi);
            }
        }
    }

    private void add(double v, double w) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            if (weights != null) {
                weights = Arrays.copyOf(weights, size * 2);
            }
        }
        if (w != 1.0 && weights == null) {
            weights = new double[values.length];
            Arrays.fill(weights, 0, size, 1.0);
        }
        values[size] = v;
        if (weights != null) {
            weights[size] = w;
        }
        size++;
        sortedValues = null;
    }

    @Override
    public ValuesState combine(ValuesState other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i], other.weights == null ? 1.0 : other.weights[i]);
        }
        return this;
    }

    /** @return rows kept (rows of positive weight) */
    int size() {
        return size;
    }

    /** @return the total weight (the row count when unweighted) */
    double totalWeight() {
        sort();
        return size == 0 ? 0.0 : cumulativeWeights == null ? size : cumulativeWeights[size - 1];
    }

    /**
     * The {@code q}-quantile with numpy's default ('linear') method. Weights are frequency weights: the value at
     * (real) rank {@code k} is the smallest sorted value whose cumulative weight exceeds {@code k}, and the virtual
     * index is {@code q * (W - 1)} for total weight {@code W} (clamped at 0). With unit weights this is
     * {@code numpy.quantile(x, q)}; with integer weights it equals numpy on the rows repeated weight times.
     *
     * @param q in [0, 1]
     * @return the quantile; NaN when there are no rows
     */
    double quantile(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        sort();
        double h = Math.max(0.0, q * (totalWeight() - 1.0));
        double below = Math.floor(h);
        double gamma = h - below;
        double a = atRank(below);
        double b = atRank(below + 1.0);
        return lerp(a, b, gamma);
    }

    /** numpy's {@code _lerp}: {@code a + (b - a) t}, evaluated from {@code b} when {@code t >= 0.5}. */
    private static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
    }

    private double atRank(double k) {
        if (cumulativeWeights == null) {
            return sortedValues[(int) Math.min(k, size - 1)];
        }
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeights[mid] > k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return sortedValues[lo];
    }

    private void sort() {
        if (sortedValues != null) {
            return;
        }
        if (weights == null) {
            sortedValues = Arrays.copyOf(values, size);
            Arrays.sort(sortedValues);
            cumulativeWeights = null;
            return;
        }
        int[] order = IndexSort.byValue(values, size);
        sortedValues = new double[size];
        cumulativeWeights = new double[size];
        double c = 0;
        for (int r = 0; r < size; r++) {
            sortedValues[r] = values[order[r]];
            c += weights[order[r]];
            cumulativeWeights[r] = c;
        }
    }
}
