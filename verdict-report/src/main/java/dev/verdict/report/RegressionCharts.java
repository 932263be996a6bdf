package dev.verdict.report;

import static dev.verdict.report.Opt.axis;
import static dev.verdict.report.Opt.base;
import static dev.verdict.report.Opt.list;
import static dev.verdict.report.Opt.map;
import static dev.verdict.report.Opt.points;

import dev.verdict.core.curves.Residuals;
import dev.verdict.report.ReportModel.Chart;
import dev.verdict.report.ReportModel.Section;
import dev.verdict.report.ReportModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Regression charts: residuals against predictions, predictions against truth, residual histogram. */
final class RegressionCharts {
    /** Most points drawn per scatter chart (see {@link Residuals} for how they are chosen). */
    static final int MAX_POINTS = 2000;

    private RegressionCharts() {
    }

    static List<Section> sections(double[] yTrue, double[] yPred) {
        Residuals r = Residuals.of(yTrue, yPred, MAX_POINTS, 40);
        String sample = r.sampled() ? r.prediction().length + " of " + r.rows() + " rows, evenly spaced by "
                + "prediction" : "all " + r.rows() + " rows";
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < yTrue.length; i++) {
            lo = Math.min(lo, Math.min(yTrue[i], yPred[i]));
            hi = Math.max(hi, Math.max(yTrue[i], yPred[i]));
        }
        Map<String, Object> res = base(false);
        res.put("xAxis", axis("Prediction", null, null, 30));
        res.put("yAxis", axis("Residual (truth - prediction)", null, null, 46));
        res.put("series", list(map("type", "scatter", "name", "Rows", "data", points(r.prediction(), r.residual()),
                "symbolSize", 4, "large", true, "itemStyle", map("color", Opt.BLUE, "opacity", 0.5),
                "markLine", map("silent", true, "symbol", "none", "label", map("formatter", "no error", "position",
                        "insideEndTop"),
                        "lineStyle", map("color", Opt.RED), "data", List.of(map("yAxis", 0))))));
        Map<String, Object> fit = base(false);
        fit.put("xAxis", axis("Truth", null, null, 30));
        fit.put("yAxis", axis("Prediction", null, null, 46));
        fit.put("series", list(map("type", "scatter", "name", "Rows", "data", points(r.actual(), r.prediction()),
                "symbolSize", 4, "large", true, "itemStyle", map("color", Opt.BLUE, "opacity", 0.5)),
                Opt.refLine("Perfect prediction", lo, lo, hi, hi)));
        List<Chart> charts = List.of(
                new Chart("residuals", "Residuals against prediction", "Residual = truth - prediction; "
                        + sample + ". A band centred on zero with even width is healthy; a trend or a funnel "
                        + "shape means errors depend on the prediction.", res, 340),
                new Chart("fit", "Prediction against truth", sample + "; the dashed line is a perfect prediction.",
                        fit, 340),
                DistributionCharts.histogramChart("residual-hist", "Residual distribution",
                        "numpy.histogram of every residual on 40 bins.", r.histogram(), "Residual", Opt.BLUE,
                        null));
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < Residuals.PERCENTILES.length; k++) {
            rows.add(List.of("p" + Labels.number(Residuals.PERCENTILES[k]), Labels.number(r.percentiles()[k])));
        }
        Table t = new Table("Residual percentiles (numpy.percentile, linear)", List.of("percentile", "residual"),
                rows);
        return List.of(new Section("residuals", "Where the predictions go wrong",
                "Each dot is a row. Points above zero were under-predicted, below zero over-predicted.", charts,
                List.of(t)));
    }
}
