package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.verdict.core.testing.GoldenCase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the generation fixtures in {@code src/test/resources/generation/} ({@link GoldenCase}'s format with the text
 * columns {@code text} and {@code references}, and {@code nSamples}, {@code nCorrect}, {@code group}, {@code label},
 * {@code logProb}, {@code tokenCount}, {@code byteCount}), in one pass and chunked. An expectation with {@code "abs"}
 * (the reference tools' own test vectors) is checked to that absolute tolerance.
 */
final class GenerationGoldenTest {
    private static final List<String> FILES = List.of("/generation/generation.json",
            "/generation/generation_reference_tests.json");

    @TestFactory
    Stream<DynamicTest> everyReferenceValueIsReproduced() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (GoldenCase c : GoldenCase.load(file)) {
                tests.add(DynamicTest.dynamicTest(file + " / " + c.name(), c::assertReproduced));
            }
        }
        assertFalse(tests.isEmpty(), "no generation fixtures");
        return tests.stream();
    }
}
