package dev.verdict.evaluation;

import dev.verdict.core.ParamType;
import dev.verdict.io.ColumnType;
import dev.verdict.plan.MetricSpec;
import dev.verdict.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns named by metric parameters (docs/metrics/operational.md, fairness.md): {@code column},
 * {@code input_tokens} and {@code output_tokens} are read as numbers into {@code Columns.numeric(name)},
 * {@code sensitive} as a category into {@code Columns.category(name)}.
 */
final class MetricColumns {
    private static final List<String> NUMERIC = List.of("column", "input_tokens", "output_tokens");
    private static final List<String> CATEGORY = List.of("sensitive");

    private MetricColumns() {
    }

    /** @return column name to how it is read, for one metric entry, in parameter order */
    static Map<String, ColumnType> of(MetricSpec spec) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        spec.definition().params().forEach(p -> {
            if (p.type() == ParamType.STRING && spec.params().has(p.name())) {
                if (NUMERIC.contains(p.name())) {
                    out.put(spec.params().getString(p.name()), ColumnType.NUMBER);
                } else if (CATEGORY.contains(p.name())) {
                    out.put(spec.params().getString(p.name()), ColumnType.CATEGORY);
                }
            }
        });
        return out;
    }

    /** @return every metric-named column of the plan with its type */
    static Map<String, ColumnType> of(Plan plan) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        for (MetricSpec m : plan.metrics()) {
            of(m).forEach(out::putIfAbsent);
        }
        return out;
    }

    /** @return the role shown in messages, e.g. {@code metrics[3].column} */
    static String role(MetricSpec spec, String column) {
        for (var p : spec.definition().params()) {
            if (spec.params().has(p.name()) && column.equals(String.valueOf(spec.params().asMap().get(p.name())))) {
                return "metrics[" + spec.position() + "]." + p.name();
            }
        }
        return spec.where();
    }
}
