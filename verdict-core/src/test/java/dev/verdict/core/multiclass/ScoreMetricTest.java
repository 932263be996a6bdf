package dev.verdict.core.multiclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.TaskContext;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ScoreMetricTest {
    private static final long SEED = 4_242_1999L;
    private static final TaskContext CTX = MulticlassData.context(4, false, true);

    private static List<Metric<?>> weightable() {
        List<Metric<?>> out = new ArrayList<>();
        out.add(MulticlassData.metric("log_loss", Map.of(), CTX));
        for (int k = 1; k <= 4; k++) {
            out.add(MulticlassData.metric("top_k_accuracy", Map.of("k", k), CTX));
        }
        out.add(MulticlassData.metric("roc_auc", Map.of(), CTX));
        out.add(MulticlassData.metric("roc_auc", Map.of("average", "weighted"), CTX));
        return out;
    }

    private static List<Metric<?>> ovo() {
        return List.of(MulticlassData.metric("roc_auc", Map.of("multi_class", "ovo"), CTX),
                MulticlassData.metric("roc_auc", Map.of("multi_class", "ovo", "average", "weighted"), CTX));
    }

    @Test
    void everyScoreMetricIsMergeAndPermutationInvariant() {
        Columns weighted = MulticlassData.random(SEED, 600, 4, false, true);
        MetricProperties.assertMergeInvariant(weightable(), weighted, SEED);
        MetricProperties.assertPermutationInvariant(weightable(), weighted, SEED);
        Columns unweighted = MulticlassData.random(SEED + 7, 400, 4, false, false);
        List<Metric<?>> all = new ArrayList<>(weightable());
        all.addAll(ovo());
        MetricProperties.assertMergeInvariant(all, unweighted, SEED);
        MetricProperties.assertPermutationInvariant(all, unweighted, SEED);
    }

    @Test
    void integerWeightsEqualDuplicationExceptOvoWhichRejectsWeights() {
        Columns weighted = MulticlassData.random(SEED + 3, 400, 4, false, true);
        MetricProperties.assertIntegerWeightsEqualDuplication(weightable(), weighted);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricProperties.onePass(ovo(), weighted));
        assertTrue(e.getMessage().contains("ovo") && e.getMessage().contains("weight"), e.getMessage());
    }

    @Test
    void scoreMetricsShareOneState() {
        List<Metric<?>> all = new ArrayList<>(weightable());
        all.addAll(ovo());
        assertEquals(1, MetricSuite.of(all).stateCount());
    }

    @Test
    void topKTiesFavourTheHigherClassIndexAsNumpy() {
        TaskContext ctx = MulticlassData.context(3, false, true);
        // all three scores tie: reversed stable argsort ranks class 2, then 1, then 0
        Columns c = Columns.builder(3).label(new int[] {0, 1, 2})
                .scores(new double[][] {{1 / 3.0, 1 / 3.0, 1 / 3.0}, {1 / 3.0, 1 / 3.0, 1 / 3.0},
                    {1 / 3.0, 1 / 3.0, 1 / 3.0}}).build();
        double top1 = MetricProperties.onePass(List.of(MulticlassData.metric("top_k_accuracy", Map.of("k", 1), ctx)),
                c).get(0).value();
        assertEquals(1 / 3.0, top1, 1e-15);
    }

    @Test
    void rocAucRejectsRowsNotSummingToOne() {
        Columns c = Columns.builder(2).label(new int[] {0, 1})
                .scores(new double[][] {{0.5, 0.1}, {0.2, 0.8}, {0.3, 0.2}, {0.0, 0.0}}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricProperties.onePass(List.of(MulticlassData.metric("roc_auc", Map.of(), CTX)), c));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        // log_loss renormalises rows, as sklearn: no error
        assertTrue(Double.isFinite(MetricProperties.onePass(List.of(MulticlassData.metric("log_loss", Map.of(),
                CTX)), c).get(0).value()));
    }

    @Test
    void ovrAucWithAnAbsentClassIsNanWithWarning() {
        Columns c = Columns.builder(3).label(new int[] {0, 1, 1})
                .scores(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.6, 0.5}, {0.1, 0.1, 0.2}, {0.1, 0.1, 0.2}}).build();
        MetricValue v = MetricProperties.onePass(List.of(MulticlassData.metric("roc_auc", Map.of(), CTX)), c).get(0);
        assertTrue(Double.isNaN(v.value()));
        assertNotNull(v.warning());
    }

    @Test
    void missingScoresAndBadKAreRejectedAtCreation() {
        TaskContext noScores = MulticlassData.context(3, true, false);
        for (String name : List.of("log_loss", "roc_auc", "top_k_accuracy")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MulticlassData.metric(name, Map.of(), noScores));
            assertTrue(e.getMessage().contains("data.scores"), e.getMessage());
        }
        assertTrue(assertThrows(InvalidInputException.class,
                () -> MulticlassData.metric("top_k_accuracy", Map.of("k", 0), CTX)).getMessage().contains("'k'"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> MulticlassData.metric("roc_auc", Map.of("average", "micro"), CTX)).getMessage()
                .contains("average"));
    }

    @Test
    void nonFiniteScoreIsRejectedNamingTheRow() {
        Columns c = Columns.builder(1).label(new int[] {0})
                .scores(new double[][] {{Double.NaN}, {0.2}, {0.3}, {0.5}}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MetricProperties.onePass(List.of(MulticlassData.metric("log_loss", Map.of(), CTX)), c));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
    }

    @Test
    void emptyInputGivesNanWithWarning() {
        Columns empty = Columns.builder(0).label(new int[0]).scores(new double[4][0]).build();
        for (MetricValue v : MetricProperties.onePass(weightable(), empty)) {
            assertTrue(Double.isNaN(v.value()));
            assertNotNull(v.warning());
        }
    }
}
