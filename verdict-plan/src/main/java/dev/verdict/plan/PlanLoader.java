package dev.verdict.plan;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.Params;
import dev.verdict.core.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads and strictly validates a YAML evaluation plan (format: {@code docs/plan.md}). Every error is an
 * {@link InvalidInputException} whose message starts with {@code <plan file>[:<line>]: } and names the offending key
 * or metric entry and what was expected.
 */
public final class PlanLoader {
    /** Accepted top-level keys. */
    public static final List<String> TOP_KEYS = List.of("task", "data", "threshold", "missing", "slices", "metrics",
            "validation", "confidence", "comparison", "name", "purpose", "owner", "review", "min_slice_size",
            "slice_gaps", "guardrails", "scorecard", "decision");

    private final Path file;
    private final PlanErrors errors;
    private final MetricLookup lookup;

    private PlanLoader(Path file, MetricLookup lookup) {
        this.file = file;
        this.errors = new PlanErrors(file);
        this.lookup = lookup;
    }

    /**
     * Loads a plan.
     *
     * @param file the plan file
     * @return the validated plan
     * @throws InvalidInputException for a missing or unreadable file and every plan mistake
     */
    public static Plan load(Path file) {
        return load(file, MetricLookup.catalog());
    }

    /**
     * Loads a plan whose metric names are looked up in {@code lookup}.
     *
     * @param file the plan file
     * @param lookup the metrics the plan may use
     * @return the validated plan
     * @throws InvalidInputException for a missing or unreadable file and every plan mistake
     */
    public static Plan load(Path file, MetricLookup lookup) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("plan file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read plan file " + file + ": " + e.getMessage(), e);
        }
        return new PlanLoader(file, lookup).parse(bytes);
    }

    private Plan parse(byte[] bytes) {
        YamlNode root;
        try {
            root = YamlNode.parse(bytes, file.toString());
        } catch (YamlNode.PlanSyntaxException e) {
            throw errors.at(e.line(), e.getMessage());
        }
        if (root == null || !root.isMap()) {
            throw errors.at(root == null ? 0 : root.line(),
                    "a plan must be a YAML mapping with the keys " + TOP_KEYS);
        }
        Map<String, YamlNode> top = root.map();
        errors.checkKeys(top, TOP_KEYS, "top-level");
        Task task = parseTask(top.get("task"), root.line());
        DataSpec data = new DataRules(file, errors, task).parse(top.get("data"), root.line());
        double threshold = parseThreshold(top.get("threshold"));
        MissingValues missing = parseMissing(top.get("missing"));
        List<String> slices = parseSlices(top.get("slices"));
        if (task == Task.RANKING && top.get("slices") != null && data.run() != null && data.queries() == null) {
            throw errors.at(top.get("slices").line(), "'slices' of a ranking plan on TREC files are columns of the "
                    + "per-query table (a query's rows cannot be split): add data.queries: {path: <table with one row "
                    + "per query>, id: <its query-id column>}");
        }
        Plan draft = new Plan(file, sha256(bytes), task, data, threshold, missing, slices, List.of());
        List<MetricSpec> metrics = parseMetrics(top.get("metrics"), root.line(), draft);
        StatisticsSpec statistics = new StatisticsRules(errors, draft.context(placeholderClasses(draft)))
                .parse(top, metrics);
        DesignSpec design = new DesignRules(errors).parse(top, slices, metrics);
        return new Plan(file, draft.sha256(), task, data, threshold, missing, slices, metrics, statistics, design);
    }

    private Task parseTask(YamlNode n, int rootLine) {
        if (n == null) {
            throw errors.at(rootLine, "missing key 'task'; expected one of " + taskIds());
        }
        if (!(n.value() instanceof String s)) {
            throw errors.at(n.line(), "'task' must be one of " + taskIds() + ", got " + n.value());
        }
        Task task;
        try {
            task = Task.parse(s);
        } catch (InvalidInputException e) {
            throw errors.at(n.line(), String.format(Locale.ROOT, "unknown task '%s'; expected one of %s", s,
                    taskIds()));
        }
        return task;
    }

    private static List<String> taskIds() {
        return java.util.Arrays.stream(Task.values()).map(Task::id).toList();
    }

    private double parseThreshold(YamlNode n) {
        if (n == null) {
            return Plan.DEFAULT_THRESHOLD;
        }
        if (!(n.value() instanceof Number x) || !Double.isFinite(x.doubleValue())) {
            throw errors.at(n.line(), "'threshold' must be a finite number, got " + n.value());
        }
        return x.doubleValue();
    }

    private MissingValues parseMissing(YamlNode n) {
        if (n == null) {
            return MissingValues.ERROR;
        }
        try {
            if (!(n.value() instanceof String s)) {
                throw new InvalidInputException("'missing' must be error or drop, got " + n.value());
            }
            return MissingValues.parse(s);
        } catch (InvalidInputException e) {
            throw errors.at(n.line(), e.getMessage());
        }
    }

    private List<String> parseSlices(YamlNode n) {
        if (n == null) {
            return List.of();
        }
        List<String> out = DesignRules.singleSlices(n, errors);
        for (int i = 0; i < out.size(); i++) {
            if (out.indexOf(out.get(i)) != i) {
                throw errors.at(n.line(), "'slices' names column '" + out.get(i) + "' twice");
            }
        }
        return out;
    }

    private List<MetricSpec> parseMetrics(YamlNode n, int rootLine, Plan draft) {
        if (n == null) {
            throw errors.at(rootLine, "missing key 'metrics'; expected a list like [{id: auc, name: roc_auc}]");
        }
        if (!(n.value() instanceof List) || n.list().isEmpty()) {
            throw errors.at(n.line(), "'metrics' must be a non-empty list of {id, name, parameters...} entries");
        }
        List<MetricSpec> out = new ArrayList<>();
        Map<String, MetricSpec> byId = new HashMap<>();
        List<YamlNode> entries = n.list();
        for (int i = 0; i < entries.size(); i++) {
            MetricSpec m = parseMetric(entries.get(i), i, draft);
            MetricSpec previous = byId.putIfAbsent(m.id(), m);
            if (previous != null) {
                throw errors.at(m.line(), String.format(Locale.ROOT,
                        "%s: duplicate metric id '%s' (already used by metrics[%d]%s); give each entry a unique id",
                        m.where(), m.id(), previous.position(),
                        previous.line() > 0 ? " on line " + previous.line() : ""));
            }
            out.add(m);
        }
        return out;
    }

    private MetricSpec parseMetric(YamlNode n, int position, Plan draft) {
        String where = "metrics[" + position + "]";
        if (!n.isMap()) {
            throw errors.at(n.line(), where + ": expected a mapping like {id: auc, name: roc_auc}, got " + n.value());
        }
        Map<String, YamlNode> m = n.map();
        YamlNode nameNode = m.get("name");
        if (nameNode == null || !(nameNode.value() instanceof String name) || name.isBlank()) {
            throw errors.at(n.line(), where + ": needs 'name', the metric name (see `verdict metrics --task "
                    + draft.task().id() + "`)");
        }
        YamlNode idNode = m.get("id");
        String id = name;
        if (idNode != null) {
            if (!idNode.isScalar() || idNode.scalarText().isBlank()) {
                throw errors.at(idNode.line(), where + ": 'id' must be a non-empty string, got " + idNode.value());
            }
            id = idNode.scalarText();
        }
        where = "metrics[" + position + "] (id " + id + ")";
        Map<String, Object> raw = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!k.equals("id") && !k.equals("name") && !DesignRules.NOT_PARAMS.contains(k)) {
                raw.put(k, v.plain());
            }
        });
        raw.keySet().removeAll(StatisticsRules.METRIC_KEYS);
        MetricDefinition def = requireMetric(draft.task(), name, where, nameNode.line());
        Params params;
        try {
            params = def.create(raw, draft.context(placeholderClasses(draft))).params();
        } catch (InvalidInputException e) {
            throw errors.at(n.line(), where + ": " + e.getMessage());
        }
        String missingInput = DataRules.missingInput(draft.task(), def.name(), params, draft.data());
        if (missingInput != null) {
            throw errors.at(n.line(), where + ": " + missingInput);
        }
        return new MetricSpec(id, name, def, raw, params, position, n.line(), new DesignRules(errors).metric(m, where));
    }

    private MetricDefinition requireMetric(Task task, String name, String where, int line) {
        java.util.Optional<MetricDefinition> found = lookup.find(task, name);
        if (found.isPresent()) {
            return found.get();
        }
        String hint = "";
        for (Task other : Task.values()) {
            if (other != task && lookup.find(other, name).isPresent()) {
                hint = " (" + name + " is a " + other.id() + " metric)";
                break;
            }
        }
        throw errors.at(line, String.format(Locale.ROOT, "%s: unknown metric '%s' for task %s%s; expected one of %s",
                where, name, task.id(), hint, lookup.forTask(task).stream().map(MetricDefinition::name).toList()));
    }

    /** Class names for validating metric configurations before the data is read. */
    private static List<String> placeholderClasses(Plan draft) {
        return switch (draft.task()) {
            case BINARY -> List.of("0", draft.data().positive() == null ? "1" : draft.data().positive());
            case MULTICLASS -> draft.data().classes();
            case MULTILABEL -> draft.data().labels();
            default -> List.of();
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
