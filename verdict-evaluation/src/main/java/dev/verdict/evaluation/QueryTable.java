package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.io.ColumnType;
import dev.verdict.io.DataReader;
import dev.verdict.io.DataTable;
import dev.verdict.io.MissingPolicy;
import dev.verdict.plan.DataSpec;
import dev.verdict.plan.MissingValues;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-query table of a ranking plan: one row per query, holding the columns the plan's operational metrics and
 * slices read (latency, cost, query category). It is {@code data.queries}, read by the {@link DataReader} and matched
 * to the ranking queries by the id's text; or, for a ranking table without {@code data.queries}, the main table
 * itself, reduced to one row per query (each such column must then hold one value per query).
 *
 * <p>Rules of {@code data.queries}: every id must be a query of the run or the qrels (ranking table: of
 * {@code data.query}), at most one row per id, and every query of the run needs a row (qrels topics without a run
 * row may be absent). With {@code missing: drop}, queries without a row are allowed and left out of the per-query
 * metrics and of every slice (a warning counts them). Violations are {@link InvalidInputException}s naming the file,
 * column and row.
 */
final class QueryTable {
    /** One slice of queries. @param name {@code column=value} @param rows its rows of this table, ascending */
    record Slice(String name, int[] rows) {
    }

    private final DataTable table;
    private final ColumnPlan columns;
    private final RowRef ref;
    private final int[] query;
    private final int queryCount;
    private final List<String> warnings;

    private QueryTable(DataTable table, ColumnPlan columns, RowRef ref, int[] query, int queryCount,
            List<String> warnings) {
        this.table = table;
        this.columns = columns;
        this.ref = ref;
        this.query = query;
        this.queryCount = queryCount;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code data.queries} and matches its ids to the ranking queries.
     *
     * @param plan a ranking plan with {@code data.queries}
     * @param queryNames the ranking query ids by code
     * @param runGroup the query code of each run row
     * @param against where the ids come from, for messages (e.g. {@code the run (run.txt) or the qrels (...)})
     * @return the table, row order as in the file
     */
    static QueryTable read(Plan plan, List<String> queryNames, int[] runGroup, String against) {
        DataSpec.Queries spec = plan.data().queries();
        ColumnPlan columns = ColumnPlan.ofQueries(plan);
        MissingPolicy policy = plan.missing() == MissingValues.DROP ? MissingPolicy.DROP : MissingPolicy.ERROR;
        DataTable table = DataReader.read(spec.path(), columns.requests(), policy);
        RowRef ref = new RowRef(table, columns, spec.id());
        int[] query = match(table, ref, spec.id(), queryNames, against);
        List<String> warnings = new ArrayList<>();
        String missing = missing(query, queryNames, runGroup);
        if (missing != null) {
            if (policy == MissingPolicy.ERROR) {
                throw new InvalidInputException(ref.column(spec.id()) + ": " + missing + "; every query of the run "
                        + "needs one row (qrels topics without run rows may be absent; with missing: drop, queries "
                        + "without a row are left out of the per-query metrics and the slices)");
            }
            warnings.add(ref.column(spec.id()) + ": " + missing + "; they are left out of the per-query metrics and "
                    + "the slices (missing: drop)");
        }
        return new QueryTable(table, columns, ref, query, queryNames.size(), warnings);
    }

    private static int[] match(DataTable table, RowRef ref, String id, List<String> queryNames, String against) {
        Map<String, Integer> code = new HashMap<>();
        for (int q = 0; q < queryNames.size(); q++) {
            code.put(queryNames.get(q), q);
        }
        int[] ids = table.codes(id);
        List<String> dict = table.dictionary(id);
        int[] query = new int[table.rows()];
        int[] rowOf = new int[queryNames.size()];
        java.util.Arrays.fill(rowOf, -1);
        for (int i = 0; i < query.length; i++) {
            String name = dict.get(ids[i]);
            Integer q = code.get(name);
            if (q == null) {
                throw ref.at(id, i, String.format(Locale.ROOT, "query '%s' does not occur in %s", name, against));
            }
            if (rowOf[q] >= 0) {
                throw ref.at(id, i, String.format(Locale.ROOT, "query '%s' has a second row (also %s); the per-query "
                        + "table needs one row per query", name, ref.row(rowOf[q])));
            }
            rowOf[q] = i;
            query[i] = q;
        }
        return query;
    }

    /** @return "no row for 2 queries of the run: 'a', 'b'", or null when every run query has a row */
    private static String missing(int[] query, List<String> queryNames, int[] runGroup) {
        boolean[] has = new boolean[queryNames.size()];
        for (int q : query) {
            has[q] = true;
        }
        boolean[] inRun = new boolean[queryNames.size()];
        for (int q : runGroup) {
            inRun[q] = true;
        }
        List<String> absent = new ArrayList<>();
        for (int q = 0; q < has.length; q++) {
            if (inRun[q] && !has[q]) {
                absent.add(queryNames.get(q));
            }
        }
        if (absent.isEmpty()) {
            return null;
        }
        List<String> shown = absent.subList(0, Math.min(10, absent.size()));
        return String.format(Locale.ROOT, "no row for %d %s of the run: %s%s", absent.size(),
                absent.size() == 1 ? "query" : "queries", inner(RowRef.quoted(shown)),
                absent.size() > shown.size() ? ", ..." : "");
    }

    private static String inner(String bracketed) {
        return bracketed.substring(1, bracketed.length() - 1);
    }

    /**
     * The main table of a ranking plan without {@code data.queries}, one row per query (its first row): the per-query
     * columns (operational metric columns, slices) must hold one value per query.
     *
     * @param plan the plan
     * @param main the ranking table
     * @param columns how it was read
     * @param group the query code of each row
     * @param queryCount the number of query codes
     * @return the table, one row per query in code order
     */
    static QueryTable collapse(Plan plan, DataTable main, ColumnPlan columns, int[] group, int queryCount) {
        RowRef ref = new RowRef(main, columns, null);
        int[] first = new int[queryCount];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < group.length; i++) {
            if (first[group[i]] < 0) {
                first[group[i]] = i;
            }
        }
        Map<String, double[]> numbers = new LinkedHashMap<>();
        Map<String, int[]> codes = new LinkedHashMap<>();
        Map<String, List<String>> dicts = new LinkedHashMap<>();
        for (String c : perQueryColumns(plan)) {
            if (columns.type(c) == ColumnType.NUMBER) {
                numbers.put(c, constant(ref, c, main.numbers(c), group, first));
            } else {
                codes.put(c, constant(ref, c, main.codes(c), group, first));
                dicts.put(c, main.dictionary(c));
            }
        }
        long[] source = new long[queryCount];
        int[] query = new int[queryCount];
        for (int q = 0; q < queryCount; q++) {
            source[q] = main.sourceRow(first[q]);
            query[q] = q;
        }
        DataTable table = new DataTable(main.file(), queryCount, 0, numbers, codes, dicts, source);
        return new QueryTable(table, columns, new RowRef(table, columns, null), query, queryCount, List.of());
    }

    /** @return the columns read per query: the metric-named columns, then the slice columns */
    static List<String> perQueryColumns(Plan plan) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(MetricColumns.of(plan).keySet());
        out.addAll(SliceGroups.columns(plan));
        return List.copyOf(out);
    }

    private static double[] constant(RowRef ref, String column, double[] v, int[] group, int[] first) {
        double[] out = new double[first.length];
        for (int q = 0; q < first.length; q++) {
            out[q] = v[first[q]];
        }
        for (int i = 0; i < v.length; i++) {
            if (Double.compare(v[i], out[group[i]]) != 0) {
                throw varies(ref, column, i, first[group[i]], BatchBuilder.fmt(v[i]), BatchBuilder.fmt(out[group[i]]));
            }
        }
        return out;
    }

    private static int[] constant(RowRef ref, String column, int[] v, int[] group, int[] first) {
        int[] out = new int[first.length];
        for (int q = 0; q < first.length; q++) {
            out[q] = v[first[q]];
        }
        List<String> dict = ref.table().dictionary(column);
        for (int i = 0; i < v.length; i++) {
            if (v[i] != out[group[i]]) {
                throw varies(ref, column, i, first[group[i]], dict.get(v[i]), dict.get(out[group[i]]));
            }
        }
        return out;
    }

    private static InvalidInputException varies(RowRef ref, String column, int row, int first, String value,
            String firstValue) {
        return ref.at(column, row, String.format(Locale.ROOT, "holds %s, but %s of the same query holds %s; a column "
                + "read per query (an operational metric's column or a slice) must hold one value per query, or "
                + "come from the per-query table data.queries", value, ref.row(first), firstValue));
    }

    /** @return the rows as the engine's columns: the metric-named columns (numbers checked finite, categories) */
    Columns batch(Plan plan) {
        CheckedColumns checked = new CheckedColumns(ref);
        Columns.Builder b = Columns.builder(table.rows());
        MetricColumns.of(plan).forEach((col, t) -> {
            if (t == ColumnType.NUMBER) {
                b.numeric(col, checked.finite(col));
            } else {
                b.category(col, table.codes(col), table.dictionary(col));
            }
        });
        return b.build();
    }

    /** @return the slices of the plan (single columns, then crosses), each as rows of this table */
    List<Slice> slices(Plan plan) {
        List<Slice> out = new ArrayList<>();
        for (SliceIndex.Group g : SliceGroups.all(plan, table, columns)) {
            out.add(new Slice(g.name(), g.rows()));
        }
        return out;
    }

    /** @return for each query code, whether one of {@code rows} is that query */
    boolean[] members(int[] rows) {
        boolean[] in = new boolean[queryCount];
        for (int r : rows) {
            in[query[r]] = true;
        }
        return in;
    }

    /** @return the file it was read from */
    java.nio.file.Path file() {
        return table.file();
    }

    /** @return messages about the table (queries without a row under missing: drop) */
    List<String> warnings() {
        return warnings;
    }

    /** @return the number of rows (queries) */
    int rows() {
        return table.rows();
    }
}
