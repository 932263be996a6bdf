package dev.verdict.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link DataTable} of a JSON Lines file from its parsed parts, in file order: the kept rows of every
 * column concatenated, CATEGORY columns coded in order of first appearance as DuckDB's path codes them (integers,
 * floating-point values and booleans through the same {@link CategoryEncoder} calls).
 */
final class JsonTableBuilder {
    private final Path file;
    private final ColumnRequest[] cols;
    private final JsonLinesPart[] parts;
    private final boolean[] keep;
    private final int[] kindSets;
    private final int kept;

    /**
     * @param keep per record: whether it is kept (at least one is)
     * @param kindSets per column: the bit set of the value kinds it holds (checked by the caller)
     */
    JsonTableBuilder(Path file, ColumnRequest[] cols, JsonLinesPart[] parts, boolean[] keep, int[] kindSets) {
        this.file = file;
        this.cols = cols;
        this.parts = parts;
        this.keep = keep;
        this.kindSets = kindSets;
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        kept = n;
    }

    DataTable build() {
        Map<String, double[]> num = new HashMap<>();
        Map<String, int[]> cat = new HashMap<>();
        Map<String, List<String>> dict = new HashMap<>();
        Map<String, String[]> text = new HashMap<>();
        Map<String, String[][]> list = new HashMap<>();
        for (int j = 0; j < cols.length; j++) {
            String name = cols[j].name();
            switch (cols[j].type()) {
                case NUMBER -> num.put(name, numbers(j));
                case TEXT -> text.put(name, gather(j, new String[kept], false));
                case TEXT_LIST -> list.put(name, gather(j, new String[kept][], true));
                case CATEGORY -> {
                    CategoryEncoder enc = new CategoryEncoder();
                    cat.put(name, codes(j, enc));
                    dict.put(name, enc.dictionary());
                }
            }
        }
        return new DataTable(file, kept, keep.length - kept, num, cat, dict, text, list, sourceRows());
    }

    private double[] numbers(int j) {
        double[] out = new double[kept];
        int at = 0;
        int record = 0;
        for (JsonLinesPart p : parts) {
            double[] v = p.numbers[j];
            if (kept == keep.length) {
                System.arraycopy(v, 0, out, at, p.records);
                at += p.records;
                continue;
            }
            for (int r = 0; r < p.records; r++) {
                if (keep[record++]) {
                    out[at++] = v[r];
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> T[] gather(int j, T[] out, boolean lists) {
        int at = 0;
        int record = 0;
        for (JsonLinesPart p : parts) {
            T[] v = (T[]) (lists ? p.lists[j] : p.texts[j]);
            if (kept == keep.length) {
                System.arraycopy(v, 0, out, at, p.records);
                at += p.records;
                continue;
            }
            for (int r = 0; r < p.records; r++) {
                if (keep[record++]) {
                    out[at++] = v[r];
                }
            }
        }
        return out;
    }

    private int[] codes(int j, CategoryEncoder enc) {
        int set = kindSets[j];
        int[] out = new int[kept];
        int at = 0;
        int record = 0;
        for (JsonLinesPart p : parts) {
            for (int r = 0; r < p.records; r++) {
                if (keep[record++]) {
                    out[at++] = code(enc, set, p, j, r);
                }
            }
        }
        return out;
    }

    private static int code(CategoryEncoder enc, int set, JsonLinesPart p, int j, int r) {
        long raw = p.raw[j][r];
        if (set == 1 << JsonLinesPart.STRING) {
            return enc.codeOfText(p.texts[j][r]);
        }
        if (set == 1 << JsonLinesPart.INT) {
            return enc.codeOfLong(raw);
        }
        if (set == 1 << JsonLinesPart.BOOL) {
            return enc.codeOfBoolean(raw != 0);
        }
        boolean integer = p.kinds[j][r] == 1 + JsonLinesPart.INT;
        return enc.codeOfDouble(integer ? (double) raw : Double.longBitsToDouble(raw));
    }

    /** @return the 1-based record of each kept row, or null when every record is kept */
    private long[] sourceRows() {
        if (kept == keep.length) {
            return null;
        }
        long[] out = new long[kept];
        int at = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out[at++] = i + 1L;
            }
        }
        return out;
    }
}
