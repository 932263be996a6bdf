package dev.verdict.evaluation;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Task;
import dev.verdict.io.ColumnRequest;
import dev.verdict.io.ColumnType;
import dev.verdict.plan.DataSpec;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns a plan reads and how: NUMBER for scores, weights, time and regression values; CATEGORY for labels,
 * classifier predictions, the id and slice columns. Each column is read once; a slice over a NUMBER column is sliced
 * by its numbers' text.
 */
final class ColumnPlan {
    private final Map<String, ColumnType> types = new LinkedHashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();

    private ColumnPlan() {
    }

    static ColumnPlan of(Plan plan) {
        ColumnPlan c = new ColumnPlan();
        DataSpec d = plan.data();
        Task task = plan.task();
        boolean regression = task == Task.REGRESSION;
        c.add(d.id(), ColumnType.CATEGORY, "data.id");
        if (task == Task.MULTILABEL) {
            for (int k = 0; k < d.labels().size(); k++) {
                c.add(d.labels().get(k), ColumnType.CATEGORY, "data.labels[" + k + "]");
            }
        } else {
            c.add(d.label(), regression ? ColumnType.NUMBER : ColumnType.CATEGORY, "data.label");
        }
        c.add(d.prediction(), regression ? ColumnType.NUMBER : task == Task.GENERATION ? ColumnType.TEXT
                : ColumnType.CATEGORY, "data.prediction");
        c.addOthers(d);
        c.add(d.score(), ColumnType.NUMBER, "data.score");
        for (int k = 0; k < d.scores().size(); k++) {
            c.add(d.scores().get(k), ColumnType.NUMBER, "data.scores[" + k + "]");
        }
        c.add(d.lower(), ColumnType.NUMBER, "data.lower");
        c.add(d.upper(), ColumnType.NUMBER, "data.upper");
        c.add(d.time(), ColumnType.NUMBER, "data.time");
        c.add(d.weight(), ColumnType.NUMBER, "data.weight");
        c.add(plan.statistics().confidence().cluster(), ColumnType.CATEGORY, "confidence.cluster");
        if (task != Task.RANKING || d.queries() == null) {
            c.addPerRow(plan);
        }
        return c;
    }

    /**
     * The columns of a ranking plan's per-query table ({@code data.queries}): its id column, the metric-named columns
     * and the slice columns.
     */
    static ColumnPlan ofQueries(Plan plan) {
        ColumnPlan c = new ColumnPlan();
        c.add(plan.data().queries().id(), ColumnType.CATEGORY, "data.queries.id");
        c.addPerRow(plan);
        return c;
    }

    /** Adds the metric-named columns and the slice columns. */
    private void addPerRow(Plan plan) {
        ColumnPlan c = this;
        plan.metrics().forEach(m -> MetricColumns.of(m).forEach((col, t) -> c.add(col, t, MetricColumns.role(m, col))));
        for (String s : SliceGroups.columns(plan)) {
            ColumnType had = c.types.get(s);
            if (had == ColumnType.TEXT || had == ColumnType.TEXT_LIST) {
                throw new InvalidInputException("plan " + plan.path() + ": cannot slice by column '" + s + "': it is "
                        + "read as text (" + c.roles.get(s) + "); slice by a category column");
            }
            if (!c.types.containsKey(s)) {
                c.add(s, ColumnType.CATEGORY, "slices");
            } else {
                c.roles.put(s, c.roles.get(s) + ", slices");
            }
        }
    }

    /** The single-column keys of ranking, generation, clustering and recommendation, and the feature columns. */
    private void addOthers(DataSpec d) {
        for (String key : java.util.List.of("query", "item", "user", "problem", "passed", "cluster", "category")) {
            add(d.column(key), ColumnType.CATEGORY, "data." + key);
        }
        for (String key : java.util.List.of("relevance", "n_samples", "n_correct", "logprob", "tokens", "bytes")) {
            add(d.column(key), ColumnType.NUMBER, "data." + key);
        }
        add(d.column("references"), ColumnType.TEXT_LIST, "data.references");
        for (int k = 0; k < d.features().size(); k++) {
            add(d.features().get(k), ColumnType.NUMBER, "data.features[" + k + "]");
        }
    }

    private void add(String column, ColumnType type, String role) {
        if (column == null) {
            return;
        }
        ColumnType had = types.get(column);
        if (had == null) {
            types.put(column, type);
            roles.put(column, role);
            return;
        }
        if (had != type) {
            throw new InvalidInputException("column '" + column + "' is used both as " + roles.get(column)
                    + " and as " + role + ", which need different types (" + had.name().toLowerCase(java.util.Locale.ROOT)
                    + " and " + type.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        roles.put(column, roles.get(column) + ", " + role);
    }

    /** @return the requests, in plan order */
    List<ColumnRequest> requests() {
        List<ColumnRequest> out = new ArrayList<>();
        types.forEach((name, type) -> out.add(new ColumnRequest(name, type, roles.get(name))));
        return out;
    }

    /** @return how a column was read */
    ColumnType type(String column) {
        return types.get(column);
    }

    /** @return the plan roles of a column, e.g. {@code data.score}, for messages */
    String role(String column) {
        return roles.get(column);
    }
}
