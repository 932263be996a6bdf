package dev.verdict.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;

/** Tolerant comparison of numbers and nested JSON-like values (NaN equals NaN). */
public final class Approx {
    private Approx() {
    }

    /** @return whether a and b agree to relative tolerance {@code rel} (absolute 1e-12 near zero) */
    public static boolean close(double a, double b, double rel) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), 1e-12);
    }

    /** Fails with {@code what} when a and b differ beyond {@code rel}. */
    public static void assertClose(double expected, double actual, double rel, String what) {
        if (!close(expected, actual, rel)) {
            fail(what + ": expected " + expected + " but was " + actual + " (rel tol " + rel + ")");
        }
    }

    /**
     * Compares an expected JSON-like value (numbers, lists, maps) with an actual one (which may hold primitive arrays).
     * Only keys present in the expected map are checked.
     */
    public static void assertDeepClose(Object expected, Object actual, double rel, String path) {
        if (expected != null && expected.getClass().isArray()) {
            expected = asList(expected);
        }
        if (expected instanceof Number e) {
            if (!(actual instanceof Number a)) {
                fail(path + ": expected number " + e + " but was " + actual);
                return;
            }
            assertClose(e.doubleValue(), a.doubleValue(), rel, path);
        } else if (expected instanceof Map<?, ?> em) {
            if (!(actual instanceof Map<?, ?> am)) {
                fail(path + ": expected map but was " + actual);
                return;
            }
            for (Map.Entry<?, ?> en : em.entrySet()) {
                if (!am.containsKey(en.getKey())) {
                    fail(path + ": missing key " + en.getKey() + " in " + am.keySet());
                }
                assertDeepClose(en.getValue(), am.get(en.getKey()), rel, path + "." + en.getKey());
            }
        } else if (expected != null && (expected instanceof List<?> || expected.getClass().isArray())) {
            List<?> el = asList(expected);
            List<?> al = asList(actual);
            if (al == null || al.size() != el.size()) {
                fail(path + ": expected list of " + el.size() + " but was " + describe(actual));
                return;
            }
            for (int i = 0; i < el.size(); i++) {
                assertDeepClose(el.get(i), al.get(i), rel, path + "[" + i + "]");
            }
        } else if (expected == null) {
            if (actual != null) {
                fail(path + ": expected null but was " + actual);
            }
        } else if (!expected.equals(String.valueOf(actual)) && !expected.equals(actual)) {
            fail(path + ": expected " + expected + " but was " + actual);
        }
    }

    /** @return the value as a list when it is a list or primitive/object array, else null */
    public static List<?> asList(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        if (v instanceof double[] d) {
            return java.util.Arrays.stream(d).boxed().toList();
        }
        if (v instanceof long[] d) {
            return java.util.Arrays.stream(d).boxed().toList();
        }
        if (v instanceof int[] d) {
            return java.util.Arrays.stream(d).boxed().toList();
        }
        if (v instanceof Object[] d) {
            return java.util.Arrays.asList(d);
        }
        return null;
    }

    private static String describe(Object v) {
        List<?> l = asList(v);
        return l == null ? String.valueOf(v) : "list of " + l.size() + " " + l;
    }
}
