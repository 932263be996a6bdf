package dev.verdict.core.recommendation;

import dev.verdict.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every user's recommendation list cut at {@code k}: a user's rows ordered by score descending, ties by item code
 * ascending (item codes follow the ids' text order), the first {@code min(k, rows)} kept.
 *
 * @param k the cut-off
 * @param start user {@code u}'s kept rows are {@code rows[start[u] .. start[u + 1])}, in list order
 * @param rows state row indices
 * @param itemsInData distinct items over all rows (any position), the default catalogue size
 * @param itemCounts how often each distinct recommended item occurs in the cut lists (item code order)
 */
record TopLists(int k, int[] start, int[] rows, int itemsInData, long[] itemCounts) {

    /** @return number of users */
    int users() {
        return start.length - 1;
    }

    /** @return total entries in the cut lists */
    int entries() {
        return rows.length;
    }

    /** @return length of user {@code u}'s cut list */
    int length(int u) {
        return start[u + 1] - start[u];
    }

    static TopLists build(ListRowsState s, int k) {
        int n = s.rows();
        checkDuplicates(s);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> {
            int c = Integer.compare(s.user(p), s.user(q));
            if (c == 0) {
                c = Double.compare(s.score(q), s.score(p));
            }
            return c != 0 ? c : Integer.compare(s.item(p), s.item(q));
        });
        int[] startBuf = new int[n + 1];
        int[] kept = new int[n];
        int users = 0;
        int m = 0;
        int inList = 0;
        for (int i = 0; i < n; i++) {
            int r = order[i];
            if (i == 0 || s.user(r) != s.user(order[i - 1])) {
                startBuf[users++] = m;
                inList = 0;
            }
            if (inList++ < k) {
                kept[m++] = r;
            }
        }
        startBuf[users] = m;
        int[] keptRows = Arrays.copyOf(kept, m);
        return new TopLists(k, Arrays.copyOf(startBuf, users + 1), keptRows, distinctItems(s, null),
                counts(s, keptRows));
    }

    private static void checkDuplicates(ListRowsState s) {
        long[] pairs = new long[s.rows()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = ((long) s.user(i) << 32) | (s.item(i) & 0xFFFFFFFFL);
        }
        Arrays.sort(pairs);
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i] == pairs[i - 1]) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "metric %s: item code %d appears twice in the list of user code %d", s.metric(),
                        (int) pairs[i], (int) (pairs[i] >> 32)));
            }
        }
    }

    private static int distinctItems(ListRowsState s, int[] subset) {
        int n = subset == null ? s.rows() : subset.length;
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = s.item(subset == null ? i : subset[i]);
        }
        Arrays.sort(items);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || items[i] != items[i - 1]) {
                d++;
            }
        }
        return d;
    }

    private static long[] counts(ListRowsState s, int[] kept) {
        int[] items = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            items[i] = s.item(kept[i]);
        }
        Arrays.sort(items);
        long[] out = new long[distinctItems(s, kept)];
        int d = -1;
        for (int i = 0; i < items.length; i++) {
            if (i == 0 || items[i] != items[i - 1]) {
                d++;
            }
            out[d]++;
        }
        return out;
    }
}
