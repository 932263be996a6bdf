package dev.verdict.validation;

import static dev.verdict.validation.DuckFiles.ident;
import static dev.verdict.validation.LeakageChecker.TEST;
import static dev.verdict.validation.LeakageChecker.TRAIN;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The leakage checks that are joins between the train and test tables, run in DuckDB. */
final class SqlChecks {
    private final Connection conn;
    private final LeakageConfig cfg;
    private final List<Finding> findings;

    SqlChecks(Connection conn, LeakageConfig cfg, List<Finding> findings) {
        this.conn = conn;
        this.cfg = cfg;
        this.findings = findings;
    }

    /** Test rows equal to some train row in every compared column (NULL equals NULL). */
    void duplicates(List<String> cols) throws SQLException {
        if (cols.isEmpty()) {
            findings.add(Finding.of("duplicate_rows", Severity.INFO, "no feature or label column to compare", 0));
            return;
        }
        StringBuilder on = new StringBuilder();
        for (String c : cols) {
            on.append(on.length() == 0 ? "" : " AND ").append("s.").append(ident(c)).append(" IS NOT DISTINCT FROM t.")
                    .append(ident(c));
        }
        String matched = "SELECT s.rowid AS sr, min(t.rowid) AS tr FROM " + TEST + " s JOIN " + TRAIN + " t ON " + on
                + " GROUP BY s.rowid";
        long count = DuckFiles.scalarLong(conn, "SELECT count(*) FROM (" + matched + ")");
        long testRows = DuckFiles.scalarLong(conn, "SELECT count(*) FROM " + TEST);
        String what = cols.size() + " compared column(s): " + String.join(", ", cols);
        if (count == 0) {
            findings.add(Finding.of("duplicate_rows", Severity.INFO, "no test row duplicates a train row (" + what
                    + ")", 0));
            return;
        }
        String id = cfg.id() == null ? "" : ", s." + ident(cfg.id()) + " AS test_id, t." + ident(cfg.id())
                + " AS train_id";
        List<Map<String, Object>> ex = LeakageChecker.examples(conn, "SELECT m.sr + 1 AS test_row, m.tr + 1 AS "
                + "train_row" + id + " FROM (" + matched + ") m JOIN " + TEST + " s ON s.rowid = m.sr JOIN " + TRAIN
                + " t ON t.rowid = m.tr ORDER BY m.sr");
        findings.add(new Finding("duplicate_rows", Severity.ERROR, String.format(Locale.ROOT,
                "%d of %d test rows (%.2f%%) also appear in the train file with identical values (%s): the model "
                        + "is scored on rows it was trained on", count, testRows, 100.0 * count / testRows, what),
                count, ex));
    }

    /** Group ids (users, sessions) present in both files. */
    void sharedGroups() throws SQLException {
        if (cfg.group() == null) {
            return;
        }
        String g = ident(cfg.group());
        String shared = "SELECT x." + g + " AS grp, x.n AS train_rows, y.n AS test_rows FROM (SELECT " + g
                + ", count(*) AS n FROM " + TRAIN + " WHERE " + g + " IS NOT NULL GROUP BY " + g + ") x JOIN (SELECT "
                + g + ", count(*) AS n FROM " + TEST + " GROUP BY " + g + ") y ON x." + g + " = y." + g;
        long groups;
        long rows;
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), coalesce(sum(test_rows), 0) FROM (" + shared + ")")) {
            rs.next();
            groups = rs.getLong(1);
            rows = rs.getLong(2);
        }
        if (groups == 0) {
            findings.add(Finding.of("shared_groups", Severity.INFO, "no " + cfg.group()
                    + " value appears in both files", 0));
            return;
        }
        List<Map<String, Object>> ex = LeakageChecker.examples(conn, "SELECT CAST(grp AS VARCHAR) AS "
                + ident(cfg.group()) + ", train_rows, test_rows FROM (" + shared + ") ORDER BY test_rows DESC, grp");
        findings.add(new Finding("shared_groups", Severity.ERROR, String.format(Locale.ROOT,
                "%d %s value(s) appear in both files (%d test rows): the test set is not independent of training "
                        + "for these groups", groups, cfg.group(), rows), groups, ex));
    }

    /** Test rows whose time is earlier than the latest train time. */
    void temporalOverlap() throws SQLException {
        if (cfg.time() == null) {
            return;
        }
        String t = ident(cfg.time());
        String maxTrain = "(SELECT max(" + t + ") FROM " + TRAIN + ")";
        String last;
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT CAST(" + maxTrain + " AS VARCHAR)")) {
            rs.next();
            last = rs.getString(1);
        }
        String early = "FROM " + TEST + " WHERE " + t + " < " + maxTrain;
        long count = DuckFiles.scalarLong(conn, "SELECT count(*) " + early);
        if (count == 0) {
            findings.add(Finding.of("temporal_overlap", Severity.INFO, "every test row is at or after the last train "
                    + "time (" + cfg.time() + " = " + last + ")", 0));
            return;
        }
        String id = cfg.id() == null ? "" : ident(cfg.id()) + ", ";
        List<Map<String, Object>> ex = LeakageChecker.examples(conn, "SELECT rowid + 1 AS test_row, " + id
                + "CAST(" + t + " AS VARCHAR) AS " + t + " " + early + " ORDER BY " + t + ", rowid");
        findings.add(new Finding("temporal_overlap", Severity.ERROR, String.format(Locale.ROOT,
                "%d test row(s) have %s earlier than the last train time (%s): training used events from after "
                        + "these test rows", count, cfg.time(), last), count, ex));
    }

    /** Rows whose declared feature time is after the prediction time, in either file. */
    void featureTimes() throws SQLException {
        if (cfg.featureTimes().isEmpty()) {
            return;
        }
        String p = ident(cfg.predictionTime());
        List<String> clean = new ArrayList<>();
        for (Map.Entry<String, String> e : cfg.featureTimes().entrySet()) {
            String ft = ident(e.getValue());
            String id = cfg.id() == null ? "" : ident(cfg.id()) + ", ";
            String late = " WHERE " + ft + " > " + p;
            long count = 0;
            List<Map<String, Object>> ex = new ArrayList<>();
            for (String table : new String[] {TRAIN, TEST}) {
                count += DuckFiles.scalarLong(conn, "SELECT count(*) FROM " + table + late);
                if (ex.size() < LeakageChecker.EXAMPLES) {
                    String file = table.equals(TRAIN) ? "train" : "test";
                    ex.addAll(LeakageChecker.examples(conn, "SELECT '" + file + "' AS file, rowid + 1 AS row, " + id
                            + "CAST(" + ft + " AS VARCHAR) AS " + ft + ", CAST(" + p + " AS VARCHAR) AS " + p
                            + " FROM " + table + late + " ORDER BY rowid"));
                }
            }
            if (count == 0) {
                clean.add(e.getKey());
                continue;
            }
            findings.add(new Finding("feature_after_prediction_time", Severity.ERROR, String.format(Locale.ROOT,
                    "feature %s was observed after the prediction time in %d row(s) (%s > %s): it is not available "
                            + "when the prediction is made", e.getKey(), count, e.getValue(), cfg.predictionTime()),
                    count, ex.subList(0, Math.min(ex.size(), LeakageChecker.EXAMPLES))));
        }
        if (!clean.isEmpty()) {
            findings.add(Finding.of("feature_after_prediction_time", Severity.INFO, "observed at or before the "
                    + "prediction time in every row: " + String.join(", ", clean), 0));
        }
    }
}
