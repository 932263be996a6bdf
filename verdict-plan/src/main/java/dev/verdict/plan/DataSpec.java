package dev.verdict.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's {@code data:} section: where the predictions are and which column plays which role. Column names are
 * {@code null} when the plan omits them; lists are empty when omitted.
 *
 * @param path the data file, resolved against the plan's directory, or null when the plan names none (then the
 *     command line must)
 * @param id optional row-id column, shown in row-level error messages
 * @param label binary/multiclass truth or regression target column
 * @param score binary positive-class score column
 * @param scores multiclass (one per class, in {@code classes} order) or multilabel (one per label) score columns
 * @param classes multiclass class names (label values), in score-column order
 * @param labels multilabel 0/1 truth columns
 * @param prediction hard prediction (binary/multiclass label value) or regression prediction column
 * @param lower regression interval lower-end column
 * @param upper regression interval upper-end column
 * @param time numeric ordering column
 * @param weight sample-weight column
 * @param positive binary positive label as canonical text, or null for the default ({@code 1}, else {@code true})
 * @param columns the column of each other single-column key (ranking, generation, clustering, recommendation:
 *     {@code query}, {@code item}, {@code relevance}, {@code references}, {@code n_samples}, {@code cluster},
 *     {@code user}, ...), by key; absent keys are absent
 * @param features feature columns (clustering, recommendation), empty when omitted
 * @param run ranking: TREC run file, resolved, or null
 * @param qrels ranking: TREC qrels file, resolved, or null
 * @param interactions recommendation: interactions table (user and item columns), resolved, or null
 * @param queries ranking: the per-query table ({@code data.queries}), or null
 */
public record DataSpec(Path path, String id, String label, String score, List<String> scores, List<String> classes,
        List<String> labels, String prediction, String lower, String upper, String time, String weight,
        String positive, Map<String, String> columns, List<String> features, Path run, Path qrels,
        Path interactions, Queries queries) {
    /** Copies the lists. */
    public DataSpec {
        scores = List.copyOf(scores);
        classes = List.copyOf(classes);
        labels = List.copyOf(labels);
        columns = Map.copyOf(columns);
        features = List.copyOf(features);
    }

    /** The classifier/regression form: no keys of the other tasks. */
    public DataSpec(Path path, String id, String label, String score, List<String> scores, List<String> classes,
            List<String> labels, String prediction, String lower, String upper, String time, String weight,
            String positive) {
        this(path, id, label, score, scores, classes, labels, prediction, lower, upper, time, weight, positive,
                Map.of(), List.of(), null, null, null, null);
    }

    /**
     * A ranking plan's per-query table ({@code data.queries}): one row per query id, holding the columns that the
     * plan's operational metrics and slices read (latency, cost, query category...).
     *
     * @param path the table file (any format the data reader accepts), resolved against the plan's directory
     * @param id its query-id column, matched by text against the run's and the qrels' query ids (or the table
     *     form's {@code data.query} column)
     */
    public record Queries(Path path, String id) {
        /** Checks the components. */
        public Queries {
            java.util.Objects.requireNonNull(path, "path");
            java.util.Objects.requireNonNull(id, "id");
        }
    }

    /** @return the column of a single-column key such as {@code query} or {@code n_samples}, or null */
    public String column(String key) {
        return columns.get(key);
    }

    /** @return the data file, if the plan names one */
    public Optional<Path> pathIfAny() {
        return Optional.ofNullable(path);
    }
}
