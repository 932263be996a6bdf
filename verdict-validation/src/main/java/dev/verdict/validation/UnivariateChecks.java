package dev.verdict.validation;

import static dev.verdict.validation.DuckFiles.ident;

import dev.verdict.core.InvalidInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The univariate-leakage check on the train file: each numeric feature alone, scored against the label with
 * {@link Univariate}; above the plan's threshold it is an error. Non-numeric features are listed as not checked.
 */
final class UnivariateChecks {
    private static final String CHECK = "univariate_leakage";

    private final Connection conn;
    private final LeakageConfig cfg;
    private final Map<String, String> types;
    private final List<Finding> findings;

    UnivariateChecks(Connection conn, LeakageConfig cfg, Map<String, String> trainTypes, List<Finding> findings) {
        this.conn = conn;
        this.cfg = cfg;
        this.types = trainTypes;
        this.findings = findings;
    }

    void run(List<String> features) throws SQLException {
        String task = cfg.task() == null ? null : cfg.task().toLowerCase(Locale.ROOT);
        if (cfg.label() == null || task == null || !List.of("binary", "multiclass", "regression").contains(task)) {
            findings.add(Finding.of(CHECK, Severity.INFO, "not checked: needs the plan's data.label and a binary, "
                    + "multiclass or regression task", 0));
            return;
        }
        List<String> numeric = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String f : features) {
            if (!f.equals(cfg.label())) {
                (isNumeric(types.get(f)) ? numeric : skipped).add(f);
            }
        }
        if (!skipped.isEmpty()) {
            findings.add(Finding.of(CHECK, Severity.INFO, "not checked (not numeric): " + String.join(", ", skipped),
                    skipped.size()));
        }
        if (numeric.isEmpty()) {
            return;
        }
        double[][] x = readFeatures(numeric);
        List<String> labelNames = new ArrayList<>();
        Object y = task.equals("regression") ? readTarget() : readClasses(labelNames);
        double limit = task.equals("regression") ? cfg.maxR2() : cfg.maxAuc();
        String measure = task.equals("regression") ? "R²" : "AUC";
        List<Map<String, Object>> flagged = new ArrayList<>();
        String best = null;
        double bestValue = Double.NaN;
        for (int j = 0; j < numeric.size(); j++) {
            Map<String, Object> row = new LinkedHashMap<>();
            double v = score(task, x[j], y, labelNames, row);
            if (v == v && !(v <= bestValue)) {
                bestValue = v;
                best = numeric.get(j);
            }
            if (v > limit) {
                Map<String, Object> ex = new LinkedHashMap<>();
                ex.put("feature", numeric.get(j));
                ex.put(task.equals("regression") ? "r2" : "auc", v);
                ex.putAll(row);
                flagged.add(ex);
            }
        }
        report(flagged, numeric.size(), best, bestValue, limit, measure);
    }

    private void report(List<Map<String, Object>> flagged, int checked, String best, double bestValue, double limit,
            String measure) {
        if (flagged.isEmpty()) {
            findings.add(Finding.of(CHECK, Severity.INFO, String.format(Locale.ROOT, "no feature alone predicts "
                    + "the label above %s %.4g (%d checked; strongest: %s, %s %.4f)", measure, limit, checked,
                    best == null ? "none" : best, measure, bestValue), 0));
            return;
        }
        flagged.sort((a, b) -> Double.compare(((Number) b.get(measure.equals("AUC") ? "auc" : "r2")).doubleValue(),
                ((Number) a.get(measure.equals("AUC") ? "auc" : "r2")).doubleValue()));
        List<String> names = new ArrayList<>();
        for (Map<String, Object> f : flagged) {
            names.add((String) f.get("feature"));
        }
        findings.add(new Finding(CHECK, Severity.ERROR, String.format(Locale.ROOT, "%d feature(s) alone predict the "
                + "label on the train file with %s above %.4g: %s; a feature this strong is often derived from the "
                + "label", flagged.size(), measure, limit, String.join(", ", names)), flagged.size(),
                flagged.subList(0, Math.min(flagged.size(), LeakageChecker.EXAMPLES))));
    }

    private static double score(String task, double[] x, Object y, List<String> names, Map<String, Object> row) {
        switch (task) {
            case "regression":
                return Univariate.r2(x, (double[]) y);
            case "binary":
                return Univariate.auc(x, (int[]) y);
            default: {
                double[] r = Univariate.multiclassAuc(x, (int[]) y, names.size());
                if (r[1] >= 0) {
                    row.put("class", names.get((int) r[1]));
                }
                return r[0];
            }
        }
    }

    private double[][] readFeatures(List<String> numeric) throws SQLException {
        int n = (int) DuckFiles.scalarLong(conn, "SELECT count(*) FROM " + LeakageChecker.TRAIN);
        double[][] x = new double[numeric.size()][n];
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int j = 0; j < numeric.size(); j++) {
            sql.append(j == 0 ? "" : ", ").append("CAST(").append(ident(numeric.get(j))).append(" AS DOUBLE)");
        }
        sql.append(" FROM ").append(LeakageChecker.TRAIN).append(" ORDER BY rowid");
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            int i = 0;
            while (rs.next()) {
                for (int j = 0; j < x.length; j++) {
                    double v = rs.getDouble(j + 1);
                    x[j][i] = rs.wasNull() || !Double.isFinite(v) ? Double.NaN : v;
                }
                i++;
            }
        }
        return x;
    }

    private double[] readTarget() throws SQLException {
        List<Double> out = new ArrayList<>();
        String l = ident(cfg.label());
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT TRY_CAST(" + l
                + " AS DOUBLE), " + l + " IS NOT NULL FROM " + LeakageChecker.TRAIN + " ORDER BY rowid")) {
            while (rs.next()) {
                double v = rs.getDouble(1);
                boolean bad = rs.wasNull();
                if (bad && rs.getBoolean(2)) {
                    throw new InvalidInputException("train file: label column \"" + cfg.label() + "\" (data.label) "
                            + "must be numeric for a regression task; row " + (out.size() + 1) + " is not");
                }
                out.add(bad ? Double.NaN : v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Codes the label by first appearance (binary: 1 = the positive label); -1 for a missing label. */
    private int[] readClasses(List<String> names) throws SQLException {
        String l = ident(cfg.label());
        List<String> values = new ArrayList<>();
        boolean numeric = isNumeric(types.get(cfg.label()));
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT " + (numeric
                ? "CAST(" + l + " AS DOUBLE)" : "CAST(" + l + " AS VARCHAR)") + " FROM " + LeakageChecker.TRAIN
                + " ORDER BY rowid")) {
            while (rs.next()) {
                if (numeric) {
                    double d = rs.getDouble(1);
                    values.add(rs.wasNull() ? null : d == Math.rint(d) && Math.abs(d) < 1e15
                            ? Long.toString((long) d) : Double.toString(d));
                } else {
                    values.add(rs.getString(1));
                }
            }
        }
        int[] out = new int[values.size()];
        Map<String, Integer> code = new HashMap<>();
        boolean binary = "binary".equalsIgnoreCase(cfg.task());
        String positive = cfg.positive() != null ? cfg.positive() : values.contains("1") ? "1" : "true";
        for (int i = 0; i < out.length; i++) {
            String v = values.get(i);
            if (v == null) {
                out[i] = -1;
            } else if (binary) {
                out[i] = v.equals(positive) ? 1 : 0;
            } else {
                out[i] = code.computeIfAbsent(v, k -> {
                    names.add(k);
                    return names.size() - 1;
                });
            }
        }
        return out;
    }

    static boolean isNumeric(String duckType) {
        if (duckType == null) {
            return false;
        }
        String t = duckType.toUpperCase(Locale.ROOT);
        return t.equals("BOOLEAN") || t.startsWith("DECIMAL") || List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT",
                "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE").contains(t);
    }
}
