package dev.verdict.report;

import static dev.verdict.report.Opt.axis;
import static dev.verdict.report.Opt.base;
import static dev.verdict.report.Opt.list;
import static dev.verdict.report.Opt.map;
import static dev.verdict.report.Opt.points;

import dev.verdict.core.curves.ClassifierCurves;
import dev.verdict.core.curves.Histogram;
import dev.verdict.core.curves.Reliability;
import dev.verdict.core.curves.ScoreDistributions;
import dev.verdict.core.curves.ThresholdSweep;
import dev.verdict.report.ReportModel.Chart;
import dev.verdict.report.ReportModel.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binary classifier charts from the evaluated rows: ROC and precision-recall curves with the operating point,
 * threshold sweep, reliability diagram, confusion matrix and score distributions by class.
 */
final class BinaryCharts {
    /** Most points drawn per curve (curves with more are thinned evenly, see {@link Opt#thin}). */
    static final int MAX_CURVE_POINTS = 2000;
    /** Thresholds swept (every distinct score when fewer). */
    static final int SWEEP_POINTS = 201;

    private final int[] label;
    private final double[] score;
    private final double[] weight;
    private final int[] predicted;
    private final double threshold;
    private final String negative;
    private final String positive;
    private final ClassifierCurves.Counts counts;

    BinaryCharts(int[] label, double[] score, double[] weight, int[] predicted, double threshold,
            List<String> classes) {
        this.label = label;
        this.score = score;
        this.weight = weight;
        this.predicted = predicted;
        this.threshold = threshold;
        this.negative = classes.size() == 2 ? classes.get(0) : "0";
        this.positive = classes.size() == 2 ? classes.get(1) : "1";
        this.counts = score == null ? null : ClassifierCurves.counts(label, score, weight);
    }

    /** @return the sections: ranking curves, threshold choice, calibration, errors */
    List<Section> sections(ThresholdSweep.Costs costs, double beta) {
        List<Section> out = new ArrayList<>();
        if (score != null && counts.positives() > 0 && counts.negatives() > 0) {
            out.add(new Section("ranking", "How well the scores separate the classes",
                    "Curves further towards the top-left (ROC) and top-right (precision-recall) are better. The dot "
                            + "marks the plan's operating point: score >= " + Labels.plain(threshold) + ".",
                    List.of(roc(), pr()), List.of()));
            out.add(new Section("threshold", "Choosing the threshold",
                    "What happens at each possible threshold. Moving it right flags fewer cases: precision usually "
                            + "rises and recall falls. The vertical line is the plan's threshold.",
                    List.of(sweep(costs, beta), distributions()), List.of()));
        }
        if (score != null && inUnitInterval()) {
            out.add(new Section("calibration", "Can the probabilities be taken at face value?",
                    "Cases are grouped by predicted probability; each dot compares the average prediction with how "
                            + "often the case was really positive. Dots on the diagonal mean well-calibrated scores.",
                    List.of(reliability()), List.of()));
        }
        if (score != null || predicted != null) {
            out.add(new Section("errors", "Right and wrong decisions", predicted != null
                    ? "Counts of the prediction column against the truth."
                    : "Counts at the plan's threshold (score >= " + Labels.plain(threshold) + ").",
                    List.of(confusion()), List.of()));
        }
        return out;
    }

    private boolean inUnitInterval() {
        for (double s : score) {
            if (!(s >= 0 && s <= 1)) {
                return false;
            }
        }
        return score.length > 0;
    }

    /** @return {tp, fp} at "score >= t" */
    private double[] at(double t) {
        ThresholdSweep s = ThresholdSweep.of(counts, new double[] {t}, 1.0, null);
        double tp = s.recall()[0] * counts.positives();
        double flagged = s.positiveRate()[0] * (counts.positives() + counts.negatives());
        return new double[] {tp, flagged - tp};
    }

    private Chart roc() {
        ClassifierCurves.Roc r = ClassifierCurves.roc(label, score, weight, true);
        double[][] c = Opt.thin(r.fpr(), r.tpr(), MAX_CURVE_POINTS);
        double[] op = at(threshold);
        Map<String, Object> o = base(true);
        o.put("xAxis", axis("False positive rate (negatives wrongly flagged)", 0.0, 1.0, 30));
        o.put("yAxis", axis("True positive rate (recall)", 0.0, 1.0, 42));
        o.put("series", list(
                map("type", "line", "name", "Model", "data", points(c[0], c[1]), "showSymbol", false,
                        "lineStyle", map("width", 2.5), "itemStyle", map("color", Opt.BLUE)),
                Opt.refLine("Random guessing", 0, 0, 1, 1),
                operatingPoint(op[1] / counts.negatives(), op[0] / counts.positives())));
        return new Chart("roc", "ROC curve", "sklearn.metrics.roc_curve (drop_intermediate=True) on all rows; "
                + r.fpr().length + " points.", o, 360);
    }

    @SuppressWarnings("unchecked")
    private Chart pr() {
        ClassifierCurves.PrecisionRecall p = ClassifierCurves.precisionRecall(label, score, weight);
        double[][] c = Opt.thin(p.recall(), p.precision(), MAX_CURVE_POINTS);
        double[] op = at(threshold);
        double base = counts.positives() / (counts.positives() + counts.negatives());
        Map<String, Object> o = base(true);
        ((Map<String, Object>) o.get("grid")).put("top", 64);
        o.put("xAxis", axis("Recall (positives caught)", 0.0, 1.0, 30));
        o.put("yAxis", axis("Precision (flagged cases that are positive)", 0.0, 1.0, 42));
        o.put("series", list(
                map("type", "line", "name", "Model", "data", points(c[0], c[1]), "showSymbol", false,
                        "step", "end", "lineStyle", map("width", 2.5), "itemStyle", map("color", Opt.BLUE)),
                Opt.refLine("Random guessing (positive rate " + Labels.percent(base) + ")", 0, base, 1, base),
                operatingPoint(op[0] / counts.positives(), op[0] + op[1] == 0 ? 0 : op[0] / (op[0] + op[1]))));
        return new Chart("pr", "Precision-recall curve", "sklearn.metrics.precision_recall_curve on all rows; "
                + p.precision().length + " points.", o, 360);
    }

    private Map<String, Object> operatingPoint(double x, double y) {
        return map("type", "scatter", "name", "Operating point (score >= " + Labels.plain(threshold) + ")",
                "data", List.of(new double[] {x, y}), "symbolSize", 14, "z", 5,
                "itemStyle", map("color", Opt.RED, "borderColor", "#fff", "borderWidth", 2));
    }

    private Chart sweep(ThresholdSweep.Costs costs, double beta) {
        ThresholdSweep s = ThresholdSweep.of(counts, ThresholdSweep.grid(counts, SWEEP_POINTS), beta, costs);
        double[] t = s.thresholds();
        String fName = beta == 1.0 ? "F1" : "F" + Labels.plain(beta);
        List<Object> series = list(
                line("Precision", t, s.precision(), Opt.BLUE, 0),
                line("Recall", t, s.recall(), Opt.GREEN, 0),
                line(fName, t, s.fbeta(), Opt.PURPLE, 0),
                line("Share flagged", t, s.positiveRate(), Opt.GREY, 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) series.get(0);
        first.put("markLine", map("silent", true, "symbol", "none", "lineStyle", map("color", Opt.RED, "type", "solid"),
                "label", map("formatter", "plan threshold " + Labels.plain(threshold)),
                "data", List.of(map("xAxis", threshold))));
        List<Object> yAxes = list(axis("Rate", 0.0, 1.0, 40));
        if (s.expectedCost() != null) {
            series.add(line("Expected cost per case", t, s.expectedCost(), Opt.AMBER, 1));
            Map<String, Object> costAxis = axis("Expected cost per case", null, null, 48);
            costAxis.put("splitLine", map("show", false));
            yAxes.add(costAxis);
        }
        Map<String, Object> o = base(true);
        o.put("tooltip", map("trigger", "axis", "confine", true));
        @SuppressWarnings("unchecked")
        Map<String, Object> grid = (Map<String, Object>) o.get("grid");
        grid.put("right", s.expectedCost() != null ? 72 : 28);
        boolean unit = inUnitInterval();
        o.put("xAxis", axis("Threshold (flag when score >= threshold)", unit ? 0.0 : t.length == 0 ? null : t[0],
                unit ? 1.0 : t.length == 0 ? null : t[t.length - 1], 30));
        grid.put("top", 64);
        o.put("yAxis", yAxes);
        o.put("series", series);
        String caption = "At " + t.length + " thresholds (" + (t.length < SWEEP_POINTS ? "every distinct score"
                : "evenly spaced from the lowest to the highest score") + "); " + fName + " with beta "
                + Labels.plain(beta) + (costs == null ? "; no costs in the plan (add an expected_cost metric)"
                : String.format(Locale.ROOT, "; cost of a false positive %s, of a false negative %s",
                        Labels.number(costs.fp()), Labels.number(costs.fn()))) + ".";
        return new Chart("sweep", "Threshold sweep", caption, o, 380);
    }

    private static Map<String, Object> line(String name, double[] x, double[] y, String color, int yAxis) {
        return map("type", "line", "name", name, "data", points(x, y), "showSymbol", false, "yAxisIndex", yAxis,
                "lineStyle", map("width", 2), "itemStyle", map("color", color));
    }

    private Chart distributions() {
        ScoreDistributions d = ScoreDistributions.of(label, score, weight, 20);
        Histogram neg = d.negative();
        Histogram pos = d.positive();
        List<Object> cats = new ArrayList<>();
        double[] e = neg.edges();
        for (int k = 0; k < neg.bins(); k++) {
            cats.add(Labels.plain(e[k]) + "–" + Labels.plain(e[k + 1]));
        }
        Map<String, Object> o = base(true);
        o.put("tooltip", map("trigger", "axis", "confine", true));
        o.put("xAxis", map("type", "category", "data", cats, "name", "Score", "nameLocation", "middle", "nameGap",
                30, "axisLabel", map("hideOverlap", true)));
        o.put("yAxis", axis("Share of the class's cases", 0.0, null, 42));
        o.put("series", list(bars("Actually " + negative + " (negative)", neg, Opt.GREY),
                bars("Actually " + positive + " (positive)", pos, Opt.BLUE)));
        return new Chart("scores", "Score distribution by class", "numpy.histogram of each class's scores on 20 "
                + "shared bins, as a share of that class (so a rare class stays visible). Overlap means cases the "
                + "model cannot tell apart.", o, 320);
    }

    private static Map<String, Object> bars(String name, Histogram h, String color) {
        double total = h.total();
        double[] share = new double[h.bins()];
        for (int k = 0; k < share.length; k++) {
            share[k] = total == 0 ? 0 : h.counts()[k] / total;
        }
        return map("type", "bar", "name", name, "data", share, "barGap", "-100%", "barCategoryGap", "8%",
                "itemStyle", map("color", color, "opacity", 0.55));
    }

    private Chart reliability() {
        Reliability r = Reliability.of(label, score, weight, 10);
        Map<String, Object> o = base(true);
        o.put("xAxis", axis("Average predicted probability", 0.0, 1.0, 30));
        o.put("yAxis", axis("Observed share of positives", 0.0, 1.0, 42));
        List<Object> data = new ArrayList<>();
        for (int j = 0; j < r.meanScore().length; j++) {
            data.add(map("value", new double[] {r.meanScore()[j], r.observedRate()[j], r.count()[j]}));
        }
        o.put("series", list(Opt.refLine("Perfect calibration", 0, 0, 1, 1),
                map("type", "line", "name", "Model", "data", data, "symbolSize", 9,
                        "lineStyle", map("width", 2), "itemStyle", map("color", Opt.BLUE))));
        return new Chart("reliability", "Reliability diagram", "10 equal-width bins as "
                + "sklearn.calibration.calibration_curve(n_bins=10); hover a dot for its case count.", o, 360);
    }

    private Chart confusion() {
        double[] c = new double[4];
        for (int i = 0; i < label.length; i++) {
            int p = predicted != null ? predicted[i] : score[i] >= threshold ? 1 : 0;
            c[label[i] * 2 + p] += weight == null ? 1 : weight[i];
        }
        double total = c[0] + c[1] + c[2] + c[3];
        String[] names = {"Correctly left unflagged", "Wrongly flagged (false alarm)", "Missed (false negative)",
            "Correctly flagged"};
        List<Object> data = new ArrayList<>();
        double max = 0;
        for (int k = 0; k < 4; k++) {
            max = Math.max(max, c[k]);
            data.add(map("value", new double[] {k % 2, k / 2, c[k]}, "label", map("formatter",
                    names[k] + "\n" + Labels.number(c[k]) + " (" + Labels.percent(total == 0 ? 0 : c[k] / total)
                            + ")")));
        }
        Map<String, Object> o = base(false);
        o.put("grid", map("left", 130, "right", 20, "top", 10, "bottom", 52));
        o.put("xAxis", map("type", "category", "data", List.of("Predicted " + negative, "Predicted " + positive),
                "name", "Prediction", "nameLocation", "middle", "nameGap", 30, "splitArea", map("show", true)));
        o.put("yAxis", map("type", "category", "data", List.of("Actually " + negative, "Actually " + positive),
                "name", "Truth", "nameLocation", "middle", "nameGap", 100, "inverse", true,
                "splitArea", map("show", true)));
        o.put("visualMap", map("show", false, "min", 0, "max", Math.max(max, 1), "inRange",
                map("color", List.of("#f1f5f9", "#93c5fd", "#2563eb"))));
        o.put("series", list(map("type", "heatmap", "name", "Rows", "data", data,
                "label", map("show", true, "fontSize", 13, "color", "#111827", "backgroundColor",
                        "rgba(255,255,255,0.75)", "padding", 4, "borderRadius", 3),
                "itemStyle", map("borderColor", "#fff", "borderWidth", 3))));
        return new Chart("confusion", "Confusion matrix", (predicted != null ? "From the prediction column"
                : "At score >= " + Labels.plain(threshold)) + "; " + (weight == null ? "row counts" : "weight sums")
                + " as sklearn.metrics.confusion_matrix.", o, 300);
    }
}
