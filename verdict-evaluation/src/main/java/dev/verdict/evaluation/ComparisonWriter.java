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
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ComparisonReport}: the JSON of {@code docs/json-output.md} ("verdict compare") and the launch-review
 * table (which metrics moved, by how much, with what confidence). NaN is written as {@code null} in JSON.
 */
public final class ComparisonWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonWriter() {
    }

    /** @return the report as JSON (pretty-printed, ending with a newline) */
    public static String toJson(ComparisonReport report) {
        try {
            return JSON.writeValueAsString(tree(report)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the comparison", e);
        }
    }

    /** Writes the JSON to a file. @throws InvalidInputException when it cannot be written */
    public static void write(ComparisonReport report, Path file) {
        try {
            Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write results to " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> tree(ComparisonReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict_version", r.verdictVersion());
        root.put("plan", Map.of("path", r.planPath(), "sha256", r.planSha256()));
        root.put("baseline", Map.of("path", r.baselinePath()));
        root.put("candidate", Map.of("path", r.candidatePath()));
        root.put("joined_on", r.joinedOn());
        root.put("rows", r.rows());
        root.put("correction", r.correction());
        root.put("alpha", r.alpha());
        root.put("warnings", r.warnings());
        List<Object> rows = new ArrayList<>();
        for (ComparisonRow c : r.comparisons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("metric", c.metric());
            m.put("slice", c.slice());
            m.put("n", c.n());
            m.put("baseline", finite(c.baseline()));
            m.put("candidate", finite(c.candidate()));
            m.put("difference", finite(c.difference()));
            if (c.ci() != null) {
                Map<String, Object> ci = new LinkedHashMap<>();
                ci.put("low", finite(c.ci().low()));
                ci.put("high", finite(c.ci().high()));
                ci.put("level", c.ci().level());
                ci.put("method", c.ci().method());
                m.put("ci", ci);
            } else {
                m.put("ci", null);
            }
            m.put("test", c.test());
            m.put("statistic", finite(c.statistic()));
            m.put("p_value", finite(c.pValue()));
            m.put("p_adjusted", finite(c.pAdjusted()));
            m.put("significant", c.significant());
            m.put("outcome", c.outcome());
            m.put("warning", c.warning());
            rows.add(m);
        }
        root.put("comparisons", rows);
        return root;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** @return the launch-review table, lines ending with a newline */
    public static String render(ComparisonReport r) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append("baseline:  ").append(r.baselinePath()).append(nl);
        sb.append("candidate: ").append(r.candidatePath()).append(nl);
        sb.append(String.format(Locale.ROOT, "paired: %d %s joined on %s; %s%% intervals of candidate - baseline; "
                + "p adjusted (%s) across %d comparisons, significant below %s%n", r.rows(),
                r.joinedOn().equals("query") ? "queries" : "rows", r.joinedOn(), TextReportWriter.bound(r.level() * 100)
                        .replaceAll("\\.?0+$", ""), r.correction(), r.comparisons().size(), r.alpha()));
        for (String w : r.warnings()) {
            sb.append("warning: ").append(w).append(nl);
        }
        int improved = 0;
        int worse = 0;
        for (ComparisonRow c : r.comparisons()) {
            improved += c.outcome().equals("improved") ? 1 : 0;
            worse += c.outcome().equals("worse") ? 1 : 0;
        }
        sb.append(String.format(Locale.ROOT, "moved: %d improved, %d worse, %d without a significant change%n%n",
                improved, worse, r.comparisons().size() - improved - worse));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "metric", "slice", "n", "baseline", "candidate", "difference", "interval",
            "test", "p", "p adj", "outcome"});
        List<String> notes = new ArrayList<>();
        for (ComparisonRow c : r.comparisons()) {
            String outcome = c.outcome();
            if (c.warning() != null) {
                notes.add(c.warning());
                outcome += " ! [" + notes.size() + "]";
            }
            rows.add(new String[] {c.id(), c.metric(), c.slice(), Long.toString(c.n()),
                TextReportWriter.bound(c.baseline()), TextReportWriter.bound(c.candidate()), signed(c.difference()),
                c.ci() == null ? "" : "[" + signed(c.ci().low()) + ", " + signed(c.ci().high()) + "]", c.test(),
                p(c.pValue()), p(c.pAdjusted()), outcome});
        }
        align(sb, rows);
        if (!notes.isEmpty()) {
            sb.append(nl);
            for (int i = 0; i < notes.size(); i++) {
                sb.append('[').append(i + 1).append("] ").append(notes.get(i)).append(nl);
            }
        }
        return sb.toString();
    }

    private static String signed(double v) {
        String s = TextReportWriter.bound(v);
        return v > 0 ? "+" + s : s;
    }

    private static String p(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void align(StringBuilder sb, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean right = c == 3 || (c >= 4 && c <= 6) || c == 9 || c == 10;
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(right ? pad + r[c] : r[c] + pad).append(c + 1 < r.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
    }
}
