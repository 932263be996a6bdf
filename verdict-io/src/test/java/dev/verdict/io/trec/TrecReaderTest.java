package dev.verdict.io.trec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TrecReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private TrecData read(String qrels, String run) throws IOException {
        return TrecReader.read(file("qrels", qrels), file("run", run));
    }

    @Test
    void readsRunAndQrelsWithSharedBytewiseSortedDictionaries() throws IOException {
        TrecData d = read("# comment\nq2 0 b 1\nq10 0 a 0\n\n", "q2 Q0 a 1 0.5 tag\nq10\tQ0 \u00e9 2 -1e3 tag extra\n"
                + "  q2 Q0 Z 3 3 tag");
        assertEquals(List.of("q10", "q2"), d.queries());
        assertEquals(List.of("Z", "a", "b", "\u00e9"), d.docs());
        assertEquals(3, d.runRows());
        assertArrayEquals(new int[] {1, 0, 1}, java.util.Arrays.copyOf(d.runQuery(), 3));
        assertArrayEquals(new int[] {1, 3, 0}, java.util.Arrays.copyOf(d.runDoc(), 3));
        assertArrayEquals(new double[] {0.5, -1000.0, 3.0}, java.util.Arrays.copyOf(d.runScore(), 3));
        assertEquals(2, d.qrelsRows());
        assertArrayEquals(new double[] {1, 0}, d.qrelsColumns().relevance());
        assertEquals(3, d.runColumns().size());
    }

    @Test
    void parsesScoresExactlyAsStrtod() throws IOException {
        String[] texts = {"0.1", "-0.30000000000000004", "123456789.123456789", "1e-7", "7", ".5", "5.", "+2.25",
            "0.000001234", "99999999999999999999"};
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            run.append("q Q0 d").append(i).append(" 1 ").append(texts[i]).append(" t\n");
        }
        TrecData d = read("q 0 d0 1\n", run.toString());
        for (int i = 0; i < texts.length; i++) {
            int row = i;
            assertEquals(Double.parseDouble(texts[i]), d.runScore()[row], 0.0, texts[i]);
        }
    }

    @Test
    void reportsWrongFieldCounts() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("q 0 d 1\n", "q Q0 d 1 0.5 t\nq Q0 d2 1 0.5\n"));
        assertTrue(e.getMessage().contains("run line 2") && e.getMessage().contains("expected 6 fields"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> read("q 0 d 1\nq 0 d2\n", "q Q0 d 1 0.5 t\n"));
        assertTrue(e.getMessage().contains("qrels line 2") && e.getMessage().contains("expected 4 fields"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> read("q 0 d 1 extra\n", "q Q0 d 1 0.5 t\n"));
        assertTrue(e.getMessage().contains("qrels line 1"), e.getMessage());
    }

    @Test
    void reportsNonNumericScoresAndRelevance() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("q 0 d 1\n", "q Q0 d 1 high t\n"));
        assertTrue(e.getMessage().contains("run line 1") && e.getMessage().contains("score 'high'"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> read("q 0 d 1\n", "q Q0 d 1 nan t\n"));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> read("q 0 d 1.5\n", "q Q0 d 1 1 t\n"));
        assertTrue(e.getMessage().contains("qrels line 1") && e.getMessage().contains("'1.5' is not an integer"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> read("q 0 d yes\n", "q Q0 d 1 1 t\n"));
        assertTrue(e.getMessage().contains("not an integer"), e.getMessage());
    }

    @Test
    void reportsDuplicateDocumentsWithBothLines() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("q 0 d 1\n", "q Q0 d 1 1 t\nr Q0 d 1 1 t\nq Q0 e 2 1 t\nq Q0 d 3 0.5 t\n"));
        assertTrue(e.getMessage().contains("run line 4") && e.getMessage().contains("also line 1")
                && e.getMessage().contains("retrieved twice"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> read("q 0 d 1\nq 1 d 0\n", "q Q0 d 1 1 t\n"));
        assertTrue(e.getMessage().contains("qrels line 2") && e.getMessage().contains("judged twice"),
                e.getMessage());
    }

    @Test
    void handlesLinesLongerThanAChunkAndNoFinalNewline() throws IOException {
        String longDoc = "d".repeat(5_000_000);
        TrecData d = read("q 0 " + longDoc + " 2", "q Q0 " + longDoc + " 1 1 t");
        assertEquals(1, d.docs().size());
        assertEquals(2.0, d.qrelsRel()[0], 0.0);
    }
}
