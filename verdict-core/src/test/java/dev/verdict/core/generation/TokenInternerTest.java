package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

final class TokenInternerTest {
    @Test
    void equalTokensGetTheSameDenseIdAcrossGrowth() {
        TokenInterner in = new TokenInterner();
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, in.intern("t" + i));
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, in.intern("t" + i));
            assertEquals("t" + i, in.token(i));
        }
        assertEquals(5000, in.size());
    }

    @Test
    void internsSubRangesOfABuffer() {
        TokenInterner in = new TokenInterner();
        char[] buf = "abcabcab".toCharArray();
        int abc = in.intern(buf, 0, 3);
        assertEquals(abc, in.intern(buf, 3, 6));
        assertNotEquals(abc, in.intern(buf, 6, 8));
        assertEquals("ab", in.token(in.intern(buf, 6, 8)));
    }
}
