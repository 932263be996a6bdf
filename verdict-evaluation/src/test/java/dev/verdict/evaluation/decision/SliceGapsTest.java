package dev.verdict.evaluation.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.evaluation.ResultRow;
import dev.verdict.evaluation.VersusRest;
import dev.verdict.plan.Plan;
import dev.verdict.plan.PlanLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SliceGapsTest {
    @TempDir
    Path dir;

    private static ResultRow row(String id, String slice, long n, double value) {
        return new ResultRow(id, id, Map.of(), slice, n, value, Map.of(), null);
    }

    @Test
    void bestWorstGapRatioPerSliceFamilyAndAFlaggedProportionSlice() throws Exception {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: binary\ndata: {path: p.csv, label: y, score: p}\n"
                + "slices: [country, [country, device]]\nmin_slice_size: 100\n"
                + "metrics: [{id: acc, name: accuracy}, {id: ap, name: average_precision}]\n");
        Plan plan = PlanLoader.load(p);
        List<ResultRow> rows = List.of(row("acc", "all", 3000, .9), row("acc", "country=FR", 1000, .8),
                row("acc", "country=US", 1000, .95), row("acc", "country=DE", 1000, .95),
                row("acc", "country=XX", 50, .1), row("ap", "country=FR", 1000, .5), row("ap", "country=US", 1000, .4),
                row("ap", "country=US,device=web", 500, .3), row("ap", "country=US,device=ios", 500, .6));
        List<SliceGaps.Gap> gaps = SliceGaps.of(plan, rows);
        assertEquals(List.of("acc/country", "ap/country", "ap/country,device"),
                gaps.stream().map(g -> g.metric() + "/" + g.family()).toList());
        SliceGaps.Gap acc = gaps.get(0);
        assertEquals("country=US", acc.result().best());
        assertEquals("country=FR", acc.result().worst(), "country=XX is below min_slice_size");
        assertEquals(0.15, acc.result().gap(), 1e-12);
        assertEquals(0.8 / 0.95, acc.result().ratio(), 1e-12);
        assertEquals(List.of("country=FR"), acc.flagged().stream().map(t -> t.name()).toList());
        assertTrue(acc.flagged().get(0).adjustedPValue() < 0.05);
        assertTrue(gaps.get(1).flagged().isEmpty(), "average precision is not a proportion: no test");
        assertEquals("country=US,device=web", gaps.get(2).result().worst());
    }

    @Test
    void proportionsWithAnIntervalAreTestedWithTheIntervalsCounts() throws Exception {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: binary\ndata: {path: p.csv, label: y, score: p}\nslices: [country]\n"
                + "metrics: [{id: rec, name: recall, ci: wilson}]\n");
        Plan plan = PlanLoader.load(p);
        // recall is a share of the positives: 300 positives per country, 90% vs 60% vs 91% recalled
        List<ResultRow> rows = List.of(withCounts("country=FR", 1000, 180, 300), withCounts("country=US", 1000, 270,
                300), withCounts("country=DE", 1000, 273, 300));
        SliceGaps.Gap rec = SliceGaps.of(plan, rows).get(0);
        assertEquals(List.of("country=FR"), rec.flagged().stream().map(t -> t.name()).toList());
        // the same values without counts are not tested
        List<ResultRow> bare = List.of(row("rec", "country=FR", 1000, 0.6), row("rec", "country=US", 1000, 0.9),
                row("rec", "country=DE", 1000, 0.91));
        assertTrue(SliceGaps.of(plan, bare).get(0).flagged().isEmpty());
    }

    private static ResultRow withCounts(String slice, long n, int successes, int trials) {
        return row("rec", slice, n, (double) successes / trials).withCi(new dev.verdict.evaluation.ConfidenceInterval(
                0, 1, 0.95, "wilson", Map.of("successes", successes, "trials", trials), null));
    }

    @Test
    void familyOfACrossSlice() {
        assertEquals("country,device", SliceGaps.family("country=US,device=web"));
        assertEquals("country", SliceGaps.family("country=US"));
    }

    @Test
    void testsMadeOnTheRowsAreCorrectedWithHolmAndWrittenToTheJson() throws Exception {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: regression\ndata: {path: p.csv, label: y, prediction: q}\nslices: [region]\n"
                + "metrics: [{id: mae, name: mae}, {id: r2, name: r2}]\n");
        Plan plan = PlanLoader.load(p);
        // statsmodels 0.13.5: multipletests([0.001, 0.3, 0.02], method="holm")[1] = [0.003, 0.3, 0.04]
        List<ResultRow> rows = List.of(tested("north", 3.0, 0.001), tested("south", 2.0, 0.3),
                tested("west", 2.6, 0.02), row("r2", "region=north", 100, 0.5).withVsRest(VersusRest.untested(null,
                200, "no fast resampling path for r2")), row("r2", "region=south", 100, 0.6));
        List<SliceGaps.Gap> gaps = SliceGaps.of(plan, rows);
        SliceGaps.Gap mae = gaps.get(0);
        assertEquals(List.of("region=north", "region=west"), mae.flagged().stream().map(t -> t.name()).toList());
        assertEquals(0.003, mae.flagged().get(0).adjustedPValue(), 1e-15);
        assertEquals(0.04, mae.flagged().get(1).adjustedPValue(), 1e-15);
        Map<?, ?> json = (Map<?, ?>) DecisionJson.gaps(gaps).get(0);
        Map<?, ?> first = (Map<?, ?>) ((List<?>) json.get("tests")).get(0);
        assertEquals("welch_t", first.get("method"));
        assertEquals(200L, first.get("rest_n"));
        assertEquals(2.2, first.get("rest_value"));
        assertEquals(4.0, first.get("statistic"));
        assertEquals(0.001, first.get("p_value"));
        assertEquals(true, first.get("significantly_worse"));
        assertEquals("welch_t", ((Map<?, ?>) ((List<?>) json.get("significantly_worse")).get(0)).get("method"));
        List<?> r2 = (List<?>) ((Map<?, ?>) DecisionJson.gaps(gaps).get(1)).get("tests");
        assertEquals("no fast resampling path for r2", ((Map<?, ?>) r2.get(0)).get("reason"));
        assertTrue(((String) ((Map<?, ?>) r2.get(1)).get("reason")).contains("no test was computed on the rows"));
    }

    private static ResultRow tested(String region, double value, double p) {
        return row("mae", "region=" + region, 100, value).withVsRest(new VersusRest("welch_t", 200, 2.2, 0.1, 4.0, p,
                Map.of("df", 150.0), null));
    }
}
