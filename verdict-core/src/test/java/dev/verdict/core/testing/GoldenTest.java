package dev.verdict.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
                    tests.add(DynamicTest.dynamicTest(f.getFileName() + " / " + c.name(), c::assertReproduced));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no golden fixtures found");
        return tests.stream();
    }
}
