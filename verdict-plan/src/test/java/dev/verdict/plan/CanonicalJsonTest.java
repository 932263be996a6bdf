package dev.verdict.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The canonical form equals what jackson-databind 2.17 wrote for plan locks before ({@code ObjectMapper} with
 * {@code ORDER_MAP_ENTRIES_BY_KEYS}, {@code writeValueAsBytes}), byte for byte, so existing lock files still match.
 */
final class CanonicalJsonTest {
    private static final ObjectMapper REFERENCE = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static void assertSameAsDatabind(Object tree) throws Exception {
        assertArrayEquals(REFERENCE.writeValueAsBytes(tree), CanonicalJson.bytes(tree),
                () -> new String(CanonicalJson.bytes(tree), StandardCharsets.UTF_8));
    }

    @Test
    void plansAndScalarsOfEveryKindAreWrittenAsDatabindWritesThem() throws Exception {
        byte[] yaml = """
                # a plan with every scalar kind
                task: generation
                data: {path: "out put.jsonl", prediction: hyp, references: refs, id: ~}
                metrics:
                  - {id: bleu, name: bleu, smooth_value: 0.1, max_ngram_order: 4, lowercase: yes}
                  - {name: chrf, word_order: 2, big: 123456789012345678901234567890, e: 1e300, tiny: 1.5e-7}
                  - {name: rougeL, note: "é 😀 \\" \\\\ \\t tab", empty: "", list: [1, -0.0, 2.50, null, true, off]}
                zeta: 1
                alpha: {b: 2, a: [3, {z: 1, y: 2}]}
                """.getBytes(StandardCharsets.UTF_8);
        assertSameAsDatabind(YamlNode.parse(yaml, "p.yaml").plain());
        assertSameAsDatabind(null);
        assertSameAsDatabind(List.of());
        assertSameAsDatabind(new LinkedHashMap<>());
    }

    @Test
    void randomTreesAreWrittenAsDatabindWritesThem() throws Exception {
        long seed = 42L;
        Random rnd = new Random(seed);
        for (int i = 0; i < 200; i++) {
            assertSameAsDatabind(tree(rnd, 3));
        }
    }

    private static Object tree(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> null;
            case 1 -> rnd.nextLong() >> rnd.nextInt(64);
            case 2 -> Double.longBitsToDouble(rnd.nextLong());
            case 3 -> rnd.nextBoolean();
            case 4 -> text(rnd);
            case 5 -> new double[] {0.1, 1e7, 1e-3, 123.456, -0.0, Double.MAX_VALUE}[rnd.nextInt(6)];
            case 6 -> {
                Object[] items = new Object[rnd.nextInt(4)];
                Arrays.setAll(items, k -> tree(rnd, depth - 1));
                yield Arrays.asList(items);
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    m.put(text(rnd), tree(rnd, depth - 1));
                }
                yield m;
            }
        };
    }

    private static String text(Random rnd) {
        String alphabet = "aZ09 _-é😀\"\\\n\t\u0001\u007f/<>&'";
        StringBuilder sb = new StringBuilder();
        for (int k = rnd.nextInt(6); k > 0; k--) {
            int at = rnd.nextInt(alphabet.length());
            sb.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                    : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : alphabet.substring(at, at + 1));
        }
        return sb.toString();
    }
}
