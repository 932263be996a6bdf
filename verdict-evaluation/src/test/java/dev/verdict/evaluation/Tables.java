package dev.verdict.evaluation;

import dev.verdict.io.DataTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link DataTable}s for tests the way the reader would (CATEGORY dictionaries in order of appearance). */
final class Tables {
    private final int rows;
    private final Map<String, double[]> numbers = new HashMap<>();
    private final Map<String, int[]> codes = new HashMap<>();
    private final Map<String, List<String>> dicts = new HashMap<>();
    private long[] sourceRows;
    private long dropped;

    private Tables(int rows) {
        this.rows = rows;
    }

    static Tables of(int rows) {
        return new Tables(rows);
    }

    Tables number(String name, double... v) {
        numbers.put(name, v);
        return this;
    }

    Tables category(String name, String... v) {
        List<String> dict = new ArrayList<>();
        int[] c = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            int at = dict.indexOf(v[i]);
            if (at < 0) {
                at = dict.size();
                dict.add(v[i]);
            }
            c[i] = at;
        }
        codes.put(name, c);
        dicts.put(name, dict);
        return this;
    }

    Tables sourceRows(long dropped, long... rows) {
        this.dropped = dropped;
        this.sourceRows = rows;
        return this;
    }

    DataTable build() {
        return new DataTable(Path.of("preds.csv"), rows, dropped, numbers, codes, dicts, sourceRows);
    }
}
