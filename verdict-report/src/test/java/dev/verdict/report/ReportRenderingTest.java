package dev.verdict.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.evaluation.JsonReportWriter;
import dev.verdict.report.ReportModel.CheckStatus;
import dev.verdict.report.ReportModel.Decision;
import dev.verdict.report.ReportModel.GuardrailCheck;
import dev.verdict.report.ReportModel.Interval;
import dev.verdict.report.ReportModel.Outcome;
import dev.verdict.report.ReportModel.PlanInfo;
import dev.verdict.report.ReportModel.Role;
import dev.verdict.report.ReportModel.ScoreItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportRenderingTest {
    @Test
    void binaryReportHasEveryBinaryChartAndNoNetworkReference() {
        ReportModel m = Examples.builder("fraud").build();
        String html = HtmlRenderer.render(m);
        for (String id : List.of("roc", "pr", "sweep", "scores", "reliability", "confusion", "forest-auc")) {
            assertTrue(html.contains("id=\"chart-" + id + "\""), id);
        }
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(), "no external resource");
        assertTrue(html.contains("default-src 'none'"), "CSP forbids network");
        assertTrue(html.indexOf("Key results") < html.indexOf("All metrics"), "summary first");
        assertFalse(html.contains("id=\"decision\""), "no decision section without a decision");
    }

    @Test
    void chartDataIsValidJsonWithOneEntryPerChartElement() throws Exception {
        String html = HtmlRenderer.render(Examples.builder("delivery").distribution("Latency", "ms",
                Examples.latency(3000, 5)).build());
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"verdict-chart-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(data.find());
        JsonNode charts = new ObjectMapper().readTree(data.group(1));
        Matcher el = Pattern.compile("class=\"chart\" id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (el.find()) {
            assertTrue(charts.has(el.group(1)), el.group(1));
            count++;
        }
        assertEquals(charts.size(), count);
        for (String id : List.of("chart-residuals", "chart-fit", "chart-residual-hist", "chart-dist-0-hist")) {
            assertTrue(charts.has(id), id);
        }
    }

    @Test
    void optionalPartsAreRenderedWhenPresent() {
        Decision d = new Decision(Outcome.FAIL, List.of("Recall on country=FR is below the guardrail"),
                List.of(new ScoreItem("auc", "Ranking quality", 0.9, 0.5, 0.45)), 0.45,
                List.of(new GuardrailCheck("recall", "country=FR", "recall >= 0.60", 0.52,
                        new Interval(0.44, 0.6, 0.95, "bootstrap"), CheckStatus.FAIL, "upper end below 0.60")));
        ReportModel m = Examples.builder("fraud").decision(d)
                .plan(new PlanInfo("fraud-v2", "Decide whether model v2 replaces v1", "risk-ml team", "2026-06-30",
                        "locked 2026-01-12 by alice", true))
                .hierarchy("ap", Role.PRIMARY, 1).hierarchy("recall", Role.GUARDRAIL, 2)
                .intervals(r -> r.metric().equals("roc_auc") ? new Interval(r.value() - 0.01, r.value() + 0.01, 0.95,
                        "test") : null)
                .build();
        String html = HtmlRenderer.render(m);
        assertTrue(html.indexOf("id=\"decision\"") < html.indexOf("id=\"metrics\""), "decision first");
        for (String s : List.of("badge fail", "Recall on country=FR", "Scorecard", "Guardrail checks",
                "upper end below 0.60", "risk-ml team", "2026-06-30", "locked 2026-01-12 by alice",
                "role primary", "L1", "(95%)", "type\":\"boxplot\"")) {
            assertTrue(html.contains(s), s);
        }
        String md = MarkdownRenderer.render(m);
        assertTrue(md.contains("Decision: FAIL"), md);
        assertTrue(md.contains("| `recall` | country=FR | recall >= 0.60 | 0.5200 | fail"), md);
        assertTrue(md.contains("| primary L1 | `ap` average_precision |"), md);
    }

    @Test
    void markdownSummaryHasOneRowPerMetric() {
        ReportModel m = Examples.builder("fraud").build();
        String md = MarkdownRenderer.render(m);
        long rows = md.lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(m.metrics().size(), rows, md);
        assertTrue(md.contains("range over slices"), md);
        assertFalse(md.contains("Decision"), md);
    }

    @Test
    void writerCreatesTheFolderAndResultsJsonEqualsTheJsonOutput(@TempDir Path tmp) throws Exception {
        ReportModel m = Examples.builder("delivery").build();
        Path html = ReportWriter.write(m, tmp.resolve("a/b"));
        assertEquals(tmp.resolve("a/b/report.html"), html);
        assertTrue(Files.size(html) > 500_000, "ECharts is inlined");
        assertTrue(Files.exists(tmp.resolve("a/b/report.md")));
        assertEquals(JsonReportWriter.toJson(m.source()), Files.readString(tmp.resolve("a/b/results.json")));
    }

    @Test
    void warningsAreGroupedAcrossSlices() {
        ReportModel m = Examples.builder("fraud").build();
        for (String w : m.warnings()) {
            assertTrue(w.contains("(") && w.endsWith(")"), w);
        }
        assertEquals(m.warnings().size(), m.warnings().stream().distinct().count());
    }
}
