package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PyTextTest {
    @Test
    void splitUsesPythonWhitespaceIncludingNoBreakSpaces() {
        assertEquals(List.of("a", "b", "c", "d"), PyText.split("\u00a0a\u202fb\u0085c\u3000d \t"));
        assertTrue(PyText.isSpace(0x1C));
        assertFalse(PyText.isSpace(0x200B));
    }

    @Test
    void lowerFollowsPythonSpecialCases() {
        assertEquals("i\u0307stanbul", PyText.lower("İstanbul"));
        assertEquals("σοφος", PyText.lower("ΣΟΦΟΣ"));
        assertEquals("straße", PyText.lower("STRAßE"));
    }

    @Test
    void rstripAndStripUsePythonWhitespace() {
        assertEquals(" a", PyText.rstrip(" a\u00a0\n"));
        assertEquals("a b", PyText.strip("\u3000a b\u2029"));
    }
}
