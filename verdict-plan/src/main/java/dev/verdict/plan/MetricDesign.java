package dev.verdict.plan;

import java.util.Locale;

/**
 * A metric's place in the plan's metric hierarchy: its {@code role} and {@code level} keys (both optional).
 *
 * @param role the role, or null when the entry gives none
 * @param level 1 (L1, model), 2 (L2, system) or 3 (L3, business), or null
 */
public record MetricDesign(Role role, Integer level) {
    /** No role and no level. */
    public static final MetricDesign NONE = new MetricDesign(null, null);

    /** The role of a metric in the decision. */
    public enum Role {
        /** The metric the model is chosen on. */
        PRIMARY,
        /** Supporting metrics. */
        SECONDARY,
        /** Metrics that must not break a limit. */
        GUARDRAIL,
        /** For understanding only. */
        DIAGNOSTIC;

        /** @return the plan spelling, e.g. {@code primary} */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The metric-entry keys this record is parsed from (they are not metric parameters). */
    public static final java.util.List<String> KEYS = java.util.List.of("role", "level");
}
