package dev.verdict.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's design fills the report model: plan info, hierarchy, decision, slice gaps. */
final class DesignReportTest {
    @Test
    void fraudPlanFillsEveryOptionalPart() {
        ReportModel m = Examples.designBuilder("fraud").build();
        assertEquals("Evaluation report: fraud-model-v7", m.title());
        assertEquals("risk-ml", m.plan().owner());
        assertEquals("2027-02-01", m.plan().reviewDate());
        assertEquals(ReportModel.Outcome.FAIL, m.decision().outcome());
        assertTrue(m.decision().guardrails().stream().anyMatch(g -> g.slice().equals("country=US")
                && g.status() == ReportModel.CheckStatus.FAIL), m.decision().guardrails().toString());
        assertEquals(3, m.decision().scorecard().size());
        ReportModel.MetricEntry ap = m.metrics().get(0);
        assertEquals(ReportModel.Role.PRIMARY, ap.role());
        assertEquals(1, ap.level());
        assertTrue(m.sections().stream().anyMatch(s -> s.id().equals("slice-gaps")));
        String html = HtmlRenderer.render(m);
        for (String s : List.of("id=\"decision\"", "badge fail", "Scorecard", "Slice gaps", "role primary")) {
            assertTrue(html.contains(s), s);
        }
    }

    @Test
    void sliceGapTableNamesTheTestOfEveryMetric() {
        ReportModel m = Examples.designBuilder("fraud").build();
        ReportModel.Table t = m.sections().stream().filter(s -> s.id().equals("slice-gaps")).findFirst()
                .orElseThrow().tables().get(0);
        assertEquals("test", t.header().get(t.header().size() - 1));
        List<String> logLoss = t.rows().stream().filter(r -> r.get(0).equals("log_loss") && r.get(1).equals("country"))
                .findFirst().orElseThrow();
        assertTrue(logLoss.get(6).startsWith("country=BR (p_adj"), logLoss.toString());
        assertEquals("welch_t", logLoss.get(7));
        assertTrue(t.rows().stream().anyMatch(r -> r.get(7).startsWith("none: the value of confusion_matrix")),
                t.rows().toString());
    }
}
