package dev.verdict.core.curves;

import static dev.verdict.core.curves.CurvesFixture.assertClose;
import static dev.verdict.core.curves.CurvesFixture.doubles;
import static dev.verdict.core.curves.CurvesFixture.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.core.InvalidInputException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class ClassifierCurvesTest {
    static Stream<JsonNode> binaryCases() {
        Stream.Builder<JsonNode> b = Stream.builder();
        CurvesFixture.ROOT.get("binary").forEach(b);
        return b.build();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("binaryCases")
    void rocPointsMatchSklearnWithDropIntermediate(JsonNode c) {
        ClassifierCurves.Roc roc = ClassifierCurves.roc(ints(c.get("label")), doubles(c.get("score")),
                doubles(c.get("weight")), true);
        JsonNode e = c.get("roc");
        assertClose(doubles(e.get("fpr")), roc.fpr(), c.get("name").asText() + " fpr");
        assertClose(doubles(e.get("tpr")), roc.tpr(), c.get("name").asText() + " tpr");
        assertClose(doubles(e.get("thresholds")), roc.thresholds(), c.get("name").asText() + " thresholds");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("binaryCases")
    void rocPointsMatchSklearnWithoutDropping(JsonNode c) {
        ClassifierCurves.Roc roc = ClassifierCurves.roc(ints(c.get("label")), doubles(c.get("score")),
                doubles(c.get("weight")), false);
        JsonNode e = c.get("roc_full");
        assertClose(doubles(e.get("fpr")), roc.fpr(), c.get("name").asText() + " fpr");
        assertClose(doubles(e.get("tpr")), roc.tpr(), c.get("name").asText() + " tpr");
        assertClose(doubles(e.get("thresholds")), roc.thresholds(), c.get("name").asText() + " thresholds");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("binaryCases")
    void precisionRecallPointsMatchSklearn(JsonNode c) {
        ClassifierCurves.PrecisionRecall pr = ClassifierCurves.precisionRecall(ints(c.get("label")),
                doubles(c.get("score")), doubles(c.get("weight")));
        JsonNode e = c.get("pr");
        assertClose(doubles(e.get("precision")), pr.precision(), c.get("name").asText() + " precision");
        assertClose(doubles(e.get("recall")), pr.recall(), c.get("name").asText() + " recall");
        assertClose(doubles(e.get("thresholds")), pr.thresholds(), c.get("name").asText() + " thresholds");
    }

    @Test
    void singleClassCurvesCarryAWarning() {
        int[] y = {1, 1, 1};
        double[] s = {0.1, 0.5, 0.9};
        assertNotNull(ClassifierCurves.roc(y, s, null, true).warning());
        assertNull(ClassifierCurves.precisionRecall(y, s, null).warning());
        assertNotNull(ClassifierCurves.precisionRecall(new int[] {0, 0}, new double[] {0.1, 0.2}, null).warning());
    }

    @Test
    void emptyInputGivesAnUndefinedPointNotAnException() {
        ClassifierCurves.Roc roc = ClassifierCurves.roc(new int[0], new double[0], null, true);
        assertTrue(Double.isNaN(roc.fpr()[0]));
        assertNotNull(roc.warning());
        assertEquals(1, ClassifierCurves.precisionRecall(new int[0], new double[0], null).precision().length);
    }

    @Test
    void countsArePermutationInvariantUpToTies() {
        Random rnd = new Random(7);
        int n = 500;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextInt(2);
            s[i] = rnd.nextInt(40) / 40.0;
        }
        ClassifierCurves.Counts a = ClassifierCurves.counts(y, s, null);
        int[] y2 = new int[n];
        double[] s2 = new double[n];
        for (int i = 0; i < n; i++) {
            y2[i] = y[n - 1 - i];
            s2[i] = s[n - 1 - i];
        }
        ClassifierCurves.Counts b = ClassifierCurves.counts(y2, s2, null);
        assertClose(a.tps(), b.tps(), "tps");
        assertClose(a.fps(), b.fps(), "fps");
        assertClose(a.thresholds(), b.thresholds(), "thresholds");
    }

    @Test
    void malformedInputIsRejectedWithTheRow() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ClassifierCurves.roc(new int[] {0, 2}, new double[] {0.1, 0.2}, null, true));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> ClassifierCurves.counts(new int[] {0, 1}, new double[] {0.1, Double.NaN}, null));
        assertTrue(e.getMessage().contains("not finite"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> ClassifierCurves.counts(new int[] {0, 1}, new double[] {0.1, 0.3}, new double[] {1, -1}));
        assertTrue(e.getMessage().contains("weight"), e.getMessage());
        assertThrows(InvalidInputException.class,
                () -> ClassifierCurves.counts(new int[] {0}, new double[] {0.1, 0.3}, null));
    }
}
