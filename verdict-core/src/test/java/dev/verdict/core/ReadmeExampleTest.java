package dev.verdict.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, kept compiling and correct. */
final class ReadmeExampleTest {

    @Test
    void readmeExampleComputesWhatItSays() {
        TaskContext ctx = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);
        Metric<?> auc = MetricCatalog.require(Task.BINARY, "roc_auc").create(Map.of(), ctx);
        Metric<?> f2 = MetricCatalog.require(Task.BINARY, "fbeta").create(Map.of("beta", 2.0), ctx);
        MetricSuite suite = MetricSuite.of(List.of(auc, f2));

        MetricSuite.Accumulator left = suite.newAccumulator();
        MetricSuite.Accumulator right = suite.newAccumulator();
        left.accept(Columns.builder(3).label(new int[] {1, 0, 1}).score(new double[] {0.9, 0.4, 0.35}).build());
        right.accept(Columns.builder(2).label(new int[] {0, 0}).score(new double[] {0.8, 0.1}).build());

        List<MetricValue> values = left.combine(right).results();
        // 4 of the 6 (positive, negative) pairs are ordered correctly
        assertEquals(4.0 / 6.0, values.get(0).value(), 1e-15);
        // threshold 0.5: tp = 1 (0.9), fp = 1 (0.8), fn = 1 (0.35); F2 = 5 tp / (5 tp + 4 fn + fp) = 5 / 10
        assertEquals(0.5, values.get(1).value(), 1e-15);
    }
}
