package dev.verdict.validation;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code verdict leakage}: compares a training and a test file for leakage. Both files are loaded into an in-memory
 * DuckDB database; the set checks (duplicates, groups, times) run as SQL joins, the univariate check reads the train
 * file's numeric features into arrays and scores them with the core metrics ({@link Univariate}).
 */
public final class LeakageChecker {
    /** How many examples a finding shows at most. */
    public static final int EXAMPLES = 5;

    static final String TRAIN = "verdict_train";
    static final String TEST = "verdict_test";

    private final Path train;
    private final Path test;
    private final LeakageConfig cfg;
    private final List<Finding> findings = new ArrayList<>();
    private Map<String, String> trainCols;
    private Map<String, String> testCols;

    private LeakageChecker(Path train, Path test, LeakageConfig cfg) {
        this.train = train;
        this.test = test;
        this.cfg = cfg;
    }

    /**
     * Runs every applicable check.
     *
     * @param train the training file
     * @param test the test file
     * @param cfg what the plan declares
     * @return the findings, in check order
     * @throws InvalidInputException for a missing or unreadable file or a declared column absent from a file
     */
    public static List<Finding> run(Path train, Path test, LeakageConfig cfg) {
        return new LeakageChecker(train, test, cfg).run();
    }

    private List<Finding> run() {
        try (Connection conn = DuckFiles.connect()) {
            trainCols = DuckFiles.load(conn, train, TRAIN, "--train");
            testCols = DuckFiles.load(conn, test, TEST, "--test");
            checkDeclaredColumns();
            List<String> features = features();
            SqlChecks sql = new SqlChecks(conn, cfg, findings);
            sql.duplicates(duplicateColumns(features));
            sql.sharedGroups();
            sql.temporalOverlap();
            sql.featureTimes();
            new UnivariateChecks(conn, cfg, trainCols, findings).run(features);
            return List.copyOf(findings);
        } catch (SQLException e) {
            throw new InvalidInputException("cannot compare " + train + " and " + test + ": " + DuckFiles.reason(e),
                    e);
        }
    }

    private void checkDeclaredColumns() {
        requireBoth(cfg.id(), "data.id");
        requireBoth(cfg.group(), "validation.group");
        requireBoth(cfg.time(), "validation.time");
        requireBoth(cfg.predictionTime(), "validation.prediction_time");
        if (!cfg.featureTimes().isEmpty() && cfg.predictionTime() == null) {
            throw new InvalidInputException("plan " + cfg.plan() + ": 'validation.feature_times' needs "
                    + "'validation.prediction_time', the column holding when each prediction is made");
        }
        for (Map.Entry<String, String> e : cfg.featureTimes().entrySet()) {
            requireBoth(e.getValue(), "validation.feature_times." + e.getKey());
        }
        if (cfg.label() != null) {
            DuckFiles.requireColumn(trainCols, cfg.label(), "data.label", train);
        }
        if (cfg.features() != null) {
            for (String f : cfg.features()) {
                requireBoth(f, "validation.features");
            }
        }
    }

    private void requireBoth(String column, String role) {
        if (column != null) {
            DuckFiles.requireColumn(trainCols, column, role, train);
            DuckFiles.requireColumn(testCols, column, role, test);
        }
    }

    /** The declared features, or every train column that plays no other role and is also in the test file. */
    private List<String> features() {
        if (cfg.features() != null) {
            return cfg.features();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String c : new String[] {cfg.label(), cfg.id(), cfg.group(), cfg.time(), cfg.predictionTime()}) {
            if (c != null) {
                roles.add(c);
            }
        }
        roles.addAll(cfg.featureTimes().values());
        List<String> out = new ArrayList<>();
        List<String> trainOnly = new ArrayList<>();
        for (String c : trainCols.keySet()) {
            if (!roles.contains(c)) {
                (testCols.containsKey(c) ? out : trainOnly).add(c);
            }
        }
        if (!trainOnly.isEmpty()) {
            findings.add(Finding.of("features", Severity.INFO, String.format(Locale.ROOT,
                    "%d train column(s) are not in the test file and are not compared: %s", trainOnly.size(),
                    String.join(", ", trainOnly)), trainOnly.size()));
        }
        return out;
    }

    private List<String> duplicateColumns(List<String> features) {
        List<String> cols = new ArrayList<>(features);
        if (cfg.label() != null && testCols.containsKey(cfg.label()) && !cols.contains(cfg.label())) {
            cols.add(cfg.label());
        }
        return cols;
    }

    /** Reads up to {@link #EXAMPLES} rows of {@code sql} as maps of column label to JSON-friendly value. */
    static List<Map<String, Object>> examples(Connection conn, String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql + " LIMIT " + EXAMPLES)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    row.put(md.getColumnLabel(c), v == null || v instanceof Number || v instanceof Boolean ? v
                            : v.toString());
                }
                out.add(row);
            }
        }
        return out;
    }
}
