package dev.verdict.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CategoryEncoderTest {
    @Test
    void codesFollowFirstAppearance() {
        CategoryEncoder e = new CategoryEncoder();
        assertEquals(0, e.codeOfLong(7));
        assertEquals(1, e.codeOfLong(-3));
        assertEquals(0, e.codeOfLong(7));
        assertEquals(2, e.codeOfLong(1_000_000_000_000L));
        assertEquals(1, e.codeOfLong(-3));
        assertEquals(List.of("7", "-3", "1000000000000"), e.dictionary());
    }

    @Test
    void manyDistinctValuesSurviveRehashing() {
        CategoryEncoder e = new CategoryEncoder();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, e.codeOfLong(i * 31L - 500));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, e.codeOfLong(i * 31L - 500));
        }
        assertEquals(10_000, e.dictionary().size());
        assertEquals("-500", e.dictionary().get(0));
    }

    @Test
    void doublesHaveCanonicalText() {
        CategoryEncoder e = new CategoryEncoder();
        assertEquals(0, e.codeOfDouble(1.0));
        assertEquals(1, e.codeOfDouble(0.0));
        assertEquals(1, e.codeOfDouble(-0.0));
        assertEquals(2, e.codeOfDouble(2.5));
        assertEquals(3, e.codeOfDouble(1e-7));
        assertEquals(4, e.codeOfDouble(-12.0));
        assertEquals(List.of("1", "0", "2.5", "0.0000001", "-12"), e.dictionary());
        assertEquals("1" + "0".repeat(20), CategoryEncoder.canonical(1e20));
    }

    @Test
    void booleansAndTextKeepTheirSpelling() {
        CategoryEncoder b = new CategoryEncoder();
        assertEquals(0, b.codeOfBoolean(false));
        assertEquals(1, b.codeOfBoolean(true));
        assertEquals(0, b.codeOfBoolean(false));
        assertEquals(List.of("false", "true"), b.dictionary());
        CategoryEncoder t = new CategoryEncoder();
        assertEquals(0, t.codeOfText("1.0"));
        assertEquals(1, t.codeOfText(" a"));
        assertEquals(0, t.codeOfText("1.0"));
        assertEquals(List.of("1.0", " a"), t.dictionary());
    }
}
