package dev.verdict.plan;

import dev.verdict.core.Task;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Parses the plan's {@code data:} section and checks which keys each task needs and accepts. */
final class DataRules {
    /** Every data key. */
    static final List<String> DATA_KEYS = List.of("path", "id", "label", "score", "scores", "classes", "labels",
            "prediction", "lower", "upper", "time", "weight", "positive");
    private static final List<String> COMMON = List.of("path", "id", "time", "weight");
    private static final Map<Task, List<String>> ACCEPTED = new EnumMap<>(Task.class);

    static {
        ACCEPTED.put(Task.BINARY, with("label", "score", "prediction", "positive"));
        ACCEPTED.put(Task.MULTICLASS, with("label", "scores", "classes", "prediction"));
        ACCEPTED.put(Task.MULTILABEL, with("labels", "scores"));
        ACCEPTED.put(Task.REGRESSION, with("label", "prediction", "lower", "upper"));
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
        String path = str(m, "path");
        DataSpec d = new DataSpec(path == null ? null : resolve(path), str(m, "id"), str(m, "label"),
                str(m, "score"), list(m, "scores"), list(m, "classes"), list(m, "labels"), str(m, "prediction"),
                str(m, "lower"), str(m, "upper"), str(m, "time"), str(m, "weight"), str(m, "positive"));
        requireFields(d, n.line(), m);
        return d;
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
            default -> throw new AssertionError(task);
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
