package dev.verdict.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link EvaluationReport} as the JSON documented in {@code docs/json-output.md}. Non-finite numbers
 * (NaN, infinities), which JSON cannot represent, are written as {@code null}, in {@code value} and in {@code detail}.
 */
public final class JsonReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportWriter() {
    }

    /** @return the report as a JSON document (pretty-printed, ending with a newline) */
    public static String toJson(EvaluationReport report) {
        return toJson(report, Map.of());
    }

    /**
     * @param extra further top-level sections appended after {@code results} (e.g. the plan's {@code decision})
     * @return the report as a JSON document
     */
    public static String toJson(EvaluationReport report, Map<String, Object> extra) {
        try {
            Map<String, Object> tree = tree(report);
            extra.forEach((k, v) -> tree.put(k, sanitize(v)));
            return JSON.writeValueAsString(tree) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the report", e);
        }
    }

    /**
     * Writes the report to a file.
     *
     * @throws InvalidInputException when the file cannot be written (e.g. its directory does not exist)
     */
    public static void write(EvaluationReport report, Path file) {
        write(report, file, Map.of());
    }

    /** Like {@link #write(EvaluationReport, Path)}, with further top-level sections (see {@link #toJson(EvaluationReport, Map)}). */
    public static void write(EvaluationReport report, Path file, Map<String, Object> extra) {
        try {
            Files.writeString(file, toJson(report, extra), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("cannot write results to " + file + ": its directory does not exist", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException("cannot write results to " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write results to " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the report as ordered maps, lists and JSON scalars */
    static Map<String, Object> tree(EvaluationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict_version", report.verdictVersion());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("path", report.planPath());
        plan.put("sha256", report.planSha256());
        root.put("plan", plan);
        root.put("data", Map.of("path", report.dataPath()));
        root.put("rows", report.rows());
        root.put("dropped", report.dropped());
        root.put("warnings", report.warnings());
        List<Object> results = new ArrayList<>();
        for (ResultRow r : report.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("metric", r.metric());
            row.put("params", sanitize(r.params()));
            row.put("slice", r.slice());
            row.put("n", r.n());
            row.put("value", finite(r.value()));
            if (!r.detail().isEmpty()) {
                row.put("detail", sanitize(r.detail()));
            }
            row.put("warning", r.warning());
            if (r.ci() != null) {
                row.put("ci", ci(r.ci()));
            }
            results.add(row);
        }
        root.put("results", results);
        return root;
    }

    private static Map<String, Object> ci(ConfidenceInterval ci) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", finite(ci.low()));
        m.put("high", finite(ci.high()));
        m.put("level", ci.level());
        m.put("method", ci.method());
        for (Map.Entry<String, Object> e : ci.detail().entrySet()) {
            m.putIfAbsent(e.getKey(), sanitize(e.getValue()));
        }
        if (ci.warning() != null) {
            m.put("warning", ci.warning());
        }
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * @return {@code v} with non-finite doubles (also inside arrays, lists and maps) replaced by null: what every JSON
     *     Verdict writes does with NaN and infinities (results, reports, chart options)
     */
    public static Object sanitize(Object v) {
        if (v instanceof Double d) {
            return finite(d);
        }
        if (v instanceof Float f) {
            return finite(f);
        }
        if (v instanceof double[] a) {
            List<Double> out = new ArrayList<>(a.length);
            for (double x : a) {
                out.add(finite(x));
            }
            return out;
        }
        if (v instanceof double[][] a) {
            List<Object> out = new ArrayList<>(a.length);
            for (double[] x : a) {
                out.add(sanitize(x));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), sanitize(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(sanitize(x));
            }
            return out;
        }
        if (v instanceof Object[] a) {
            return sanitize(List.of(a));
        }
        return v;
    }
}
