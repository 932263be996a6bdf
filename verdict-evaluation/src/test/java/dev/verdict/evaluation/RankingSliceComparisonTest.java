package dev.verdict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.evaluation.decision.Decision;
import dev.verdict.evaluation.decision.DecisionEngine;
import dev.verdict.evaluation.decision.PairedComparator;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verdict compare} and the baseline guardrails on the slices of a ranking plan (examples/search): a second run
 * is made by reversing the ranking of the billing and account queries and nudging the other scores. Each slice's
 * paired difference must be the mean of the per-query differences over the slice's queries, computed here from the
 * {@code all} results and the categories read from queries.csv by this test.
 */
final class RankingSliceComparisonTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "search");
    private static final List<String> WORSE = List.of("billing", "account");

    @TempDir
    Path dir;

    private final Map<String, String> category = new HashMap<>();

    @BeforeEach
    void copyExample() throws IOException {
        for (String f : List.of("qrels.txt", "queries.csv", "run.txt")) {
            Files.copy(EXAMPLE.resolve(f), dir.resolve(f));
        }
        List<String> rows = Files.readAllLines(dir.resolve("queries.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            category.put(cells[0], cells[1]);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(dir.resolve("run.txt"))) {
            String[] f = line.trim().split("\\s+");
            double score = Double.parseDouble(f[4]);
            score = WORSE.contains(category.get(f[0])) ? -score : score + (i++ * 37 % 11) / 10.0;
            out.add(String.join(" ", f[0], f[1], f[2], f[3], Double.toString(score), "perturbed"));
        }
        Files.write(dir.resolve("run2.txt"), out);
    }

    private Plan plan(String guardrails) throws IOException {
        String text = "task: ranking\ndata:\n  run: run.txt\n  qrels: qrels.txt\n"
                + "  queries: {path: queries.csv, id: qid}\nslices: [category]\nmin_slice_size: 10\n"
                + "metrics:\n  - {id: ndcg10, name: ndcg, k: 10}\n  - {id: rr, name: mrr}\n"
                + "  - {id: p99, name: percentile, column: latency_ms, q: 0.99}\n" + guardrails;
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, text);
        return PlanLoader.load(p);
    }

    /** @return query id to per-query value of the metric on {@code all} */
    private static Map<String, Double> perQuery(EvaluationReport r, String id) {
        ResultRow all = r.results().stream().filter(x -> x.id().equals(id) && x.slice().equals("all"))
                .findFirst().orElseThrow();
        List<?> q = (List<?>) all.detail().get("queries");
        double[] v = (double[]) all.detail().get("per_query");
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            out.put(String.valueOf(q.get(i)), v[i]);
        }
        return out;
    }

    @Test
    void sliceDifferencesAreMeansOfPerQueryDifferencesOverTheSlicesQueries() throws Exception {
        Plan plan = plan("");
        Path base = dir.resolve("run.txt");
        Path cand = dir.resolve("run2.txt");
        ComparisonReport report = Comparison.run(plan, base, cand);
        EvaluationReport b = Evaluation.run(plan, base);
        EvaluationReport c = Evaluation.run(plan, cand);
        for (String id : List.of("ndcg10", "rr")) {
            Map<String, Double> vb = perQuery(b, id);
            Map<String, Double> vc = perQuery(c, id);
            Map<String, double[]> sums = new TreeMap<>();   // category -> {n, sum base, sum cand}
            vb.forEach((q, x) -> {
                double[] s = sums.computeIfAbsent("category=" + category.get(q), k -> new double[3]);
                s[0]++;
                s[1] += x;
                s[2] += vc.get(q);
            });
            List<String> compared = new ArrayList<>();
            for (ComparisonRow row : report.comparisons()) {
                if (!row.id().equals(id) || row.slice().equals("all")) {
                    continue;
                }
                compared.add(row.slice());
                double[] s = sums.get(row.slice());
                assertEquals((long) s[0], row.n(), row.slice());
                assertEquals(s[1] / s[0], row.baseline(), 1e-12, row.slice());
                assertEquals(s[2] / s[0], row.candidate(), 1e-12, row.slice());
                assertEquals((s[2] - s[1]) / s[0], row.difference(), 1e-12, row.slice());
                assertTrue(row.pValue() >= 0 && row.pValue() <= 1 && row.pAdjusted() >= row.pValue(), row.slice());
            }
            assertEquals(new ArrayList<>(sums.keySet()), compared.stream().sorted().toList(), id);
        }
        assertEquals(2 * (1 + 4), report.comparisons().size());
        assertTrue(report.comparisons().stream().filter(r -> r.slice().equals("category=billing"))
                .allMatch(r -> r.difference() < -0.1), () -> report.comparisons().toString());
    }

    @Test
    void wildcardSliceGuardrailFailsOnTheSliceMadeWorseAndSkipsSmallSlices() throws Exception {
        Plan plan = plan("guardrails:\n  - {metric: ndcg10, slice: \"category=*\", max_drop: 0.05, vs: baseline}\n");
        EvaluationReport cand = Evaluation.run(plan, dir.resolve("run2.txt"));
        List<dev.verdict.evaluation.decision.Comparison> comparisons = new PairedComparator().compare(plan, cand,
                dir.resolve("run.txt"));
        Decision d = DecisionEngine.decide(plan, cand.results(), comparisons);
        assertEquals(Decision.Outcome.FAIL, d.outcome(), () -> d.reasons().toString());
        Map<String, Decision.Outcome> bySlice = new TreeMap<>();
        d.checks().forEach(ch -> bySlice.put(ch.slice(), ch.status()));
        assertEquals(Decision.Outcome.FAIL, bySlice.get("category=billing"), bySlice::toString);
        assertFalse(bySlice.containsKey("category=account"), bySlice::toString);
        assertTrue(bySlice.containsKey("category=how-to") && bySlice.containsKey("category=troubleshooting"),
                bySlice::toString);
        assertEquals(List.of(new Decision.NotJudged(d.notJudged().get(0).guardrail(), "category=account", 7)),
                d.notJudged());
    }
}
