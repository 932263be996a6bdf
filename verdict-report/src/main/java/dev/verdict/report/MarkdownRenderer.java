package dev.verdict.report;

import dev.verdict.report.ReportModel.Decision;
import dev.verdict.report.ReportModel.GuardrailCheck;
import dev.verdict.report.ReportModel.MetricEntry;
import dev.verdict.report.ReportModel.ScoreItem;
import dev.verdict.report.ReportModel.SliceValue;
import java.util.Locale;

/**
 * Renders a {@link ReportModel} as a short GitHub-flavoured Markdown summary for a pull-request comment or a CI job
 * summary: the decision (when there is one), one table row per metric, and the warnings.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    /** @return the summary, ending with a newline */
    public static String render(ReportModel m) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(m.title()).append("\n\n");
        if (m.plan() != null && m.plan().purpose() != null) {
            md.append(m.plan().purpose()).append("\n\n");
        }
        md.append(m.task() == null ? "" : "**" + m.task() + "** · ").append(Labels.number(m.source().rows()))
                .append(" rows");
        if (m.source().dropped() > 0) {
            md.append(" (").append(Labels.number(m.source().dropped())).append(" dropped)");
        }
        md.append(" · plan `").append(m.source().planPath()).append("` (sha256 `")
                .append(m.source().planSha256(), 0, Math.min(12, m.source().planSha256().length())).append("`)\n\n");
        if (m.decision() != null) {
            decision(md, m.decision());
        }
        boolean slices = m.metrics().stream().anyMatch(e -> !e.slices().isEmpty());
        boolean roles = m.metrics().stream().anyMatch(e -> e.role() != null);
        md.append(roles ? "| role " : "").append("| metric | value | interval |").append(slices ? " range over slices |"
                : "").append(" note |\n");
        md.append(roles ? "|---" : "").append("|---|---:|---|").append(slices ? "---|" : "").append("---|\n");
        for (MetricEntry e : m.metrics()) {
            SliceValue v = e.overall();
            if (roles) {
                md.append("| ").append(e.role() == null ? "" : e.role().name().toLowerCase(Locale.ROOT))
                        .append(e.level() == null ? "" : " L" + e.level()).append(' ');
            }
            md.append("| `").append(e.id()).append("` ").append(e.id().equals(e.metric()) ? "" : e.metric())
                    .append(" | ").append(Labels.number(v.value())).append(" | ")
                    .append(cell(HtmlRenderer.interval(v.interval()))).append(" |");
            if (slices) {
                md.append(' ').append(cell(HtmlRenderer.range(e))).append(" |");
            }
            md.append(' ').append(v.warning() == null ? "" : "⚠️ " + cell(v.warning())).append(" |\n");
        }
        if (!m.warnings().isEmpty()) {
            md.append("\n<details><summary>⚠️ ").append(m.warnings().size()).append(" warning")
                    .append(m.warnings().size() == 1 ? "" : "s").append("</summary>\n\n");
            for (String w : m.warnings()) {
                md.append("- ").append(w.replace("\n", " ")).append('\n');
            }
            md.append("\n</details>\n");
        }
        md.append("\nCharts and per-slice results: `report.html`; every number: `results.json`.\n");
        return md.toString();
    }

    private static void decision(StringBuilder md, Decision d) {
        String icon = switch (d.outcome()) {
            case PASS -> "✅";
            case FAIL -> "❌";
            case INCONCLUSIVE -> "⚠️";
        };
        md.append("### ").append(icon).append(" Decision: ").append(d.outcome().name()).append("\n\n");
        for (String r : d.reasons()) {
            md.append("- ").append(r).append('\n');
        }
        md.append('\n');
        if (!d.scorecard().isEmpty()) {
            md.append("| scorecard | value | weight | contribution |\n|---|---:|---:|---:|\n");
            for (ScoreItem s : d.scorecard()) {
                md.append("| ").append(cell(s.label())).append(" (`").append(s.metricId()).append("`) | ")
                        .append(Labels.number(s.value())).append(" | ").append(Labels.number(s.weight())).append(" | ")
                        .append(Labels.number(s.contribution())).append(" |\n");
            }
            md.append("| **total** | | | **").append(Labels.number(d.scoreTotal())).append("** |\n\n");
        }
        if (!d.guardrails().isEmpty()) {
            md.append("| guardrail | slice | rule | value | result |\n|---|---|---|---:|---|\n");
            for (GuardrailCheck g : d.guardrails()) {
                md.append("| `").append(g.metricId()).append("` | ").append(cell(g.slice())).append(" | ")
                        .append(cell(g.rule())).append(" | ").append(Labels.number(g.value())).append(" | ")
                        .append(g.status().name().toLowerCase(Locale.ROOT))
                        .append(g.reason() == null ? "" : ": " + cell(g.reason())).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
