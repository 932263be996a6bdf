package dev.verdict.report;

import static dev.verdict.report.Opt.axis;
import static dev.verdict.report.Opt.base;
import static dev.verdict.report.Opt.list;
import static dev.verdict.report.Opt.map;

import dev.verdict.core.curves.Histogram;
import dev.verdict.core.curves.Percentiles;
import dev.verdict.report.ReportModel.Chart;
import dev.verdict.report.ReportModel.Section;
import dev.verdict.report.ReportModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Histogram and percentiles of a numeric column, e.g. latency. */
final class DistributionCharts {
    /** The percentiles shown. */
    static final double[] PERCENTILES = {50, 90, 95, 99};

    private DistributionCharts() {
    }

    /**
     * @param name what the values are, e.g. "Latency"
     * @param unit unit, e.g. "ms", or null
     * @param values the values (finite)
     * @param over what the values are spread over, plural ("rows", "queries")
     */
    static Section section(String id, String name, String unit, double[] values, String over) {
        double[] p = Percentiles.of(values, PERCENTILES);
        Histogram h = Histogram.of(values, null, 40);
        List<Object> marks = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            marks.add(map("xAxis", p[k], "label", map("formatter", "p" + Labels.number(PERCENTILES[k]))));
        }
        String axisName = unit == null ? name : name + " (" + unit + ")";
        Chart chart = histogramChart(id + "-hist", name + " distribution", "numpy.histogram on 40 bins of "
                + values.length + " " + over + "; vertical lines at numpy.percentile (linear) p50, p90, p95, p99.", h,
                axisName, Opt.PURPLE, marks);
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            rows.add(List.of("p" + Labels.number(PERCENTILES[k]), Labels.number(p[k])));
        }
        double[] extremes = Percentiles.of(values, 0, 100);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        rows.add(List.of("mean", Labels.number(values.length == 0 ? Double.NaN : sum / values.length)));
        rows.add(List.of("min", Labels.number(extremes[0])));
        rows.add(List.of("max", Labels.number(extremes[1])));
        Table t = new Table(axisName + " percentiles", List.of("statistic", unit == null ? "value" : unit), rows);
        return new Section(id, name, "How " + name.toLowerCase(java.util.Locale.ROOT) + " is spread over the "
                + over + "; the tail percentiles (p95, p99) are what the slowest users see.", List.of(chart), List.of(t));
    }

    /** @return a bar chart of a histogram on a value axis (bars span their bins) */
    static Chart histogramChart(String id, String title, String caption, Histogram h, String axisName, String color,
            List<Object> markLines) {
        List<Object> data = new ArrayList<>();
        double[] e = h.edges();
        for (int k = 0; k < h.bins(); k++) {
            data.add(new double[] {(e[k] + e[k + 1]) / 2, h.counts()[k]});
        }
        Map<String, Object> series = map("type", "bar", "name", "Rows", "data", data, "barWidth", "96%",
                "itemStyle", map("color", color, "opacity", 0.8));
        if (markLines != null) {
            series.put("markLine", map("silent", true, "symbol", "none", "lineStyle", map("color", Opt.RED),
                    "label", map("position", "end", "fontSize", 11), "data", markLines));
        }
        Map<String, Object> o = base(false);
        o.put("xAxis", axis(axisName, null, null, 30));
        o.put("yAxis", axis("Rows", 0.0, null, 46));
        o.put("series", list(series));
        return new Chart(id, title, caption, o, 320);
    }
}
