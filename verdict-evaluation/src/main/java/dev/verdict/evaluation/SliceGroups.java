package dev.verdict.evaluation;

import dev.verdict.io.DataTable;
import dev.verdict.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every slice of a plan: one per value of each {@code slices} column (via {@link SliceIndex}), then one per value
 * combination present in the data of each cross ({@code [country, device]} gives {@code country=US,device=web}),
 * ordered by the first column's value order, then the second's, ...
 */
final class SliceGroups {
    private SliceGroups() {
    }

    /** @return the columns the slices and crosses read, each once, in plan order */
    static List<String> columns(Plan plan) {
        LinkedHashSet<String> out = new LinkedHashSet<>(plan.slices());
        plan.design().crosses().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** @return the slices of single columns, then of the crosses */
    static List<SliceIndex.Group> all(Plan plan, DataTable table, ColumnPlan columns) {
        List<SliceIndex.Group> out = new ArrayList<>();
        for (String column : plan.slices()) {
            out.addAll(SliceIndex.groups(table, column, columns.type(column)));
        }
        for (List<String> cross : plan.design().crosses()) {
            out.addAll(cross(table, cross, columns));
        }
        return out;
    }

    static List<SliceIndex.Group> cross(DataTable table, List<String> cross, ColumnPlan columns) {
        int rows = table.rows();
        long[] key = new long[rows];
        List<List<SliceIndex.Group>> parts = new ArrayList<>();
        for (String column : cross) {
            List<SliceIndex.Group> groups = SliceIndex.groups(table, column, columns.type(column));
            parts.add(groups);
            int[] index = new int[rows];
            for (int g = 0; g < groups.size(); g++) {
                for (int r : groups.get(g).rows()) {
                    index[r] = g;
                }
            }
            for (int r = 0; r < rows; r++) {
                key[r] = key[r] * groups.size() + index[r];
            }
        }
        Map<Long, int[]> counts = new TreeMap<>();
        for (long k : key) {
            counts.computeIfAbsent(k, x -> new int[1])[0]++;
        }
        Map<Long, int[]> members = new TreeMap<>();
        Map<Long, int[]> fill = new TreeMap<>();
        counts.forEach((k, c) -> {
            members.put(k, new int[c[0]]);
            fill.put(k, new int[1]);
        });
        for (int r = 0; r < rows; r++) {
            members.get(key[r])[fill.get(key[r])[0]++] = r;
        }
        List<SliceIndex.Group> out = new ArrayList<>();
        members.forEach((k, rs) -> out.add(new SliceIndex.Group(name(k, parts), rs)));
        return out;
    }

    private static String name(long key, List<List<SliceIndex.Group>> parts) {
        String[] names = new String[parts.size()];
        long k = key;
        for (int c = parts.size() - 1; c >= 0; c--) {
            int size = parts.get(c).size();
            names[c] = parts.get(c).get((int) (k % size)).name();
            k /= size;
        }
        return String.join(",", names);
    }
}
