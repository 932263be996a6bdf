package dev.verdict.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints leakage findings as text and writes them as JSON (format: docs/validation.md). */
public final class FindingsReport {
    private FindingsReport() {
    }

    /** @return how many findings have the severity */
    public static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** @return the findings as a readable list, errors first, then a summary line */
    public static String render(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            for (Finding f : findings) {
                if (f.severity() != s) {
                    continue;
                }
                sb.append(String.format("%-7s %s: %s%n", s.id().toUpperCase(java.util.Locale.ROOT), f.check(),
                        f.message()));
                for (Map<String, Object> ex : f.examples()) {
                    sb.append("          e.g. ").append(exampleText(ex)).append(System.lineSeparator());
                }
            }
        }
        sb.append(String.format("%d error(s), %d warning(s), %d info%n", count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.INFO)));
        return sb.toString();
    }

    private static String exampleText(Map<String, Object> ex) {
        List<String> parts = new ArrayList<>();
        ex.forEach((k, v) -> parts.add(k + "=" + (v instanceof Double d ? String.format("%.4f", d) : v)));
        return String.join(", ", parts);
    }

    /**
     * Writes {@code {"train", "test", "plan", "summary": {errors, warnings, info}, "findings": [...]}}.
     *
     * @throws InvalidInputException when the file cannot be written
     */
    public static void writeJson(List<Finding> findings, Path train, Path test, Path plan, Path out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("train", train.toString());
        root.put("test", test.toString());
        root.put("plan", plan.toString());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", count(findings, Severity.ERROR));
        summary.put("warnings", count(findings, Severity.WARNING));
        summary.put("info", count(findings, Severity.INFO));
        root.put("summary", summary);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", f.check());
            m.put("severity", f.severity().id());
            m.put("message", f.message());
            m.put("count", f.count());
            m.put("examples", f.examples());
            list.add(m);
        }
        root.put("findings", list);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), root);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
