package dev.verdict.report;

import static dev.verdict.report.Opt.axis;
import static dev.verdict.report.Opt.base;
import static dev.verdict.report.Opt.list;
import static dev.verdict.report.Opt.map;

import dev.verdict.report.ReportModel.Chart;
import dev.verdict.report.ReportModel.MetricEntry;
import dev.verdict.report.ReportModel.Section;
import dev.verdict.report.ReportModel.SliceValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Forest plots: each metric's value per slice with its interval, against the value on all rows. */
final class SliceCharts {
    private SliceCharts() {
    }

    /** @return the "results by slice" section, or null when no metric has slices */
    static Section section(List<MetricEntry> metrics) {
        List<Chart> charts = new ArrayList<>();
        for (MetricEntry m : metrics) {
            if (!m.slices().isEmpty() && !m.metric().equals("confusion_matrix")) {
                charts.add(forest(m));
            }
        }
        if (charts.isEmpty()) {
            return null;
        }
        boolean intervals = metrics.stream().anyMatch(m -> m.slices().stream().anyMatch(s -> s.interval() != null));
        return new Section("slices", "Results by slice", "Each row is a group of the data (e.g. one country). "
                + "The dashed line is the value on all rows"
                + (intervals ? "; whiskers show the confidence interval." : "; no confidence intervals were "
                        + "computed for this evaluation.") + " Small groups vary more.", charts, List.of());
    }

    private static Chart forest(MetricEntry m) {
        List<Object> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> boxes = new ArrayList<>();
        boolean anyInterval = false;
        for (int k = 0; k < m.slices().size(); k++) {
            SliceValue s = m.slices().get(k);
            names.add(s.slice() + "  (n=" + Labels.number(s.n()) + ")");
            values.add(map("value", new double[] {s.value(), k}, "itemStyle", s.warning() == null ? null
                    : map("color", Opt.AMBER)));
            if (s.interval() != null) {
                anyInterval = true;
                double lo = s.interval().low();
                double hi = s.interval().high();
                boxes.add(new double[] {lo, s.value(), s.value(), s.value(), hi});
            } else {
                boxes.add(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            }
        }
        Map<String, Object> points = map("type", "scatter", "name", "Slice value", "data", values, "symbolSize", 11,
                "z", 3, "itemStyle", map("color", Opt.BLUE), "markLine", Double.isFinite(m.overall().value())
                        ? map("silent", true, "symbol", "none", "lineStyle", map("type", "dashed", "color", "#374151"),
                                "label", map("formatter", "all rows " + Labels.number(m.overall().value()), "position", "end"),
                                "data", List.of(map("xAxis", m.overall().value())))
                        : null);
        List<Object> series = list(points);
        if (anyInterval) {
            series.add(0, map("type", "boxplot", "name", "Interval", "data", boxes, "boxWidth", List.of(2, 8),
                    "itemStyle", map("color", "#dbeafe", "borderColor", Opt.BLUE)));
        }
        Map<String, Object> o = base(false);
        o.put("grid", map("left", 12, "right", 40, "top", 30, "bottom", 44, "containLabel", true));
        o.put("xAxis", axis(m.id() + " (" + m.metric() + ")", null, null, 28));
        o.put("yAxis", map("type", "category", "data", names, "inverse", true, "axisTick", map("show", false)));
        o.put("series", series);
        Boolean better = m.largerIsBetter();
        String caption = m.label() + (better == null ? "" : better ? " (higher is better)" : " (lower is better)")
                + (m.slices().stream().anyMatch(s -> s.warning() != null) ? ". Amber dots carry a warning (see "
                        + "Warnings)." : ".");
        return new Chart("forest-" + m.id(), m.id(), caption, o, 70 + 30 * m.slices().size());
    }
}
