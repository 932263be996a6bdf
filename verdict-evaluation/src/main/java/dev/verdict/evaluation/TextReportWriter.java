package dev.verdict.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link EvaluationReport} as an aligned text table: id, metric, slice, n, value and a {@code !} marker
 * for results with a warning; the warnings follow the table, numbered.
 */
public final class TextReportWriter {
    private static final String[] HEADER = {"id", "metric", "slice", "n", "value", ""};

    private TextReportWriter() {
    }

    /** @return the table and its notes, lines ending with a newline */
    public static String render(EvaluationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "data: %s  rows: %d  dropped: %d%n", report.dataPath(), report.rows(),
                report.dropped()));
        for (String w : report.warnings()) {
            sb.append("warning: ").append(w).append(System.lineSeparator());
        }
        sb.append(System.lineSeparator());
        List<String[]> rows = new ArrayList<>();
        String ciHeader = ciHeader(report);
        rows.add(ciHeader == null ? HEADER : new String[] {"id", "metric", "slice", "n", "value", ciHeader, ""});
        List<String> notes = new ArrayList<>();
        for (ResultRow r : report.results()) {
            String mark = "";
            if (r.warning() != null) {
                notes.add(r.warning());
                mark = "! [" + notes.size() + "]";
            }
            if (r.ci() != null && r.ci().warning() != null) {
                notes.add("interval: " + r.ci().warning());
                mark += (mark.isEmpty() ? "! [" : " [") + notes.size() + "]";
            }
            String[] cells = {r.id(), r.metric(), r.slice(), Long.toString(r.n()), value(r.value()), mark};
            if (ciHeader != null) {
                cells = new String[] {cells[0], cells[1], cells[2], cells[3], cells[4], interval(r.ci()), mark};
            }
            rows.add(cells);
        }
        appendAligned(sb, rows);
        if (!notes.isEmpty()) {
            sb.append(System.lineSeparator());
            for (int i = 0; i < notes.size(); i++) {
                sb.append('[').append(i + 1).append("] ").append(notes.get(i)).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    /**
     * Renders the per-query values of the results that carry them (ranking metrics: {@code detail.queries} and
     * {@code detail.per_query}) on {@code all} as a table with one row per query and one column per metric id, in
     * plan order.
     *
     * @return the table, or a one-line note when no result has per-query values
     */
    public static String renderPerQuery(EvaluationReport report) {
        List<ResultRow> withValues = new ArrayList<>();
        java.util.LinkedHashSet<String> queries = new java.util.LinkedHashSet<>();
        for (ResultRow r : report.results()) {
            if (r.slice().equals(ResultRow.ALL) && r.detail().get("queries") instanceof List<?> q
                    && r.detail().get("per_query") instanceof double[]) {
                withValues.add(r);
                q.forEach(x -> queries.add(String.valueOf(x)));
            }
        }
        if (withValues.isEmpty()) {
            return "no per-query values (only ranking metrics have them)" + System.lineSeparator();
        }
        List<String> header = new ArrayList<>(List.of("query"));
        List<java.util.Map<String, Double>> byQuery = new ArrayList<>();
        for (ResultRow r : withValues) {
            header.add(r.id());
            List<?> q = (List<?>) r.detail().get("queries");
            double[] v = (double[]) r.detail().get("per_query");
            java.util.Map<String, Double> m = new java.util.HashMap<>();
            for (int i = 0; i < v.length; i++) {
                m.put(String.valueOf(q.get(i)), v[i]);
            }
            byQuery.add(m);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.join("\t", header)).append(System.lineSeparator());
        for (String q : queries) {
            StringBuilder line = new StringBuilder(q);
            for (java.util.Map<String, Double> m : byQuery) {
                Double v = m.get(q);
                line.append('\t').append(v == null ? "-" : value(v));
            }
            sb.append(line).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** @return the interval column's header, e.g. {@code 95% interval (method)}, or null when no result has one */
    private static String ciHeader(EvaluationReport report) {
        for (ResultRow r : report.results()) {
            if (r.ci() != null) {
                return String.format(Locale.ROOT, "%s%% interval", level(r.ci().level()));
            }
        }
        return null;
    }

    private static String level(double level) {
        double pct = level * 100;
        return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
    }

    /** @return {@code [low, high] method}, or empty when the row has no interval */
    static String interval(ConfidenceInterval ci) {
        if (ci == null) {
            return "";
        }
        return "[" + bound(ci.low()) + ", " + bound(ci.high()) + "] " + ci.method();
    }

    /** @return four decimals, or four significant digits for very small or large magnitudes */
    static String bound(double v) {
        if (!Double.isFinite(v)) {
            return value(v);
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a != 0 && (a < 1e-3 || a >= 1e9) ? "%.4g" : "%.4f", v);
    }

    private static void appendAligned(StringBuilder sb, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean right = c == 3 || c == 4;
                String cell = right ? " ".repeat(width[c] - r[c].length()) + r[c]
                        : r[c] + " ".repeat(width[c] - r[c].length());
                line.append(cell).append(c + 1 < r.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    /** @return six decimals, or six significant digits for very small or large magnitudes; NaN as {@code NaN} */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e9)) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
