package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verdict evaluate --baseline} with a wildcard-slice baseline guardrail on a ranking plan (examples/search): the
 * candidate run reverses the ranking of the billing queries, so NDCG@10 drops on that slice only; the 7 account
 * queries are below {@code min_slice_size: 10} and reported, not judged.
 */
final class RankingSliceBaselineEndToEndTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "search");

    @TempDir
    Path dir;

    private Path candidateRun() throws IOException {
        Map<String, String> category = new HashMap<>();
        List<String> rows = Files.readAllLines(EXAMPLE.resolve("queries.csv"));
        for (String row : rows.subList(1, rows.size())) {
            category.put(row.split(",")[0], row.split(",")[1]);
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(EXAMPLE.resolve("run.txt"))) {
            String[] f = line.trim().split("\\s+");
            double score = Double.parseDouble(f[4]);
            out.add(String.join(" ", f[0], f[1], f[2], f[3],
                    Double.toString(category.get(f[0]).equals("billing") ? -score : score), "cand"));
        }
        Path p = dir.resolve("cand.txt");
        Files.write(p, out);
        return p;
    }

    @Test
    void sliceGuardrailFailsOnTheWorseSliceOfQueries() throws Exception {
        for (String f : List.of("qrels.txt", "queries.csv", "run.txt")) {
            Files.copy(EXAMPLE.resolve(f), dir.resolve(f));
        }
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "task: ranking\ndata:\n  run: run.txt\n  qrels: qrels.txt\n"
                + "  queries: {path: queries.csv, id: qid}\nslices: [category]\nmin_slice_size: 10\n"
                + "metrics:\n  - {id: ndcg10, name: ndcg, k: 10}\n"
                + "guardrails:\n  - {metric: ndcg10, slice: \"category=*\", max_drop: 0.05, vs: baseline}\n");
        Path json = dir.resolve("out.json");
        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--data", candidateRun().toString(),
                "--baseline", dir.resolve("run.txt").toString(), "--json", json.toString());
        assertEquals(1, run.exit(), run::toString);
        JsonNode decision = new ObjectMapper().readTree(json.toFile()).get("decision");
        Map<String, String> status = new TreeMap<>();
        decision.get("checks").forEach(c -> status.put(c.get("slice").asText(), c.get("status").asText()));
        assertEquals(Map.of("category=billing", "fail", "category=how-to", "pass", "category=troubleshooting", "pass"),
                status, decision::toString);
        JsonNode skipped = decision.get("not_judged").get(0);
        assertEquals("category=account", skipped.get("slice").asText(), decision::toString);
        assertEquals(7, skipped.get("n").asInt());
        assertTrue(run.out().contains("category=billing"), run::toString);
    }
}
