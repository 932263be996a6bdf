package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.core.Columns;
import org.junit.jupiter.api.Test;

final class RougeStateTest {
    private static Columns data(String[] hyps, String[][] refs) {
        return Columns.builder(hyps.length).text(hyps).references(refs).build();
    }

    @Test
    void stemmerTokenizationMatchesRougeScore() {
        // rouge-score RougeScorer(['rouge1', 'rougeLsum'], use_stemmer=True).score(target, prediction)
        RougeState st = new RougeState(true);
        st.accept(data(new String[] {"king runs cat\nistanbul"},
                new String[][] {{"The \u212Aing ran\nrunning cats \u0130stanbul"}}), 0, 1);
        double[] r1 = st.scores(1);
        assertEquals(0.75, r1[0], 1e-15);
        assertEquals(3 / 7.0, r1[1], 1e-15);
        assertArrayEquals(r1, st.scores(RougeState.LSUM), 1e-15);
    }

    @Test
    void combinedChunksGiveTheSameScoresAsOnePass() {
        String[] hyps = {"a b c d", "the cat sat", "x\ny z", ""};
        String[][] refs = {{"a c b d", "d c b a"}, {"the cat sat on the mat"}, {"y z\nx"}, {"q"}};
        RougeState whole = new RougeState(false);
        whole.accept(data(hyps, refs), 0, 4);
        RougeState a = new RougeState(false);
        RougeState b = new RougeState(false);
        a.accept(data(hyps, refs), 0, 2);
        b.accept(data(hyps, refs), 2, 4);
        a.combine(b);
        for (int n : new int[] {1, 2, RougeState.LCS, RougeState.LSUM}) {
            assertArrayEquals(whole.scores(n), a.scores(n), 0.0, "n=" + n);
        }
        assertEquals(4, a.rows());
    }
}
