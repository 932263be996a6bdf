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
    void readsRunAndQrelsWithBytewiseQueryCodesAndPerQueryDocCodes() throws IOException {
        TrecData d = read("# comment\nq2 0 b 1\nq10 0 a 0\n\n", "q2 Q0 a 1 0.5 tag\nq10\tQ0 \u00e9 2 -1e3 tag extra\n"
                + "  q2 Q0 Z 3 3 tag");
        assertEquals(List.of("q10", "q2"), d.queries());
        assertEquals(3, d.runRows());
        assertArrayEquals(new int[] {1, 0, 1}, java.util.Arrays.copyOf(d.runQuery(), 3));
        // q2's docnos (run a, Z; qrels b) rank Z < a < b bytewise; q10's (run \u00e9, qrels a) rank a < \u00e9
        assertArrayEquals(new int[] {1, 1, 0}, java.util.Arrays.copyOf(d.runDoc(), 3));
        assertArrayEquals(new int[] {2, 0}, java.util.Arrays.copyOf(d.qrelsDoc(), 2));
        assertEquals("\u00e9", d.runDocno(1));
        assertEquals("b", d.qrelsDocno(0));
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
        assertEquals(0, d.runDoc()[0]);
        assertEquals(0, d.qrelsDoc()[0]);
        assertEquals(2.0, d.qrelsRel()[0], 0.0);
    }

    /**
     * Per-query docno codes against a naive reference (a sorted set of each query's docnos compared as unsigned
     * UTF-8 bytes), on a file large enough to be split between threads, with docnos that share long prefixes, differ
     * only after 8 bytes, are prefixes of each other, and are not ASCII.
     */
    @Test
    void docCodesAreBytewiseRanksWithinEachQuery() throws IOException {
        java.util.Random rnd = new java.util.Random(7);
        String[] stems = {"DOC-000000", "DOC-0000001", "doc", "\u00e9t\u00e9-", "DOC-000000000000-x", "Z"};
        StringBuilder run = new StringBuilder();
        StringBuilder qrels = new StringBuilder();
        java.util.Map<String, java.util.TreeSet<String>> perQuery = new java.util.HashMap<>();
        java.util.List<String[]> runLines = new java.util.ArrayList<>();
        java.util.List<String[]> qrelsLines = new java.util.ArrayList<>();
        for (int q = 0; q < 400; q++) {
            String qid = (q % 3 == 0 ? "\u00e9" : q % 3 == 1 ? "topic-0000000" : "q") + rnd.nextInt(100000);
            if (perQuery.containsKey(qid)) {
                continue;
            }
            java.util.TreeSet<String> docs = new java.util.TreeSet<>(TrecReaderTest::bytewise);
            java.util.Set<String> retrieved = new java.util.HashSet<>();
            java.util.Set<String> judged = new java.util.HashSet<>();
            int n = 1 + rnd.nextInt(1200);
            for (int i = 0; i < n; i++) {
                String doc = stems[rnd.nextInt(stems.length)] + Integer.toString(rnd.nextInt(3000), 36);
                if (rnd.nextInt(10) == 0 ? judged.add(doc) : retrieved.add(doc)) {
                    docs.add(doc);
                }
            }
            perQuery.put(qid, docs);
            for (String doc : retrieved) {
                runLines.add(new String[] {qid, doc});
                run.append(qid).append(" Q0 ").append(doc).append(" 1 ").append(rnd.nextInt(50)).append(" t\n");
            }
            for (String doc : judged) {
                qrelsLines.add(new String[] {qid, doc});
                qrels.append(qid).append(" 0 ").append(doc).append(' ').append(rnd.nextInt(3)).append('\n');
            }
        }
        TrecData d = read(qrels.toString(), run.toString());
        assertTrue(d.runRows() > 200_000, "large enough to use two threads: " + d.runRows());
        java.util.List<String> sortedQids = new java.util.ArrayList<>(perQuery.keySet());
        sortedQids.sort(TrecReaderTest::bytewise);
        assertEquals(sortedQids, d.queries());
        for (int i = 0; i < runLines.size(); i++) {
            String[] l = runLines.get(i);
            assertEquals(perQuery.get(l[0]).headSet(l[1]).size(), d.runDoc()[i], "run line " + i);
            assertEquals(l[1], d.runDocno(i));
            assertEquals(l[0], d.queries().get(d.runQuery()[i]));
        }
        for (int i = 0; i < qrelsLines.size(); i++) {
            String[] l = qrelsLines.get(i);
            assertEquals(perQuery.get(l[0]).headSet(l[1]).size(), d.qrelsDoc()[i], "qrels line " + i);
        }
    }

    @Test
    void reportsADuplicateFoundByAnyThreadWithItsLines() {
        StringBuilder run = new StringBuilder();
        for (int q = 0; q < 300; q++) {
            for (int i = 0; i < 1000; i++) {
                run.append("q").append(q).append(" Q0 d").append(i).append(" 1 1 t\n");
            }
        }
        run.append("# a comment line\nq250 Q0 d17 1 0.5 t\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("q1 0 d1 1\n",
                run.toString()));
        assertTrue(e.getMessage().contains("run line 300002") && e.getMessage().contains("also line 250018")
                && e.getMessage().contains("document 'd17' is retrieved twice for query 'q250'"), e.getMessage());
    }

    /** Reading in many small parts gives what one pass gives, and errors keep their file-wide line numbers. */
    @Test
    void readingInPartsEqualsOnePass() throws IOException {
        java.util.Random rnd = new java.util.Random(11);
        StringBuilder run = new StringBuilder("# header\n");
        StringBuilder qrels = new StringBuilder();
        for (int q = 0; q < 60; q++) {
            for (int i = 0; i < 40; i++) {
                run.append("q").append(q).append(" Q0 d").append(rnd.nextInt(1000) * 40 + i).append(" 1 ")
                        .append(rnd.nextInt(20) / 4.0).append(" t\n");
                if (rnd.nextInt(30) == 0) {
                    run.append(rnd.nextBoolean() ? "\n" : "# note\n");
                }
            }
            qrels.append("q").append(q).append(" 0 d").append(q).append(" 1\n");
        }
        Path qf = file("parts-qrels", qrels.toString());
        Path rf = file("parts-run", run.toString());
        TrecData one = TrecReader.read(qf, rf, Long.MAX_VALUE);
        TrecData parts = TrecReader.read(qf, rf, 500);
        assertEquals(one.queries(), parts.queries());
        assertEquals(one.runRows(), parts.runRows());
        for (int i = 0; i < one.runRows(); i++) {
            assertEquals(one.runQuery()[i], parts.runQuery()[i]);
            assertEquals(one.runDoc()[i], parts.runDoc()[i]);
            assertEquals(one.runScore()[i], parts.runScore()[i], 0.0);
            assertEquals(one.runDocno(i), parts.runDocno(i));
        }
        String lines = run.toString();
        int cut = lines.indexOf("q50 Q0");
        int lineNo = (int) lines.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        Path bad = file("parts-bad", lines.substring(0, cut) + "q50 Q0 dx 1 NaNx t\n" + lines.substring(cut));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TrecReader.read(qf, bad, 500));
        assertTrue(e.getMessage().contains("parts-bad line " + lineNo + ": score 'NaNx'"), e.getMessage());
    }

    private static int bytewise(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
