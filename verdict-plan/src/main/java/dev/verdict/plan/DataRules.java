package dev.verdict.plan;

import dev.verdict.core.Params;
import dev.verdict.core.Task;
import dev.verdict.core.ranking.RankingMetrics;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Parses the plan's {@code data:} section and checks which keys each task needs and accepts. */
final class DataRules {
    /** Every data key. */
    static final List<String> DATA_KEYS = List.of("path", "id", "label", "score", "scores", "classes", "labels",
            "prediction", "lower", "upper", "time", "weight", "positive", "run", "qrels", "query", "item",
            "relevance", "references", "n_samples", "n_correct", "problem", "passed", "logprob", "tokens", "bytes",
            "cluster", "features", "user", "category", "interactions", "interactions_user", "interactions_item",
            "queries");
    /** Keys naming one column that are kept in {@link DataSpec#columns()}. */
    private static final List<String> OTHER_COLUMNS = List.of("query", "item", "relevance", "references",
            "n_samples", "n_correct", "problem", "passed", "logprob", "tokens", "bytes", "cluster", "user",
            "category", "interactions_user", "interactions_item");
    private static final List<String> COMMON = List.of("path", "id", "time", "weight");
    /** Keys of {@code data.queries}, each required. */
    private static final List<String> QUERIES_KEYS = List.of("path", "id");
    private static final Map<Task, List<String>> ACCEPTED = new EnumMap<>(Task.class);

    static {
        ACCEPTED.put(Task.BINARY, with("label", "score", "prediction", "positive"));
        ACCEPTED.put(Task.MULTICLASS, with("label", "scores", "classes", "prediction"));
        ACCEPTED.put(Task.MULTILABEL, with("labels", "scores"));
        ACCEPTED.put(Task.REGRESSION, with("label", "prediction", "lower", "upper"));
        ACCEPTED.put(Task.RANKING, List.of("path", "run", "qrels", "query", "item", "score", "relevance",
                "queries"));
        ACCEPTED.put(Task.GENERATION, List.of("path", "id", "prediction", "references", "n_samples", "n_correct",
                "problem", "passed", "logprob", "tokens", "bytes"));
        ACCEPTED.put(Task.CLUSTERING, List.of("path", "id", "label", "cluster", "features"));
        ACCEPTED.put(Task.RECOMMENDATION, List.of("path", "id", "user", "item", "score", "category", "features",
                "interactions", "interactions_user", "interactions_item"));
    }

    private final Path planFile;
    private final PlanErrors errors;
    private final Task task;

    DataRules(Path planFile, PlanErrors errors, Task task) {
        this.planFile = planFile;
        this.errors = errors;
        this.task = task;
    }

    private static List<String> with(String... keys) {
        List<String> out = new java.util.ArrayList<>(COMMON);
        out.addAll(List.of(keys));
        return List.copyOf(out);
    }

    /** @return the keys {@code task} accepts under {@code data:} */
    static List<String> acceptedKeys(Task task) {
        return ACCEPTED.get(task);
    }

    DataSpec parse(YamlNode n, int rootLine) {
        if (n == null) {
            throw errors.at(rootLine, "missing key 'data'; expected a mapping with the keys " + acceptedKeys(task));
        }
        if (!n.isMap()) {
            throw errors.at(n.line(), "'data' must be a mapping with the keys " + acceptedKeys(task));
        }
        Map<String, YamlNode> m = n.map();
        errors.checkKeys(m, DATA_KEYS, "data");
        for (Map.Entry<String, YamlNode> e : m.entrySet()) {
            if (!acceptedKeys(task).contains(e.getKey())) {
                throw errors.at(e.getValue().line(), "data." + e.getKey() + " does not apply to task " + task.id()
                        + "; a " + task.id() + " plan accepts the data keys " + acceptedKeys(task));
            }
        }
        Map<String, String> other = new java.util.HashMap<>();
        for (String key : OTHER_COLUMNS) {
            if (str(m, key) != null) {
                other.put(key, str(m, key));
            }
        }
        DataSpec d = new DataSpec(file(m, "path"), str(m, "id"), str(m, "label"),
                str(m, "score"), list(m, "scores"), list(m, "classes"), list(m, "labels"), str(m, "prediction"),
                str(m, "lower"), str(m, "upper"), str(m, "time"), str(m, "weight"), str(m, "positive"), other,
                list(m, "features"), file(m, "run"), file(m, "qrels"), file(m, "interactions"),
                queries(m.get("queries")));
        requireFields(d, n.line(), m);
        return d;
    }

    /** @return {@code data.queries}: a mapping {@code {path, id}}, both required */
    private DataSpec.Queries queries(YamlNode n) {
        if (n == null) {
            return null;
        }
        String shape = "'data.queries' must be a mapping {path: <per-query table>, id: <its query-id column>}";
        if (!n.isMap()) {
            throw errors.at(n.line(), shape);
        }
        Map<String, YamlNode> m = n.map();
        errors.checkKeys(m, QUERIES_KEYS, "data.queries");
        for (String key : QUERIES_KEYS) {
            if (m.get(key) == null) {
                throw errors.at(n.line(), shape + "; missing '" + key + "'");
            }
        }
        return new DataSpec.Queries(resolve(errors.string(m.get("path"), "data.queries.path")),
                errors.string(m.get("id"), "data.queries.id"));
    }

    private Path file(Map<String, YamlNode> m, String key) {
        String path = str(m, key);
        return path == null ? null : resolve(path);
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        Path dir = planFile.toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p).normalize();
    }

    private String str(Map<String, YamlNode> m, String key) {
        YamlNode n = m.get(key);
        return n == null ? null : errors.string(n, "data." + key);
    }

    private List<String> list(Map<String, YamlNode> m, String key) {
        YamlNode n = m.get(key);
        return n == null ? List.of() : errors.stringList(n, "data." + key);
    }

    private void requireFields(DataSpec d, int line, Map<String, YamlNode> m) {
        switch (task) {
            case BINARY -> {
                need(d.label(), "label", "the truth column", line);
                if (d.score() == null && d.prediction() == null) {
                    throw errors.at(line, "a binary plan needs data.score (the positive-class score column) "
                            + "and/or data.prediction (the hard-prediction column)");
                }
            }
            case MULTICLASS -> {
                need(d.label(), "label", "the truth column", line);
                if (d.classes().size() < 2) {
                    throw errors.at(lineOf(m, "classes", line), "a multiclass plan needs data.classes, the list of "
                            + "at least 2 class names (label values) in score-column order");
                }
                unique(d.classes(), "classes", lineOf(m, "classes", line));
                if (d.scores().isEmpty() && d.prediction() == null) {
                    throw errors.at(line, "a multiclass plan needs data.scores (one score column per class) "
                            + "and/or data.prediction (the predicted-class column)");
                }
                sameSize(d.scores(), d.classes(), "classes", m, line);
            }
            case MULTILABEL -> {
                if (d.labels().isEmpty()) {
                    throw errors.at(line, "a multilabel plan needs data.labels, the list of 0/1 truth columns");
                }
                unique(d.labels(), "labels", lineOf(m, "labels", line));
                if (d.scores().isEmpty()) {
                    throw errors.at(line, "a multilabel plan needs data.scores, one score column per label");
                }
                sameSize(d.scores(), d.labels(), "labels", m, line);
            }
            case REGRESSION -> {
                need(d.label(), "label", "the target column", line);
                need(d.prediction(), "prediction", "the prediction column", line);
                if ((d.lower() == null) != (d.upper() == null)) {
                    throw errors.at(line, "a prediction interval needs both data.lower and data.upper");
                }
            }
            case RANKING -> requireRanking(d, line, m);
            case GENERATION -> requireGeneration(d, line, m);
            case CLUSTERING -> {
                need(d.column("cluster"), "cluster", "the predicted-cluster column", line);
                if (d.label() == null && d.features().isEmpty()) {
                    throw errors.at(line, "a clustering plan needs data.label (the true-class column, for the "
                            + "label-agreement metrics) and/or data.features (feature columns, for silhouette, "
                            + "davies_bouldin and calinski_harabasz)");
                }
                unique(d.features(), "features", lineOf(m, "features", line));
            }
            case RECOMMENDATION -> {
                need(d.column("user"), "user", "the user column", line);
                need(d.column("item"), "item", "the recommended-item column", line);
                need(d.score(), "score", "the rank score column: larger = earlier in the user's list", line);
                unique(d.features(), "features", lineOf(m, "features", line));
                if (d.interactions() == null && (m.containsKey("interactions_user")
                        || m.containsKey("interactions_item"))) {
                    throw errors.at(lineOf(m, m.containsKey("interactions_user") ? "interactions_user"
                            : "interactions_item", line), "data.interactions_user and data.interactions_item name "
                            + "columns of data.interactions, which is not given");
                }
            }
            default -> throw new AssertionError(task);
        }
    }

    private void requireRanking(DataSpec d, int line, Map<String, YamlNode> m) {
        if (d.run() != null || d.qrels() != null) {
            if (d.run() == null || d.qrels() == null) {
                throw errors.at(lineOf(m, d.run() == null ? "qrels" : "run", line), "a ranking plan with TREC files "
                        + "needs both data.run (qid Q0 docno rank score tag) and data.qrels (qid 0 docno rel)");
            }
            for (String k : List.of("path", "query", "item", "score", "relevance")) {
                if (m.containsKey(k)) {
                    throw errors.at(lineOf(m, k, line), "data." + k + " describes a table, but this plan reads TREC "
                            + "files (data.run, data.qrels); give either data.run + data.qrels or data.path with "
                            + "data.query, data.item, data.score and data.relevance");
                }
            }
            return;
        }
        if (d.column("query") == null && d.column("item") == null && d.score() == null) {
            throw errors.at(line, "a ranking plan needs data.run + data.qrels (TREC files) or the columns "
                    + "data.query, data.item, data.score and data.relevance of a table (data.path or --data)");
        }
        need(d.column("query"), "query", "the query column", line);
        need(d.column("item"), "item", "the document column", line);
        need(d.score(), "score", "the retrieval score column: larger = ranked earlier", line);
        need(d.column("relevance"), "relevance", "the graded relevance of each retrieved document", line);
    }

    private void requireGeneration(DataSpec d, int line, Map<String, YamlNode> m) {
        pair(d, "n_samples", "n_correct", line, m);
        pair(d, "problem", "passed", line, m);
        pair(d, "logprob", "tokens", line, m);
        if (d.column("references") != null && d.prediction() == null) {
            throw errors.at(lineOf(m, "references", line), "data.references needs data.prediction, the generated "
                    + "text column");
        }
        if (d.column("bytes") != null && d.column("logprob") == null) {
            throw errors.at(lineOf(m, "bytes", line), "data.bytes is used with data.logprob (bits_per_byte)");
        }
        if (d.prediction() == null && d.column("n_samples") == null && d.column("problem") == null
                && d.column("logprob") == null) {
            throw errors.at(line, "a generation plan needs data.prediction (+ data.references), data.n_samples + "
                    + "data.n_correct, data.problem + data.passed, or data.logprob + data.tokens");
        }
    }

    private void pair(DataSpec d, String a, String b, int line, Map<String, YamlNode> m) {
        if ((d.column(a) == null) != (d.column(b) == null)) {
            String given = d.column(a) == null ? b : a;
            throw errors.at(lineOf(m, given, line), "data." + a + " and data." + b + " go together; give both");
        }
    }

    /**
     * Checks that the plan's data gives what a metric reads (for the tasks whose metrics cannot tell from the task
     * context).
     *
     * @return what is missing, or null when the metric can run
     */
    static String missingInput(Task task, String metric, Params params, DataSpec d) {
        switch (task) {
            case RANKING -> {
                if (d.run() != null && d.queries() == null && !RankingMetrics.isMeasure(metric)) {
                    return metric + " is computed over the per-query table (one row per query), which a ranking plan "
                            + "on TREC files gives as data.queries: {path: <table>, id: <its query-id column>}";
                }
                return null;
            }
            case GENERATION -> {
                switch (metric) {
                    case "pass_at_k":
                        return d.column("n_samples") != null || d.column("problem") != null ? null
                                : "pass_at_k needs data.n_samples + data.n_correct (one row per problem) or "
                                + "data.problem + data.passed (one row per sample)";
                    case "perplexity":
                    case "bits_per_token":
                        return d.column("logprob") != null ? null : metric + " needs data.logprob (the row's summed "
                                + "natural-log token probability) and data.tokens (its token count)";
                    case "bits_per_byte":
                        return d.column("logprob") != null && (d.column("bytes") != null || d.prediction() != null)
                                ? null : "bits_per_byte needs data.logprob and data.bytes (or data.prediction, "
                                + "whose UTF-8 length is used)";
                    default:
                        return d.prediction() != null && d.column("references") != null ? null
                                : metric + " needs data.prediction (generated text) and data.references (a string "
                                + "or a list of strings per row)";
                }
            }
            case CLUSTERING -> {
                boolean geometric = metric.equals("silhouette") || metric.equals("davies_bouldin")
                        || metric.equals("calinski_harabasz");
                if (geometric) {
                    return d.features().isEmpty() ? metric + " needs data.features, the feature columns" : null;
                }
                return d.label() == null ? metric + " needs data.label, the true-class column" : null;
            }
            case RECOMMENDATION -> {
                if (metric.equals("novelty")) {
                    return d.interactions() != null ? null : "novelty needs data.interactions, a table of "
                            + "(user, item) interactions from which item popularity is computed";
                }
                if (metric.equals("intra_list_diversity")) {
                    boolean byCategory = params.getString("by").equals("category");
                    if (byCategory && d.column("category") == null) {
                        return "intra_list_diversity with by: category needs data.category, the item category column";
                    }
                    if (!byCategory && d.features().isEmpty()) {
                        return "intra_list_diversity with by: features needs data.features, the item feature "
                                + "columns (or set by: category)";
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private void need(String value, String key, String what, int line) {
        if (value == null) {
            throw errors.at(line, "a " + task.id() + " plan needs data." + key + " (" + what + ")");
        }
    }

    private void unique(List<String> names, String key, int line) {
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw errors.at(line, "data." + key + " lists '" + names.get(i) + "' twice");
            }
        }
    }

    private void sameSize(List<String> scores, List<String> names, String key, Map<String, YamlNode> m, int line) {
        if (!scores.isEmpty() && scores.size() != names.size()) {
            throw errors.at(lineOf(m, "scores", line), String.format(java.util.Locale.ROOT,
                    "data.scores has %d columns but data.%s has %d; give one score column per entry, in the same order",
                    scores.size(), key, names.size()));
        }
    }

    private static int lineOf(Map<String, YamlNode> m, String key, int fallback) {
        YamlNode n = m.get(key);
        return n == null ? fallback : n.line();
    }
}
