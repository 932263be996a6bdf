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

final class PorterStemmerTest {
    @Test
    void everyWordStemsAsNltkPorterStemmerInItsDefaultMode() throws IOException {
        JsonNode pairs;
        try (InputStream in = PorterStemmerTest.class.getResourceAsStream("/generation/porter_nltk.json")) {
            pairs = new ObjectMapper().readTree(in).get("pairs");
        }
        assertTrue(pairs.size() > 1000, "fixture too small");
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : pairs) {
            String got = PorterStemmer.stem(p.get(0).asText());
            if (!got.equals(p.get(1).asText())) {
                wrong.add(p.get(0).asText() + " -> " + got + " (nltk: " + p.get(1).asText() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void nltkExtensionsDifferFromThePaperWhereDocumented() {
        assertEquals("sky", PorterStemmer.stem("skies"));
        assertEquals("die", PorterStemmer.stem("dying"));
        assertEquals("tie", PorterStemmer.stem("ties"));
        assertEquals("is", PorterStemmer.stem("is"));
        assertEquals("gener", PorterStemmer.stem("generalli"));
        assertEquals("caress", PorterStemmer.stem("caresses"));
        assertEquals("poni", PorterStemmer.stem("ponies"));
    }
}
