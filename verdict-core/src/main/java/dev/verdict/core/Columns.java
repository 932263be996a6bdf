package dev.verdict.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A batch of primitive columns, the only input of the metric engine. Which fields are set depends on the task and on
 * what the plan's metrics need ({@link Input}); unset fields are {@code null}. Multi-column inputs are column-major:
 * {@code scores[k][i]} is the score of class (or label) {@code k} in row {@code i}.
 *
 * <p>Arrays are shared, not copied: a batch is a view handed to {@link MetricState#accept}, which must not keep
 * references to it. All set columns have {@link #size()} rows. A {@code null} weight means every row weighs 1.
 */
public final class Columns {
    private final int size;
    private final int[] label;
    private final double[] score;
    private final double[][] scores;
    private final int[] predictedLabel;
    private final int[][] labelMatrix;
    private final double[] yTrue;
    private final double[] yPred;
    private final double[] lower;
    private final double[] upper;
    private final double[] time;
    private final double[] weight;
    private final int[] group;
    private final int[] item;
    private final double[] relevance;
    private final double[][] features;
    private final String[] text;
    private final String[][] references;
    private final int[] nSamples;
    private final int[] nCorrect;
    private final double[] logProb;
    private final double[] tokenCount;
    private final double[] byteCount;
    private final Map<String, double[]> numeric;
    private final Map<String, Category> categories;

    private Columns(Builder b) {
        this.size = b.size;
        this.label = b.label;
        this.score = b.score;
        this.scores = b.scores;
        this.predictedLabel = b.predictedLabel;
        this.labelMatrix = b.labelMatrix;
        this.yTrue = b.yTrue;
        this.yPred = b.yPred;
        this.lower = b.lower;
        this.upper = b.upper;
        this.time = b.time;
        this.weight = b.weight;
        this.group = b.group;
        this.item = b.item;
        this.relevance = b.relevance;
        this.features = b.features;
        this.text = b.text;
        this.references = b.references;
        this.nSamples = b.nSamples;
        this.nCorrect = b.nCorrect;
        this.logProb = b.logProb;
        this.tokenCount = b.tokenCount;
        this.byteCount = b.byteCount;
        this.numeric = Map.copyOf(b.numeric);
        this.categories = Map.copyOf(b.categories);
    }

    /** @return a builder for a batch of {@code size} rows */
    public static Builder builder(int size) {
        if (size < 0) {
            throw new InvalidInputException("Columns size must be >= 0: " + size);
        }
        return new Builder(size);
    }

    /** @return number of rows */
    public int size() {
        return size;
    }

    /** @return binary 0/1 truth (1 = positive) or multiclass class index, or null */
    public int[] label() {
        return label;
    }

    /** @return binary score of the positive class, or null */
    public double[] score() {
        return score;
    }

    /** @return per-class (multiclass) or per-label (multilabel) score columns, or null */
    public double[][] scores() {
        return scores;
    }

    /** @return hard prediction: binary 0/1 or multiclass class index, or null */
    public int[] predictedLabel() {
        return predictedLabel;
    }

    /** @return multilabel 0/1 truth, one column per label, or null */
    public int[][] labelMatrix() {
        return labelMatrix;
    }

    /** @return regression target, or null */
    public double[] yTrue() {
        return yTrue;
    }

    /** @return regression prediction, or null */
    public double[] yPred() {
        return yPred;
    }

    /** @return lower end of a prediction interval, or null */
    public double[] lower() {
        return lower;
    }

    /** @return upper end of a prediction interval, or null */
    public double[] upper() {
        return upper;
    }

    /** @return time-ordering column, or null */
    public double[] time() {
        return time;
    }

    /** @return non-negative sample weights, or null when every row weighs 1 */
    public double[] weight() {
        return weight;
    }

    /** @return query (ranking), user (recommendation) or problem (pass@k) code, or null */
    public int[] group() {
        return group;
    }

    /** @return document / item code; codes are ordered as the ids' text (String.compareTo), so code order breaks ties, or null */
    public int[] item() {
        return item;
    }

    /** @return graded relevance judgment of (group, item), or null */
    public double[] relevance() {
        return relevance;
    }

    /** @return feature columns (clustering, diversity), column-major, or null */
    public double[][] features() {
        return features;
    }

    /** @return generated text (hypothesis), or null */
    public String[] text() {
        return text;
    }

    /** @return reference texts of each row (one or more), or null */
    public String[][] references() {
        return references;
    }

    /** @return samples drawn per problem (pass@k), or null */
    public int[] nSamples() {
        return nSamples;
    }

    /** @return correct samples per problem (pass@k), or null */
    public int[] nCorrect() {
        return nCorrect;
    }

    /** @return sum of natural-log token probabilities of a row (perplexity), or null */
    public double[] logProb() {
        return logProb;
    }

    /** @return tokens of a row (perplexity), or null */
    public double[] tokenCount() {
        return tokenCount;
    }

    /** @return UTF-8 bytes of a row (bits per byte), or null */
    public double[] byteCount() {
        return byteCount;
    }

    /**
     * A categorical column addressed by the plan's column name (e.g. a fairness metric's sensitive attribute).
     *
     * @param codes per-row code into {@code values}
     * @param values the distinct values' text, code {@code i} is {@code values.get(i)}
     */
    public record Category(int[] codes, List<String> values) {
        /** Copies the value list. */
        public Category {
            values = List.copyOf(values);
        }
    }

    /**
     * @param name a column name from the plan (e.g. a metric's {@code column:} parameter)
     * @return that numeric column, or null when the batch does not carry it
     */
    public double[] numeric(String name) {
        return numeric.get(name);
    }

    /** @return the names of the named numeric columns this batch carries */
    public Set<String> numericNames() {
        return numeric.keySet();
    }

    /**
     * @param name a column name from the plan (e.g. a fairness metric's {@code sensitive:} parameter)
     * @return that categorical column, or null when the batch does not carry it
     */
    public Category category(String name) {
        return categories.get(name);
    }

    /** @return the names of the named categorical columns this batch carries */
    public Set<String> categoryNames() {
        return categories.keySet();
    }

    /** @return the weight of row {@code i} (1 when there is no weight column) */
    public double weightAt(int i) {
        return weight == null ? 1.0 : weight[i];
    }

    /**
     * Returns a new batch holding the rows {@code rows[0..count)} of this one, in that order (copies).
     *
     * @param rows row indices into this batch
     * @param count how many of {@code rows} to take
     * @return the selected rows
     */
    public Columns select(int[] rows, int count) {
        Builder b = new Builder(count);
        b.label = pick(label, rows, count);
        b.score = pick(score, rows, count);
        b.scores = pick(scores, rows, count);
        b.predictedLabel = pick(predictedLabel, rows, count);
        b.labelMatrix = pick(labelMatrix, rows, count);
        b.yTrue = pick(yTrue, rows, count);
        b.yPred = pick(yPred, rows, count);
        b.lower = pick(lower, rows, count);
        b.upper = pick(upper, rows, count);
        b.time = pick(time, rows, count);
        b.weight = pick(weight, rows, count);
        b.group = pick(group, rows, count);
        b.item = pick(item, rows, count);
        b.relevance = pick(relevance, rows, count);
        b.features = pick(features, rows, count);
        b.text = pick(text, rows, count);
        b.references = pick(references, rows, count);
        b.nSamples = pick(nSamples, rows, count);
        b.nCorrect = pick(nCorrect, rows, count);
        b.logProb = pick(logProb, rows, count);
        b.tokenCount = pick(tokenCount, rows, count);
        b.byteCount = pick(byteCount, rows, count);
        numeric.forEach((k, v) -> b.numeric.put(k, pick(v, rows, count)));
        categories.forEach((k, v) -> b.categories.put(k, new Category(pick(v.codes(), rows, count), v.values())));
        return b.build();
    }

    private static int[] pick(int[] a, int[] rows, int n) {
        if (a == null) {
            return null;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }

    private static double[] pick(double[] a, int[] rows, int n) {
        if (a == null) {
            return null;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }

    private static double[][] pick(double[][] a, int[] rows, int n) {
        if (a == null) {
            return null;
        }
        double[][] out = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            out[k] = pick(a[k], rows, n);
        }
        return out;
    }

    private static <T> T[] pick(T[] a, int[] rows, int n) {
        if (a == null) {
            return null;
        }
        T[] out = java.util.Arrays.copyOf(a, n);
        for (int i = 0; i < n; i++) {
            out[i] = a[rows[i]];
        }
        return out;
    }

    private static int[][] pick(int[][] a, int[] rows, int n) {
        if (a == null) {
            return null;
        }
        int[][] out = new int[a.length][];
        for (int k = 0; k < a.length; k++) {
            out[k] = pick(a[k], rows, n);
        }
        return out;
    }

    /** Builds a {@link Columns}; every set column must have exactly {@code size} rows. */
    public static final class Builder {
        private final int size;
        private int[] label;
        private double[] score;
        private double[][] scores;
        private int[] predictedLabel;
        private int[][] labelMatrix;
        private double[] yTrue;
        private double[] yPred;
        private double[] lower;
        private double[] upper;
        private double[] time;
        private double[] weight;
        private int[] group;
        private int[] item;
        private double[] relevance;
        private double[][] features;
        private String[] text;
        private String[][] references;
        private int[] nSamples;
        private int[] nCorrect;
        private double[] logProb;
        private double[] tokenCount;
        private double[] byteCount;
        private final Map<String, double[]> numeric = new LinkedHashMap<>();
        private final Map<String, Category> categories = new LinkedHashMap<>();

        private Builder(int size) {
            this.size = size;
        }

        /** @param v binary 0/1 truth or multiclass class index @return this */
        public Builder label(int[] v) {
            this.label = check("label", v);
            return this;
        }

        /** @param v binary positive-class score @return this */
        public Builder score(double[] v) {
            this.score = check("score", v);
            return this;
        }

        /** @param v column-major score columns @return this */
        public Builder scores(double[][] v) {
            if (v != null) {
                for (double[] c : v) {
                    check("scores", c);
                }
            }
            this.scores = v;
            return this;
        }

        /** @param v hard predictions @return this */
        public Builder predictedLabel(int[] v) {
            this.predictedLabel = check("predictedLabel", v);
            return this;
        }

        /** @param v multilabel truth columns @return this */
        public Builder labelMatrix(int[][] v) {
            if (v != null) {
                for (int[] c : v) {
                    check("labelMatrix", c);
                }
            }
            this.labelMatrix = v;
            return this;
        }

        /** @param v regression target @return this */
        public Builder yTrue(double[] v) {
            this.yTrue = check("yTrue", v);
            return this;
        }

        /** @param v regression prediction @return this */
        public Builder yPred(double[] v) {
            this.yPred = check("yPred", v);
            return this;
        }

        /** @param v interval lower ends @return this */
        public Builder lower(double[] v) {
            this.lower = check("lower", v);
            return this;
        }

        /** @param v interval upper ends @return this */
        public Builder upper(double[] v) {
            this.upper = check("upper", v);
            return this;
        }

        /** @param v time-ordering values @return this */
        public Builder time(double[] v) {
            this.time = check("time", v);
            return this;
        }

        /** @param v sample weights, or null for unit weights @return this */
        public Builder weight(double[] v) {
            this.weight = check("weight", v);
            return this;
        }

        /** @param v query (ranking), user (recommendation) or problem (pass@k) code @return this */
        public Builder group(int[] v) {
            this.group = check("group", v);
            return this;
        }

        /** @param v document / item code; codes are ordered as the ids' text (String.compareTo), so code order breaks ties @return this */
        public Builder item(int[] v) {
            this.item = check("item", v);
            return this;
        }

        /** @param v graded relevance judgment of (group, item) @return this */
        public Builder relevance(double[] v) {
            this.relevance = check("relevance", v);
            return this;
        }

        /** @param v feature columns (clustering, diversity), column-major @return this */
        public Builder features(double[][] v) {
            if (v != null) {
                for (double[] c : v) {
                    check("features", c);
                }
            }
            this.features = v;
            return this;
        }

        /** @param v generated text (hypothesis) @return this */
        public Builder text(String[] v) {
            checkLength("text", v == null ? size : v.length);
            this.text = v;
            return this;
        }

        /** @param v reference texts of each row (one or more) @return this */
        public Builder references(String[][] v) {
            checkLength("references", v == null ? size : v.length);
            this.references = v;
            return this;
        }

        /** @param v samples drawn per problem (pass@k) @return this */
        public Builder nSamples(int[] v) {
            this.nSamples = check("nSamples", v);
            return this;
        }

        /** @param v correct samples per problem (pass@k) @return this */
        public Builder nCorrect(int[] v) {
            this.nCorrect = check("nCorrect", v);
            return this;
        }

        /** @param v sum of natural-log token probabilities of a row (perplexity) @return this */
        public Builder logProb(double[] v) {
            this.logProb = check("logProb", v);
            return this;
        }

        /** @param v tokens of a row (perplexity) @return this */
        public Builder tokenCount(double[] v) {
            this.tokenCount = check("tokenCount", v);
            return this;
        }

        /** @param v UTF-8 bytes of a row (bits per byte) @return this */
        public Builder byteCount(double[] v) {
            this.byteCount = check("byteCount", v);
            return this;
        }

        /**
         * Adds a numeric column addressed by its plan name.
         *
         * @param name the column name
         * @param v the values
         * @return this
         */
        public Builder numeric(String name, double[] v) {
            numeric.put(java.util.Objects.requireNonNull(name, "name"), check(name, v));
            return this;
        }

        /**
         * Adds a categorical column addressed by its plan name.
         *
         * @param name the column name
         * @param codes per-row codes into {@code values}
         * @param values the distinct values' text
         * @return this
         */
        public Builder category(String name, int[] codes, List<String> values) {
            categories.put(java.util.Objects.requireNonNull(name, "name"), new Category(check(name, codes), values));
            return this;
        }

        /** @return the batch */
        public Columns build() {
            return new Columns(this);
        }

        private void checkLength(String name, int length) {
            if (length != size) {
                throw new InvalidInputException(String.format(Locale.ROOT, "column %s has %d rows, expected %d",
                        name, length, size));
            }
        }

        private double[] check(String name, double[] v) {
            if (v != null && v.length != size) {
                throw new InvalidInputException(String.format(Locale.ROOT, "column %s has %d rows, expected %d",
                        name, v.length, size));
            }
            return v;
        }

        private int[] check(String name, int[] v) {
            if (v != null && v.length != size) {
                throw new InvalidInputException(String.format(Locale.ROOT, "column %s has %d rows, expected %d",
                        name, v.length, size));
            }
            return v;
        }
    }
}
