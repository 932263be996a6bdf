package dev.verdict.plan;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.Params;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the plan's {@code metrics:} list, validated against the {@link dev.verdict.core.catalog.MetricCatalog}.
 *
 * @param id the result id (defaults to the name as written); unique within the plan
 * @param name the metric name as written (may be an alias)
 * @param definition the catalog definition
 * @param rawParams the parameters as written (every key other than id/name)
 * @param params the validated parameters with defaults filled in
 * @param position 0-based position in the list
 * @param line 1-based line of the entry in the plan file, or 0 when unknown
 * @param design the entry's role and level ({@link MetricDesign#NONE} when it gives none)
 */
public record MetricSpec(String id, String name, MetricDefinition definition, Map<String, Object> rawParams,
        Params params, int position, int line, MetricDesign design) {
    /** Validates and copies. */
    public MetricSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        rawParams = Collections.unmodifiableMap(new LinkedHashMap<>(rawParams));
        design = design == null ? MetricDesign.NONE : design;
    }

    /** An entry without role or level. */
    public MetricSpec(String id, String name, MetricDefinition definition, Map<String, Object> rawParams,
            Params params, int position, int line) {
        this(id, name, definition, rawParams, params, position, line, MetricDesign.NONE);
    }

    /** @return how messages name this entry, e.g. {@code metrics[2] (id f2, line 14)} */
    public String where() {
        return "metrics[" + position + "] (id " + id + (line > 0 ? ", line " + line : "") + ")";
    }
}
