package dev.verdict.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to write ECharts options as ordered maps and lists. */
final class Opt {
    static final String BLUE = "#2563eb";
    static final String RED = "#dc2626";
    static final String GREEN = "#16a34a";
    static final String AMBER = "#d97706";
    static final String PURPLE = "#7c3aed";
    static final String GREY = "#9ca3af";

    private Opt() {
    }

    /** @return an ordered map of alternating keys and values (null values are left out) */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** @return a mutable list of the values */
    static List<Object> list(Object... v) {
        return new ArrayList<>(List.of(v));
    }

    /** @return [[x0, y0], [x1, y1], ...] */
    static List<Object> points(double[] x, double[] y) {
        List<Object> out = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            out.add(new double[] {x[i], y[i]});
        }
        return out;
    }

    /** @return a value axis with a centred name */
    static Map<String, Object> axis(String name, Double min, Double max, int nameGap) {
        return map("type", "value", "name", name, "nameLocation", "middle", "nameGap", nameGap, "min", min, "max",
                max, "scale", min == null && max == null ? Boolean.TRUE : null,
                "splitLine", map("lineStyle", map("color", "#eef0f3")));
    }

    /** @return the common frame: no animation (print, screenshots), grid, legend, tooltip */
    static Map<String, Object> base(boolean legend) {
        return map("animation", false, "textStyle", map("fontFamily", "system-ui, -apple-system, Segoe UI, sans-serif"),
                "grid", map("left", 64, "right", 28, "top", legend ? 44 : 24, "bottom", 52, "containLabel", false),
                "legend", legend ? map("top", 4, "type", "plain") : null,
                "tooltip", map("trigger", "item", "confine", true));
    }

    /** @return a straight dashed reference line from (x0, y0) to (x1, y1) */
    static Map<String, Object> refLine(String name, double x0, double y0, double x1, double y1) {
        return map("type", "line", "name", name, "data", List.of(new double[] {x0, y0}, new double[] {x1, y1}),
                "showSymbol", false, "silent", true, "lineStyle", map("type", "dashed", "color", GREY, "width", 1),
                "itemStyle", map("color", GREY));
    }

    /**
     * Thins a curve to at most {@code max} points, keeping the first and last and evenly spaced indices between
     * (index {@code round(j (n - 1) / (max - 1))}).
     */
    static double[][] thin(double[] x, double[] y, int max) {
        int n = x.length;
        if (n <= max) {
            return new double[][] {x, y};
        }
        double[] tx = new double[max];
        double[] ty = new double[max];
        for (int j = 0; j < max; j++) {
            int i = (int) Math.round((double) j * (n - 1) / (max - 1));
            tx[j] = x[i];
            ty[j] = y[i];
        }
        return new double[][] {tx, ty};
    }
}
