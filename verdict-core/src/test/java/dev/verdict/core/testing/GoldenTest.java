package dev.verdict.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.catalog.MetricCatalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden fixture in {@code src/test/resources/golden/}: each expected value (produced by the reference tool,
 * see the fixture's {@code generator}) must be reproduced by the metric from the catalog, in one pass and when the rows
 * are split into chunks and combined.
 */
final class GoldenTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenValueIsReproduced() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenTest.class.getResource("/golden").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (GoldenCase c : GoldenCase.load("/golden/" + f.getFileName())) {
                    tests.add(DynamicTest.dynamicTest(f.getFileName() + " / " + c.name(), () -> check(c)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no golden fixtures found");
        return tests.stream();
    }

    private static void check(GoldenCase c) {
        List<Metric<?>> metrics = new ArrayList<>();
        for (GoldenCase.Expected e : c.expected()) {
            metrics.add(MetricCatalog.require(c.context().task(), e.metric()).create(e.params(), c.context()));
        }
        List<MetricValue> onePass = MetricSuite.of(metrics).newAccumulator().accept(c.columns()).results();
        List<MetricValue> chunked = MetricProperties.chunked(metrics, c.columns(), 3, new java.util.Random(11));
        for (int i = 0; i < metrics.size(); i++) {
            GoldenCase.Expected e = c.expected().get(i);
            String what = c.name() + ": " + e.metric() + " " + e.params() + " [" + e.source() + "]";
            Approx.assertClose(e.value(), onePass.get(i).value(), e.rel(), what);
            Approx.assertClose(e.value(), chunked.get(i).value(), e.rel(), what + " (chunked)");
            if (e.detail() != null) {
                Approx.assertDeepClose(e.detail(), onePass.get(i).detail(), e.rel(), what + " detail");
            }
            if (e.warning() != null) {
                assertEquals(e.warning(), onePass.get(i).warning() != null,
                        what + " warning: " + onePass.get(i).warning());
            }
        }
    }
}
