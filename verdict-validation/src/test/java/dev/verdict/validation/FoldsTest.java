package dev.verdict.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class FoldsTest {
    private static final long SEED = 7L;

    static Stream<JsonNode> goldenCases() throws IOException {
        try (InputStream in = FoldsTest.class.getResourceAsStream("/golden/splits.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void matchesScikitLearnFoldsOrSizes(JsonNode c) {
        int[] expected = ints(c.get("folds"));
        int n = c.get("n").asInt();
        int k = c.get("k").asInt();
        String where = c.get("name").asText() + " (" + c.get("source").asText() + ")";
        switch (c.get("method").asText()) {
            case "kfold": {
                boolean shuffle = c.get("shuffle").asBoolean();
                int[] got = Folds.kFold(n, k, shuffle, SEED);
                assertArrayEquals(sizes(expected, k), sizes(got, k), where);
                if (!shuffle) {
                    assertArrayEquals(expected, got, where);
                }
                break;
            }
            case "stratified": {
                boolean shuffle = c.get("shuffle").asBoolean();
                int[] cls = firstAppearanceCodes(c.get("y"));
                int classes = max(cls) + 1;
                int[] got = Folds.stratified(cls, classes, k, shuffle, SEED);
                assertEquals(allocation(expected, cls, classes, k), allocation(got, cls, classes, k), where);
                if (!shuffle) {
                    assertArrayEquals(expected, got, where);
                }
                break;
            }
            case "group": {
                int[] g = sortedCodes(c.get("groups"));
                assertArrayEquals(expected, Folds.group(g, max(g) + 1, k), where);
                break;
            }
            case "time":
                assertArrayEquals(expected, Folds.time(n, k, c.get("gap").asInt()), where);
                break;
            default:
                throw new AssertionError(c.get("method"));
        }
    }

    @Test
    void kFoldPutsEveryRowInExactlyOneFoldOfBalancedSize() {
        for (int n : new int[] {5, 17, 1000}) {
            int[] f = Folds.kFold(n, 5, true, SEED);
            int[] sizes = sizes(f, 5);
            for (int s : sizes) {
                assertTrue(s == n / 5 || s == n / 5 + 1, () -> "n=" + n + " sizes " + java.util.Arrays.toString(sizes));
            }
            assertEquals(n, java.util.Arrays.stream(sizes).sum());
        }
    }

    @Test
    void sameSeedSameFoldsOtherSeedOtherFolds() {
        assertArrayEquals(Folds.kFold(200, 5, true, 7), Folds.kFold(200, 5, true, 7));
        assertFalse(java.util.Arrays.equals(Folds.kFold(200, 5, true, 7), Folds.kFold(200, 5, true, 8)));
        int[] y = randomClasses(300, 3, new Random(1));
        assertArrayEquals(Folds.stratified(y, 3, 4, true, 7), Folds.stratified(y, 3, 4, true, 7));
        assertFalse(java.util.Arrays.equals(Folds.stratified(y, 3, 4, true, 7), Folds.stratified(y, 3, 4, true, 9)));
    }

    @Test
    void stratifiedFoldsKeepClassProportionsWithinOneRowPerClass() {
        Random r = new Random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            int classes = 2 + r.nextInt(4);
            int[] y = randomClasses(50 + r.nextInt(500), classes, r);
            int k = 2 + r.nextInt(8);
            int[] f = Folds.stratified(y, max(y) + 1, k, true, trial);
            int[][] count = new int[max(y) + 1][k];
            for (int i = 0; i < y.length; i++) {
                count[y[i]][f[i]]++;
            }
            for (int[] perFold : count) {
                int lo = Integer.MAX_VALUE;
                int hi = 0;
                for (int v : perFold) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                assertTrue(hi - lo <= 1, "trial " + trial + ": " + java.util.Arrays.toString(perFold));
            }
        }
    }

    @Test
    void groupFoldsNeverSplitAGroup() {
        Random r = new Random(SEED);
        int[] g = new int[2000];
        for (int i = 0; i < g.length; i++) {
            g[i] = (int) Math.floor(Math.pow(r.nextDouble(), 2) * 150);
        }
        int groups = max(g) + 1;
        int[] f = Folds.group(g, groups, 7);
        Map<Integer, Integer> foldOfGroup = new HashMap<>();
        for (int i = 0; i < g.length; i++) {
            Integer prev = foldOfGroup.putIfAbsent(g[i], f[i]);
            assertTrue(prev == null || prev == f[i], "group " + g[i] + " in folds " + prev + " and " + f[i]);
        }
        assertEquals(7, foldOfGroup.values().stream().distinct().count());
    }

    @Test
    void timeFoldsAreOrderedBlocksAfterATrainingPrefix() {
        int[] f = Folds.time(23, 4, 2);
        int testSize = 23 / 5;
        int start = 23 - 4 * testSize;
        for (int i = 0; i < 23; i++) {
            assertEquals(i < start ? Folds.TRAIN_ONLY : (i - start) / testSize, f[i], "row " + i);
            if (i > 0) {
                assertTrue(f[i] >= f[i - 1]);
            }
        }
    }

    @Test
    void badParametersAreInvalidInput() {
        assertTrue(assertThrows(InvalidInputException.class, () -> Folds.kFold(3, 5, true, 1)).getMessage()
                .contains("greater than the number of rows"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Folds.kFold(30, 1, true, 1)).getMessage()
                .contains("at least 2"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Folds.group(new int[] {0, 1, 1}, 2, 3))
                .getMessage().contains("number of groups (2)"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Folds.time(10, 3, 8)).getMessage()
                .contains("too many splits"));
        assertTrue(assertThrows(InvalidInputException.class, () -> Folds.stratified(new int[] {0, 0, 1, 1}, 2, 3,
                false, 1)).getMessage().contains("every class"));
        assertTrue(assertThrows(InvalidInputException.class, () -> SplitMethod.parse("loo")).getMessage()
                .contains("kfold, stratified, group, time"));
    }

    @Test
    void argsortSortsLikeAnyCorrectSortOnValues() {
        Random r = new Random(SEED);
        for (int n : new int[] {0, 1, 5, 16, 17, 100, 5000}) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextInt(7);
            }
            int[] idx = NumpyArgsort.argsort(v);
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                assertFalse(seen[idx[i]]);
                seen[idx[i]] = true;
                if (i > 0) {
                    assertTrue(v[idx[i - 1]] <= v[idx[i]]);
                }
            }
        }
    }

    private static int[] randomClasses(int n, int classes, Random r) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(classes);
        }
        return firstAppearance(y);
    }

    private static int[] firstAppearance(int[] y) {
        Map<Integer, Integer> code = new LinkedHashMap<>();
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = code.computeIfAbsent(y[i], x -> code.size());
        }
        return out;
    }

    private static int[] firstAppearanceCodes(JsonNode values) {
        Map<String, Integer> code = new LinkedHashMap<>();
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = code.computeIfAbsent(values.get(i).asText(), x -> code.size());
        }
        return out;
    }

    /** Codes in sorted order of the values (numbers numerically, strings by text), as np.unique. */
    private static int[] sortedCodes(JsonNode values) {
        TreeMap<Comparable<Object>, Integer> code = new TreeMap<>();
        List<Comparable<Object>> keys = new ArrayList<>();
        for (JsonNode v : values) {
            @SuppressWarnings("unchecked")
            Comparable<Object> key = (Comparable<Object>) (Object) (v.isNumber() ? (Object) v.asLong() : v.asText());
            keys.add(key);
            code.put(key, 0);
        }
        int next = 0;
        for (Map.Entry<Comparable<Object>, Integer> e : code.entrySet()) {
            e.setValue(next++);
        }
        int[] out = new int[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = code.get(keys.get(i));
        }
        return out;
    }

    private static List<List<Integer>> allocation(int[] fold, int[] cls, int classes, int k) {
        int[][] a = new int[classes][k];
        for (int i = 0; i < fold.length; i++) {
            a[cls[i]][fold[i]]++;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int[] row : a) {
            out.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return out;
    }

    private static int[] sizes(int[] fold, int k) {
        int[] s = new int[k];
        for (int f : fold) {
            s[f]++;
        }
        return s;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
