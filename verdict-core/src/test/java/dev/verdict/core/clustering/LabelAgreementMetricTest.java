package dev.verdict.core.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricValue;
import dev.verdict.core.testing.MetricProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class LabelAgreementMetricTest {
    private static final long SEED = 4242L;
    private static final String[] NAMES = {"adjusted_rand_index", "normalized_mutual_info", "adjusted_mutual_info",
        "homogeneity", "completeness", "v_measure", "fowlkes_mallows", "purity"};

    private static List<Metric<?>> all() {
        List<Metric<?>> out = new ArrayList<>();
        for (String n : NAMES) {
            out.add(ClusteringData.metric(n, Map.of()));
        }
        for (String m : List.of("min", "geometric", "max")) {
            out.add(ClusteringData.metric("normalized_mutual_info", Map.of("average_method", m)));
            out.add(ClusteringData.metric("adjusted_mutual_info", Map.of("average_method", m)));
        }
        out.add(ClusteringData.metric("v_measure", Map.of("beta", 0.3)));
        return out;
    }

    private static MetricValue value(String name, Columns data) {
        return MetricProperties.onePass(List.of(ClusteringData.metric(name, Map.of())), data).get(0);
    }

    @Test
    void chunkedAndCombinedEqualsOnePass() {
        System.out.println("LabelAgreementMetricTest seed " + SEED);
        MetricProperties.assertMergeInvariant(all(), ClusteringData.random(SEED, 700), SEED);
    }

    @Test
    void rowOrderDoesNotMatter() {
        MetricProperties.assertPermutationInvariant(all(), ClusteringData.random(SEED + 1, 500), SEED);
    }

    @Test
    void allMetricsShareOneContingencyState() {
        assertEquals(1, dev.verdict.core.MetricSuite.of(all()).stateCount());
    }

    @Test
    void renamingClustersGivesPerfectScores() {
        int[] t = {0, 0, 1, 1, 2, 2, 2};
        int[] c = {9, 9, -4, -4, 100, 100, 100};
        Columns data = Columns.builder(7).label(t).predictedLabel(c).build();
        for (String n : NAMES) {
            MetricValue v = value(n, data);
            assertEquals(1.0, v.value(), 1e-12, n);
            assertNull(v.warning(), n);
        }
    }

    @Test
    void emptyInputIsNaNWithWarning() {
        Columns empty = Columns.builder(0).label(new int[0]).predictedLabel(new int[0]).build();
        for (String n : NAMES) {
            MetricValue v = value(n, empty);
            assertTrue(Double.isNaN(v.value()), n);
            assertNotNull(v.warning(), n);
        }
    }

    @Test
    void singleClassAndClusterFallsBackToOneWithWarning() {
        Columns data = Columns.builder(4).label(new int[] {3, 3, 3, 3}).predictedLabel(new int[] {1, 1, 1, 1})
                .build();
        for (String n : List.of("adjusted_rand_index", "normalized_mutual_info", "adjusted_mutual_info",
                "homogeneity", "completeness")) {
            MetricValue v = value(n, data);
            assertEquals(1.0, v.value(), n);
            assertNotNull(v.warning(), n);
        }
    }

    @Test
    void purityIsTheShareOfMajorityClassPerCluster() {
        Columns data = Columns.builder(6).label(new int[] {0, 0, 1, 1, 1, 2})
                .predictedLabel(new int[] {7, 7, 7, 8, 8, 8}).build();
        assertEquals(4.0 / 6.0, value("purity", data).value(), 1e-15);
    }

    @Test
    void weightColumnIsRejectedNamingTheMetric() {
        Columns data = Columns.builder(2).label(new int[] {0, 1}).predictedLabel(new int[] {0, 1})
                .weight(new double[] {1, 1}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value("adjusted_rand_index", data));
        assertTrue(e.getMessage().contains("adjusted_rand_index") && e.getMessage().contains("weight"),
                e.getMessage());
    }

    @Test
    void missingLabelColumnIsRejected() {
        Columns data = Columns.builder(2).predictedLabel(new int[] {0, 1}).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> value("purity", data));
        assertTrue(e.getMessage().contains("label"), e.getMessage());
    }

    @Test
    void invalidParametersAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ClusteringData.metric("adjusted_mutual_info", Map.of("average_method", "median")));
        assertTrue(e.getMessage().contains("average_method"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> ClusteringData.metric("v_measure", Map.of("beta", -1.0)));
        assertTrue(e.getMessage().contains("beta"), e.getMessage());
    }
}
