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
 * Request cost from the plan's prices ({@link CostModel}) over one shared {@link SumsState} of the token columns:
 * cost per request (weighted mean of the row cost), per 1000 requests, per 1000 tokens, and the projected monthly
 * spend at a stated daily volume compared with an optional budget.
 */
final class CostMetrics {
    private static final String REF = "numpy formula: prices x token sums";

    private CostMetrics() {
    }

    static List<MetricDefinition> definitions(Task task) {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(ColumnMetric.define(task, "cost_per_request", "mean cost of a request from the plan's prices", REF,
                CostModel.params(), false, (self, p) -> perRequest(self, p, 1.0)));
        d.add(ColumnMetric.define(task, "cost_per_1k_requests", "1000 x mean cost of a request", REF,
                CostModel.params(), false, (self, p) -> perRequest(self, p, 1000.0)));
        d.add(ColumnMetric.define(task, "cost_per_1k_tokens", "1000 x total cost / total (input + output) tokens",
                REF, CostModel.params(), false, CostMetrics::perKTokens));
        List<ParamSpec> spend = new ArrayList<>(CostModel.params());
        spend.add(ParamSpec.requiredDouble("daily_requests", "expected requests per day, >= 0"));
        spend.add(ParamSpec.ofDouble("days", 30.0, "days in a month, > 0"));
        spend.add(ParamSpec.optionalDouble("budget", "monthly budget to compare with, > 0"));
        d.add(ColumnMetric.define(task, "monthly_spend", "cost per request x daily_requests x days", REF, spend,
                false, CostMetrics::monthlySpend));
        return d;
    }

    private static ColumnMetric<SumsState> perRequest(MetricDefinition self, Params p, double scale) {
        CostModel m = CostModel.of(self.name(), p, false);
        return new ColumnMetric<>(self, p, spec(m, self), s -> {
            if (s.weight == 0) {
                return ColumnMetric.empty();
            }
            return MetricValue.of(scale * m.totalCost(s) / s.weight).withDetail(detail(m, s));
        });
    }

    private static ColumnMetric<SumsState> perKTokens(MetricDefinition self, Params p) {
        CostModel m = CostModel.of(self.name(), p, true);
        return new ColumnMetric<>(self, p, spec(m, self), s -> {
            if (s.weight == 0) {
                return ColumnMetric.empty();
            }
            double tokens = m.totalTokens(s);
            if (tokens == 0) {
                return new MetricValue(Double.NaN, detail(m, s), "no tokens (total tokens is 0)");
            }
            return MetricValue.of(1000.0 * m.totalCost(s) / tokens).withDetail(detail(m, s));
        });
    }

    private static ColumnMetric<SumsState> monthlySpend(MetricDefinition self, Params p) {
        CostModel m = CostModel.of(self.name(), p, false);
        double daily = positive(self.name(), p, "daily_requests", true);
        double days = positive(self.name(), p, "days", false);
        Double budget = p.has("budget") ? positive(self.name(), p, "budget", false) : null;
        return new ColumnMetric<>(self, p, spec(m, self), s -> {
            if (s.weight == 0) {
                return ColumnMetric.empty();
            }
            double perRequest = m.totalCost(s) / s.weight;
            double spend = perRequest * daily * days;
            Map<String, Object> detail = detail(m, s);
            detail.put("cost_per_request", perRequest);
            detail.put("daily_requests", daily);
            detail.put("days", days);
            if (budget != null) {
                detail.put("budget", budget);
                detail.put("share_of_budget", spend / budget);
                detail.put("over_budget", spend > budget);
            }
            return MetricValue.of(spend).withDetail(detail);
        });
    }

    private static double positive(String metric, Params p, String name, boolean zeroAllowed) {
        double v = p.getDouble(name);
        if (zeroAllowed ? v < 0 : v <= 0) {
            throw new InvalidInputException(String.format(Locale.ROOT, "metric %s parameter '%s' must be %s, got %s",
                    metric, name, zeroAllowed ? ">= 0" : "> 0", v));
        }
        return v;
    }

    private static dev.verdict.core.StateSpec<SumsState> spec(CostModel m, MetricDefinition self) {
        return SumsState.spec(m.columns(), SumsState.Kind.NON_NEGATIVE, self.name());
    }

    private static Map<String, Object> detail(CostModel m, SumsState s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("requests", s.weight);
        d.put("total_cost", m.totalCost(s));
        if (m.inputColumn() != null) {
            d.put("input_tokens", s.sums[0]);
        }
        if (m.outputColumn() != null) {
            d.put("output_tokens", s.sums[m.inputColumn() != null ? 1 : 0]);
        }
        return d;
    }
}
