package dev.verdict.core.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BleuTokenizerTest {
    @Test
    void hand13aMatchesSacrebleuOnRandomPunctuationHeavyStrings() throws IOException {
        JsonNode cases;
        try (InputStream in = BleuTokenizerTest.class.getResourceAsStream("/generation/tokenizer_13a.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        assertTrue(cases.size() >= 100);
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : cases) {
            List<String> want = new ArrayList<>();
            c.get(1).forEach(t -> want.add(t.asText()));
            List<String> got = BleuTokenizer.T13A.tokens(PyText.rstrip(c.get(0).asText()));
            if (!want.equals(got)) {
                wrong.add(c.get(0).asText() + " -> " + got + " (sacreBLEU: " + want + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void periodsAndCommasStayInsideNumbers() {
        assertEquals(List.of("1,000", "and", "3.14", "end", "."), BleuTokenizer.T13A.tokens("1,000 and 3.14 end."));
        assertEquals(List.of("10", "-", "15", "e-mail"), BleuTokenizer.T13A.tokens("10-15 e-mail"));
    }
}
