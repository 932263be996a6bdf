package dev.verdict.cli;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Task;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Locale;

/** Renders the metric catalog for {@code --help} and {@code verdict metrics}. */
final class MetricHelp {
    private MetricHelp() {
    }

    /** @return the catalog for a usage-message footer ({@code %} escaped for picocli's formatting) */
    static String footer() {
        StringBuilder sb = new StringBuilder();
        sb.append("\nMetrics (in a plan: metrics: [{id: <id>, name: <metric>, <param>: <value>, ...}];")
                .append(" details: verdict metrics --task <task>):").append('\n');
        for (Task t : Task.values()) {
            sb.append('\n').append(t.id()).append(":\n");
            for (MetricDefinition d : MetricCatalog.forTask(t)) {
                sb.append("  ").append(d.name());
                if (!d.aliases().isEmpty()) {
                    sb.append(" (alias ").append(String.join(", ", d.aliases())).append(')');
                }
                sb.append(" - ").append(d.summary());
                if (!d.params().isEmpty()) {
                    sb.append("; params: ").append(String.join(", ", d.params().stream().map(MetricHelp::brief)
                            .toList()));
                }
                sb.append('\n');
            }
        }
        return sb.toString().replace("%", "%%").replace("\n", "%n");
    }

    private static String brief(ParamSpec p) {
        return p.name() + (p.required() ? " (required)" : p.defaultValue() == null ? " (optional)"
                : "=" + p.defaultValue());
    }

    /**
     * @param task only this task, or null for all
     * @param withReference whether to name the reference implementation
     * @return one block per metric, grouped by task
     */
    static String list(Task task, boolean withReference) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        for (Task t : Task.values()) {
            if (task != null && t != task) {
                continue;
            }
            List<MetricDefinition> defs = MetricCatalog.forTask(t);
            sb.append(nl).append("task: ").append(t.id()).append(nl);
            if (defs.isEmpty()) {
                sb.append("  (no metrics)").append(nl);
            }
            for (MetricDefinition d : defs) {
                sb.append("  ").append(d.name());
                if (!d.aliases().isEmpty()) {
                    sb.append(" (alias ").append(String.join(", ", d.aliases())).append(')');
                }
                if (d.requiresProbability()) {
                    sb.append(" [scores must be probabilities in [0, 1]]");
                }
                sb.append(nl).append("      ").append(d.summary()).append(nl);
                if (withReference && d.reference() != null) {
                    sb.append("      matches: ").append(d.reference()).append(nl);
                }
                for (ParamSpec p : d.params()) {
                    sb.append("      ").append(param(p)).append(nl);
                }
            }
        }
        return sb.toString();
    }

    private static String param(ParamSpec p) {
        String type = switch (p.type()) {
            case DOUBLE -> "number";
            case INT -> "integer";
            case BOOLEAN -> "true|false";
            case CHOICE -> String.join("|", p.choices());
            case STRING -> "text";
        };
        String dflt = p.required() ? "required" : p.defaultValue() == null ? "optional, no default"
                : "default " + p.defaultValue();
        return String.format(Locale.ROOT, "%s: %s (%s) - %s", p.name(), type, dflt, p.description());
    }
}
