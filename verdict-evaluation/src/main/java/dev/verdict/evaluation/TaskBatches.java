package dev.verdict.evaluation;

import dev.verdict.core.Columns;
import dev.verdict.io.ColumnRequest;
import dev.verdict.io.ColumnType;
import dev.verdict.io.DataReader;
import dev.verdict.io.DataTable;
import dev.verdict.io.SortedCodes;
import dev.verdict.plan.DataSpec;
import dev.verdict.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the engine's columns for ranking (table form), generation, clustering and recommendation plans, checking
 * every value the metrics would reject so the message names the file, column and row: a document listed twice for a
 * query, negative or fractional pass@k counts, {@code n_correct > n_samples}, non-0/1 pass flags, negative token or
 * byte counts, an item without interactions.
 */
final class TaskBatches {
    private final Plan plan;
    private final DataTable table;
    private final RowRef ref;
    private final CheckedColumns checked;
    private final DataSpec d;

    TaskBatches(Plan plan, DataTable table, RowRef ref) {
        this.plan = plan;
        this.table = table;
        this.ref = ref;
        this.checked = new CheckedColumns(ref);
        this.d = plan.data();
    }

    /** @return the names of the group codes (ranking queries), or null */
    List<String> fill(Columns.Builder b) {
        switch (plan.task()) {
            case RANKING:
                return ranking(b);
            case GENERATION:
                generation(b);
                return null;
            case CLUSTERING:
                b.label(d.label() == null ? null : table.codes(d.label())).predictedLabel(table.codes(
                        d.column("cluster"))).features(checked.finite(d.features()));
                return null;
            case RECOMMENDATION:
                recommendation(b);
                return null;
            default:
                throw new AssertionError(plan.task());
        }
    }

    private List<String> ranking(Columns.Builder b) {
        String q = d.column("query");
        String it = d.column("item");
        SortedCodes queries = SortedCodes.of(table.codes(q), table.dictionary(q));
        SortedCodes items = SortedCodes.of(table.codes(it), table.dictionary(it));
        int[] group = queries.codes();
        int[] item = items.codes();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            Integer first = seen.putIfAbsent(((long) group[i] << 32) | item[i], i);
            if (first != null) {
                throw ref.at(it, i, String.format(Locale.ROOT, "document '%s' is listed twice for query '%s' "
                        + "(also %s); trec_eval stops with 'duplicate docs'", items.dictionary().get(item[i]),
                        queries.dictionary().get(group[i]), ref.row(first)));
            }
        }
        b.group(group).item(item).score(checked.finite(d.score()))
                .relevance(checked.finite(d.column("relevance")));
        return queries.dictionary();
    }

    private void generation(Columns.Builder b) {
        if (d.prediction() != null) {
            b.text(table.texts(d.prediction()));
        }
        if (d.column("references") != null) {
            b.references(table.textLists(d.column("references")));
        }
        if (d.column("n_samples") != null) {
            int[] n = counts("n_samples");
            int[] c = counts("n_correct");
            for (int i = 0; i < n.length; i++) {
                if (c[i] > n[i]) {
                    throw ref.at(d.column("n_correct"), i, String.format(Locale.ROOT, "n_correct %d exceeds "
                            + "n_samples %d (column \"%s\")", c[i], n[i], d.column("n_samples")));
                }
            }
            b.nSamples(n).nCorrect(c);
        }
        if (d.column("problem") != null) {
            b.group(table.codes(d.column("problem")))
                    .label(checked.zeroOne(d.column("passed"), "a pass flag must be 0/1 or false/true"));
        }
        if (d.column("logprob") != null) {
            b.logProb(checked.finite(d.column("logprob"))).tokenCount(nonNegative("tokens"));
            if (d.column("bytes") != null) {
                b.byteCount(nonNegative("bytes"));
            } else if (d.prediction() != null) {
                String[] text = table.texts(d.prediction());
                double[] bytes = new double[text.length];
                for (int i = 0; i < text.length; i++) {
                    bytes[i] = text[i].getBytes(StandardCharsets.UTF_8).length;
                }
                b.byteCount(bytes);
            }
        }
    }

    private void recommendation(Columns.Builder b) {
        String it = d.column("item");
        SortedCodes items = SortedCodes.of(table.codes(it), table.dictionary(it));
        b.group(table.codes(d.column("user"))).item(items.codes()).score(checked.finite(d.score()))
                .features(checked.finite(d.features()));
        if (d.column("category") != null) {
            b.label(table.codes(d.column("category")));
        }
        if (d.interactions() != null) {
            String user = d.column("interactions_user") != null ? d.column("interactions_user") : d.column("user");
            String item = d.column("interactions_item") != null ? d.column("interactions_item") : it;
            Map<String, Double> pop = DataReader.popularity(d.interactions(),
                    new ColumnRequest(user, ColumnType.CATEGORY, "data.interactions_user"),
                    new ColumnRequest(item, ColumnType.CATEGORY, "data.interactions_item"));
            double[] share = new double[table.rows()];
            double[] byCode = new double[items.dictionary().size()];
            for (int c = 0; c < byCode.length; c++) {
                Double p = pop.get(items.dictionary().get(c));
                byCode[c] = p == null ? Double.NaN : p;
            }
            int[] codes = items.codes();
            for (int i = 0; i < share.length; i++) {
                share[i] = byCode[codes[i]];
                if (Double.isNaN(share[i])) {
                    throw ref.at(it, i, String.format(Locale.ROOT, "item '%s' has no interaction in %s (column "
                            + "\"%s\"), so its popularity is 0 and novelty (-log2 popularity) is undefined",
                            items.dictionary().get(codes[i]), d.interactions(), item));
                }
            }
            b.relevance(share);
        }
    }

    private int[] counts(String key) {
        String column = d.column(key);
        double[] v = checked.finite(column);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] != Math.rint(v[i]) || v[i] > Integer.MAX_VALUE) {
                throw ref.at(column, i, "a pass@k count must be a whole number >= 0, got " + BatchBuilder.fmt(v[i]));
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    private double[] nonNegative(String key) {
        String column = d.column(key);
        double[] v = checked.finite(column);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw ref.at(column, i, "a count must be >= 0, got " + BatchBuilder.fmt(v[i]));
            }
        }
        return v;
    }

}
