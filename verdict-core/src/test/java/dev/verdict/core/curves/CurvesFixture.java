package dev.verdict.core.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads curves/curves.json, written by tools/golden/curves.py (scikit-learn 1.2.1, numpy 1.24). */
final class CurvesFixture {
    static final JsonNode ROOT = load();
    static final double TOL = ROOT.get("tolerance").asDouble();

    private CurvesFixture() {
    }

    private static JsonNode load() {
        try (InputStream in = CurvesFixture.class.getResourceAsStream("/curves/curves.json")) {
            return new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
                    .readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    /** Asserts equal length and each value within {@link #TOL} relative (NaN equals NaN). */
    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) || Double.isNaN(a)) {
                assertEquals(Double.isNaN(e), Double.isNaN(a), what + "[" + i + "]: " + e + " vs " + a);
                continue;
            }
            double tol = TOL * Math.max(1.0, Math.abs(e));
            assertEquals(e, a, tol, what + "[" + i + "]");
        }
    }
}
