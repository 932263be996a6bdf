package dev.verdict.core.operational;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Params;
import dev.verdict.core.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operational metric family, registered in {@link dev.verdict.core.catalog.MetricCatalog}: statistics of named
 * numeric columns (latency, error flags, timestamps, token counts) and the cost of requests from plan prices. Every
 * metric exists for every task (one definition per task, same name). Means and rates keep O(1) weighted sums; a
 * percentile keeps the column's values (one shared sort per column). See docs/metrics/operational.md.
 */
public final class OperationalMetrics {
    static final String COLUMN = "column";
    private static final String NUMPY = "numpy 1.24 ";
    private static final List<MetricDefinition> ALL = build();

    private OperationalMetrics() {
    }

    /** @return every operational metric definition, for every task */
    public static List<MetricDefinition> definitions() {
        return ALL;
    }

    private static List<MetricDefinition> build() {
        List<MetricDefinition> all = new ArrayList<>();
        for (Task task : Task.values()) {
            all.addAll(forTask(task));
        }
        return List.copyOf(all);
    }

    private static ParamSpec column(String what) {
        return ParamSpec.requiredString(COLUMN, what);
    }

    /** @return the operational definitions of one task */
    static List<MetricDefinition> forTask(Task task) {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(ColumnMetric.define(task, "mean", "weighted mean of a numeric column", NUMPY + "average(x, weights=w)",
                List.of(column("numeric column to average, e.g. latency_ms")), false,
                (self, p) -> mean(self, p, SumsState.Kind.FINITE)));
        d.add(ColumnMetric.define(task, "percentile", "q-quantile of a numeric column (linear interpolation)",
                NUMPY + "quantile(x, q) (method='linear')",
                List.of(column("numeric column, e.g. latency_ms"),
                        ParamSpec.requiredDouble("q", "quantile in [0, 1], e.g. 0.99")),
                false, OperationalMetrics::percentile));
        d.add(ColumnMetric.define(task, "error_rate", "weighted share of rows whose error flag is 1",
                NUMPY + "average(flag, weights=w)", List.of(column("0/1 (or boolean) error-flag column")), false,
                (self, p) -> mean(self, p, SumsState.Kind.FLAG)));
        d.add(ColumnMetric.define(task, "throughput", "rows per second over the time column's span",
                "sum(w) / (max(t) - min(t))",
                List.of(column("numeric time column (e.g. request start, epoch)"),
                        ParamSpec.ofChoice("time_unit", "seconds", "unit of the time column", "seconds",
                                "milliseconds")),
                true, OperationalMetrics::throughput));
        d.add(ColumnMetric.define(task, "tokens_per_request", "weighted mean tokens per request (row)",
                NUMPY + "average(tokens, weights=w)", List.of(column("numeric token-count column")), false,
                (self, p) -> mean(self, p, SumsState.Kind.NON_NEGATIVE)));
        d.addAll(CostMetrics.definitions(task));
        return d;
    }

    private static ColumnMetric<SumsState> mean(MetricDefinition self, Params p, SumsState.Kind kind) {
        String col = p.getString(COLUMN);
        return new ColumnMetric<>(self, p, SumsState.spec(List.of(col), kind, self.name()), s -> {
            if (s.weight == 0) {
                return ColumnMetric.empty();
            }
            return MetricValue.of(s.mean(0)).withDetail(Map.of("weight", s.weight));
        });
    }

    private static ColumnMetric<ValuesState> percentile(MetricDefinition self, Params p) {
        double q = p.getDouble("q");
        if (!(q >= 0.0 && q <= 1.0)) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s parameter 'q' must be in [0, 1], got %s", self.name(), q));
        }
        String col = p.getString(COLUMN);
        return new ColumnMetric<>(self, p, ValuesState.spec(col, self.name()), s -> {
            if (s.size() == 0) {
                return ColumnMetric.empty();
            }
            return MetricValue.of(s.quantile(q)).withDetail(Map.of("weight", s.totalWeight()));
        });
    }

    private static ColumnMetric<SpanState> throughput(MetricDefinition self, Params p) {
        double perSecond = p.getString("time_unit").equals("milliseconds") ? 1000.0 : 1.0;
        return new ColumnMetric<>(self, p, SpanState.spec(p.getString(COLUMN), self.name()), s -> {
            if (s.weight == 0) {
                return ColumnMetric.empty();
            }
            double seconds = (s.max - s.min) / perSecond;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("rows", s.weight);
            detail.put("span_seconds", seconds);
            detail.put("start", s.min);
            detail.put("end", s.max);
            if (seconds == 0) {
                return new MetricValue(Double.NaN, detail, "the time column spans 0 seconds (one distinct time)");
            }
            return MetricValue.of(s.weight / seconds).withDetail(detail);
        });
    }
}
