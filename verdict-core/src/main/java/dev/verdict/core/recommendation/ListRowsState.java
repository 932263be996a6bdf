package dev.verdict.core.recommendation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * The recommendation rows: user ({@link Columns#group()}), item ({@link Columns#item()}), rank score
 * ({@link Columns#score()}, larger = earlier) and, when a metric needs them, the item's category
 * ({@link Columns#label()}), popularity ({@link Columns#relevance()}) or feature vector ({@link Columns#features()}).
 * Merged by concatenation; lists are rebuilt (and cached per cut-off) at compute time, so neither row order nor
 * chunking matters. A weight column is rejected (no definition uses weights).
 */
final class ListRowsState implements MetricState<ListRowsState> {
    /** Optional per-row columns a metric may need. */
    enum Extra { CATEGORY, POPULARITY, FEATURES }

    /** @return the spec of a state keeping {@code extra} (null for none); {@code metric} names it in messages */
    static StateSpec<ListRowsState> spec(String metric, Extra extra) {
        return new StateSpec<>("recommendation.rows[" + (extra == null ? "" : extra.name()) + "]",
                () -> new ListRowsState(metric, extra));
    }

    private final String metric;
    private final Extra extra;
    private int rows;
    private int[] user = new int[16];
    private int[] item = new int[16];
    private double[] score = new double[16];
    private int[] category;
    private double[] popularity;
    private double[] features;
    private int dim = -1;
    private TopLists cache;

    ListRowsState(String metric, Extra extra) {
        this.metric = metric;
        this.extra = extra;
        if (extra == Extra.CATEGORY) {
            category = new int[16];
        } else if (extra == Extra.POPULARITY) {
            popularity = new double[16];
        }
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        require(batch.group() != null, "group (user)");
        require(batch.item() != null, "item");
        require(batch.score() != null, "score (rank order: larger = earlier in the list)");
        if (batch.weight() != null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s does not accept a weight column: recommendation metrics are unweighted", metric));
        }
        double[] s = batch.score();
        ensure(rows + to - from);
        for (int i = from; i < to; i++) {
            if (Double.isNaN(s[i])) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "metric %s: column score is NaN at row %d", metric, i));
            }
            user[rows] = batch.group()[i];
            item[rows] = batch.item()[i];
            score[rows] = s[i];
            acceptExtra(batch, i);
            rows++;
        }
        cache = null;
    }

    private void acceptExtra(Columns batch, int i) {
        if (extra == Extra.CATEGORY) {
            require(batch.label() != null, "label (item category)");
            category[rows] = batch.label()[i];
        } else if (extra == Extra.POPULARITY) {
            require(batch.relevance() != null, "relevance (item popularity share)");
            double p = batch.relevance()[i];
            if (!(p > 0.0 && p <= 1.0)) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "metric %s: column relevance (item popularity) must be in (0, 1], got %s at row %d",
                        metric, p, i));
            }
            popularity[rows] = p;
        } else if (extra == Extra.FEATURES) {
            double[][] f = batch.features();
            require(f != null, "features (item feature vectors)");
            setDim(f.length);
            for (int d = 0; d < dim; d++) {
                if (!Double.isFinite(f[d][i])) {
                    throw new InvalidInputException(String.format(Locale.ROOT,
                            "metric %s: column features[%d] has non-finite value %s at row %d", metric, d, f[d][i], i));
                }
                features[rows * dim + d] = f[d][i];
            }
        }
    }

    @Override
    public ListRowsState combine(ListRowsState other) {
        if (other.rows == 0) {
            return this;
        }
        if (extra == Extra.FEATURES) {
            setDim(other.dim);
        }
        ensure(rows + other.rows);
        System.arraycopy(other.user, 0, user, rows, other.rows);
        System.arraycopy(other.item, 0, item, rows, other.rows);
        System.arraycopy(other.score, 0, score, rows, other.rows);
        if (category != null) {
            System.arraycopy(other.category, 0, category, rows, other.rows);
        }
        if (popularity != null) {
            System.arraycopy(other.popularity, 0, popularity, rows, other.rows);
        }
        if (features != null) {
            System.arraycopy(other.features, 0, features, rows * dim, other.rows * dim);
        }
        rows += other.rows;
        cache = null;
        return this;
    }

    private void require(boolean present, String column) {
        if (!present) {
            throw new InvalidInputException(String.format(Locale.ROOT, "metric %s needs column %s", metric, column));
        }
    }

    private void setDim(int d) {
        if (dim >= 0 && d != dim) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s: column features has %d columns in one batch and %d in another", metric, dim, d));
        }
        if (d == 0) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s: column features has no feature columns", metric));
        }
        if (dim < 0) {
            dim = d;
            features = new double[user.length * d];
        }
    }

    private void ensure(int capacity) {
        if (capacity <= user.length) {
            return;
        }
        int cap = Math.max(capacity, user.length * 2);
        user = Arrays.copyOf(user, cap);
        item = Arrays.copyOf(item, cap);
        score = Arrays.copyOf(score, cap);
        category = category == null ? null : Arrays.copyOf(category, cap);
        popularity = popularity == null ? null : Arrays.copyOf(popularity, cap);
        features = features == null ? null : Arrays.copyOf(features, cap * dim);
    }

    /** @return number of rows */
    int rows() {
        return rows;
    }

    /** @return the lists cut at {@code k} (cached for the last k until the state changes) */
    TopLists lists(int k) {
        if (cache == null || cache.k() != k) {
            cache = TopLists.build(this, k);
        }
        return cache;
    }

    int user(int r) {
        return user[r];
    }

    int item(int r) {
        return item[r];
    }

    double score(int r) {
        return score[r];
    }

    int category(int r) {
        return category[r];
    }

    double popularity(int r) {
        return popularity[r];
    }

    /** @return feature columns per row (0 when not kept) */
    int dim() {
        return Math.max(dim, 0);
    }

    /** @return the feature vectors, row-major with stride {@link #dim()} */
    double[] features() {
        return features;
    }

    /** @return the metric named in messages */
    String metric() {
        return metric;
    }
}
