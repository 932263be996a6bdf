package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class TerEditsTest {
    @Test
    void aSingleBlockShiftCountsAsOneEdit() {
        // sacreBLEU test/test_ter.py: 'd e f g h a b c' vs 'a b c d e f g h' -> TER 1/8
        assertEquals(1, TerEdits.edits(new int[] {3, 4, 5, 6, 7, 0, 1, 2}, new int[] {0, 1, 2, 3, 4, 5, 6, 7}));
    }

    @Test
    void identicalAndDisjointSequences() {
        assertEquals(0, TerEdits.edits(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
        assertEquals(3, TerEdits.edits(new int[] {4, 5, 6}, new int[] {1, 2, 3}));
        assertEquals(2, TerEdits.edits(new int[] {}, new int[] {1, 2}));
    }

    @Test
    void anEmptyReferenceCostsOneEditPerHypothesisWord() {
        assertEquals(3, TerEdits.edits(new int[] {1, 2, 3}, new int[] {}));
    }

    @Test
    void shiftsFollowPythonSlicesIncludingClippedOnes() {
        int[] w = {0, 1, 2, 3, 4, 5};
        assertArrayEquals(new int[] {3, 4, 0, 1, 2, 5}, TerEdits.perform(w, 3, 2, 0));
        assertArrayEquals(new int[] {2, 3, 0, 1, 4, 5}, TerEdits.perform(w, 0, 2, 4));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, TerEdits.perform(w, 4, 2, 4));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, TerEdits.perform(w, 4, 2, 6));
    }
}
