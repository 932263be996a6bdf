package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import java.util.Arrays;

/**
 * Per-row sufficient statistics, kept row by row (a fixed number of doubles per row) in the order rows were accepted
 * and combined. Corpus metrics sum them; averaged metrics average a per-row value. Because every row is kept, the
 * corpus score of any subset of rows (a bootstrap resample) can be recomputed with {@link #sumRows(int[])}.
 */
final class RowStatsState implements MetricState<RowStatsState> {
    /** Computes the statistics of one row. */
    interface RowScorer {
        /** @return number of statistics per row */
        int width();

        /**
         * @param batch the columns
         * @param row the row
         * @param out where to write {@link #width()} statistics
         * @param off offset into {@code out}
         */
        void score(Columns batch, int row, double[] out, int off);
    }

    private final RowScorer scorer;
    private final int width;
    private double[] data;
    private int rows;

    RowStatsState(RowScorer scorer) {
        this.scorer = scorer;
        this.width = scorer.width();
        this.data = new double[width * 16];
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        ensure(rows + (to - from));
        for (int i = from; i < to; i++) {
            scorer.score(batch, i, data, rows * width);
            rows++;
        }
    }

    @Override
    public RowStatsState combine(RowStatsState other) {
        ensure(rows + other.rows);
        System.arraycopy(other.data, 0, data, rows * width, other.rows * width);
        rows += other.rows;
        return this;
    }

    private void ensure(int capacityRows) {
        if ((long) capacityRows * width > data.length) {
            data = Arrays.copyOf(data, Math.max(capacityRows * width, data.length * 2));
        }
    }

    /** @return rows accepted */
    int rows() {
        return rows;
    }

    /** @return statistics per row */
    int width() {
        return width;
    }

    /** @return statistic {@code k} of row {@code r} */
    double get(int r, int k) {
        return data[r * width + k];
    }

    /** @return the column-wise sum over all rows (in row order) */
    double[] sum() {
        double[] s = new double[width];
        for (int r = 0; r < rows; r++) {
            int off = r * width;
            for (int k = 0; k < width; k++) {
                s[k] += data[off + k];
            }
        }
        return s;
    }

    /** @return the column-wise sum over the given rows (with repetition, for bootstrap resamples) */
    double[] sumRows(int[] subset) {
        double[] s = new double[width];
        for (int r : subset) {
            int off = r * width;
            for (int k = 0; k < width; k++) {
                s[k] += data[off + k];
            }
        }
        return s;
    }
}
