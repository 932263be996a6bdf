package dev.verdict.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code verdict leakage} reads from a plan: {@code task}, {@code data.label}, {@code data.id},
 * {@code data.positive}, and the optional top-level {@code validation:} section (format: docs/validation.md). The
 * rest of the plan is not read here (so a plan without metrics is fine).
 *
 * @param plan the plan file
 * @param task the plan's task id (binary, multiclass, regression, ...), or null
 * @param label the label column, or null
 * @param id the row-id column, or null
 * @param positive the binary positive label as text, or null for the default (1, else true)
 * @param group the group column (user, session), or null
 * @param time the event-time column, or null
 * @param predictionTime the prediction-time column, or null
 * @param featureTimes feature column -> the column holding the time that feature's value was observed
 * @param features the feature columns, or null for the default (every train column but the roles above)
 * @param maxAuc univariate AUC (max(auc, 1 - auc)) above which a feature is an error
 * @param maxR2 univariate R² above which a feature is an error
 */
public record LeakageConfig(Path plan, String task, String label, String id, String positive, String group,
        String time, String predictionTime, Map<String, String> featureTimes, List<String> features, double maxAuc,
        double maxR2) {
    /** Accepted keys of the {@code validation:} section. */
    public static final List<String> KEYS = List.of("group", "time", "prediction_time", "feature_times", "features",
            "max_univariate_auc", "max_univariate_r2");
    /** Default for both thresholds. */
    public static final double DEFAULT_MAX = 0.95;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * Reads the parts of a plan the leakage checks use.
     *
     * @param plan the plan file
     * @return the configuration
     * @throws InvalidInputException for a missing file, malformed YAML or a malformed {@code validation:} section
     */
    public static LeakageConfig load(Path plan) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(plan));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("plan file " + plan + " does not exist");
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            int nl = m.indexOf('\n');
            throw new InvalidInputException("plan " + plan + ": malformed YAML: " + (nl < 0 ? m : m.substring(0, nl)),
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("plan " + plan + ": a plan must be a YAML mapping");
        }
        JsonNode data = root.path("data");
        JsonNode v = root.path("validation");
        if (!v.isMissingNode() && !v.isNull() && !v.isObject()) {
            throw err(plan, "'validation' must be a mapping with the keys " + KEYS);
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw err(plan, "unknown validation key '" + k + "'; accepted keys are " + KEYS);
            }
        }
        return new LeakageConfig(plan, text(plan, root, "task", "task"), text(plan, data, "label", "data.label"),
                text(plan, data, "id", "data.id"), text(plan, data, "positive", "data.positive"),
                text(plan, v, "group", "validation.group"), text(plan, v, "time", "validation.time"),
                text(plan, v, "prediction_time", "validation.prediction_time"), featureTimes(plan, v),
                features(plan, v), threshold(plan, v, "max_univariate_auc", 0.5),
                threshold(plan, v, "max_univariate_r2", 0.0));
    }

    private static String text(Path plan, JsonNode parent, String key, String where) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw err(plan, "'" + where + "' must be a name (a string), got " + n);
        }
        return n.asText();
    }

    private static Map<String, String> featureTimes(Path plan, JsonNode v) {
        JsonNode n = v.path("feature_times");
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw err(plan, "'validation.feature_times' must map feature columns to time columns, like "
                    + "{f1: f1_ts}, got " + n);
        }
        n.fields().forEachRemaining(e -> out.put(e.getKey(), text(plan, n, e.getKey(),
                "validation.feature_times." + e.getKey())));
        return out;
    }

    private static List<String> features(Path plan, JsonNode v) {
        JsonNode n = v.path("features");
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isArray() || n.isEmpty()) {
            throw err(plan, "'validation.features' must be a non-empty list of column names, got " + n);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isValueNode() || e.asText().isBlank()) {
                throw err(plan, "'validation.features' must list column names, got " + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    private static double threshold(Path plan, JsonNode v, String key, double floor) {
        JsonNode n = v.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return DEFAULT_MAX;
        }
        if (!n.isNumber() || !(n.asDouble() > floor && n.asDouble() <= 1.0)) {
            throw err(plan, "'validation." + key + "' must be a number in (" + floor + ", 1], got " + n);
        }
        return n.asDouble();
    }

    private static InvalidInputException err(Path plan, String message) {
        return new InvalidInputException("plan " + plan + ": " + message);
    }
}
