package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected outputs from sacreBLEU 2.6.0 {@code TercomTokenizer(...)(s)}. */
final class TerTokenizerTest {
    private static final String S = "Hello, World's 3.5-4 &amp; x. (東京。ok)";

    private static String join(List<String> words) {
        return String.join(" ", words);
    }

    @Test
    void normalizedSplitsPunctuationEntitiesAndPossessives() {
        assertEquals("hello , world 's 3.5 - 4 & x . ( 東京。ok )",
                join(new TerTokenizer(true, false, false, false).words(S)));
    }

    @Test
    void noPunctRemovesTheTercomPunctuationSet() {
        assertEquals("hello world's 35-4 &amp x 東京。ok", join(new TerTokenizer(false, true, false, false).words(S)));
    }

    @Test
    void asianSupportSplitsCjkCharactersAndKeepsCase() {
        assertEquals("Hello , World 's 3.5 - 4 & x . ( 東 京 。 ok )",
                join(new TerTokenizer(true, false, true, true).words(S)));
    }

    @Test
    void defaultOnlyLowerCasesAndSplits() {
        assertEquals(List.of("a", "b."), new TerTokenizer(false, false, false, false).words(" A\u00a0b.  \n"));
        assertEquals(List.of(), new TerTokenizer(true, true, true, false).words("   "));
    }
}
