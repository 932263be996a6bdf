package dev.verdict.report;

import dev.verdict.evaluation.EvaluationReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report shows, independent of the output format. Optional parts ({@code plan}, {@code decision}) are
 * null when the input has none; the renderers then leave their sections out.
 *
 * @param title the report title
 * @param task the task name (binary, regression, ...)
 * @param plan plan metadata, or null
 * @param decision the release decision, or null when the plan has no decision rules
 * @param warnings data-level warnings and every metric warning, worded for people
 * @param metrics one entry per plan metric, in plan order
 * @param sections chart sections, in display order
 * @param source the evaluation results (written as results.json)
 */
public record ReportModel(String title, String task, PlanInfo plan, Decision decision, List<String> warnings,
        List<MetricEntry> metrics, List<Section> sections, EvaluationReport source) {
    /** Copies the lists. */
    public ReportModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        metrics = List.copyOf(metrics);
        sections = List.copyOf(sections);
    }

    /**
     * Who owns the evaluation plan and why it exists; every field may be null.
     *
     * @param name plan name
     * @param purpose what decision the evaluation informs
     * @param owner the accountable person or team
     * @param reviewDate when the plan must be reviewed again (ISO date)
     * @param lockStatus e.g. "locked 2026-01-12 by alice (sha256 3b7e...)" or "unlocked"
     * @param locked whether the plan is locked (null when unknown)
     */
    public record PlanInfo(String name, String purpose, String owner, String reviewDate, String lockStatus,
            Boolean locked) {
    }

    /** The outcome of a decision. */
    public enum Outcome {
        /** Every rule holds. */
        PASS,
        /** A rule is broken. */
        FAIL,
        /** The evidence cannot settle a rule (e.g. an interval straddles the bound). */
        INCONCLUSIVE
    }

    /** Status of one guardrail check. */
    public enum CheckStatus {
        /** The bound holds. */
        PASS,
        /** The bound is broken. */
        FAIL,
        /** Undetermined. */
        INCONCLUSIVE
    }

    /**
     * A release decision computed from the results (built by a later decision layer).
     *
     * @param outcome pass, fail or inconclusive
     * @param reasons why, in plain language, most important first
     * @param scorecard weighted score items, empty when the plan has no scorecard
     * @param scoreTotal the scorecard's total, or NaN
     * @param guardrails guardrail checks, empty when none
     */
    public record Decision(Outcome outcome, List<String> reasons, List<ScoreItem> scorecard, double scoreTotal,
            List<GuardrailCheck> guardrails) {
        /** Copies the lists. */
        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            reasons = List.copyOf(reasons);
            scorecard = List.copyOf(scorecard);
            guardrails = List.copyOf(guardrails);
        }
    }

    /**
     * One scorecard line.
     *
     * @param metricId the plan's metric id
     * @param label plain-language label
     * @param value the metric value
     * @param weight the line's weight
     * @param contribution the line's contribution to the total
     */
    public record ScoreItem(String metricId, String label, double value, double weight, double contribution) {
    }

    /**
     * One guardrail check.
     *
     * @param metricId the plan's metric id
     * @param slice the slice checked ({@code all} or {@code column=value})
     * @param rule the rule in words, e.g. "recall >= 0.80"
     * @param value the observed value
     * @param interval its interval, or null
     * @param status pass, fail or inconclusive
     * @param reason why, or null
     */
    public record GuardrailCheck(String metricId, String slice, String rule, double value, Interval interval,
            CheckStatus status, String reason) {
    }

    /**
     * A confidence interval.
     *
     * @param low lower end
     * @param high upper end
     * @param level confidence level, e.g. 0.95
     * @param method how it was computed, e.g. "bootstrap percentile, 1000 resamples", or null
     */
    public record Interval(double low, double high, double level, String method) {
    }

    /** Role of a metric in the plan's hierarchy. */
    public enum Role {
        /** The metric the decision optimises. */
        PRIMARY,
        /** Supporting metrics. */
        SECONDARY,
        /** Metrics that must not degrade. */
        GUARDRAIL,
        /** For understanding only. */
        DIAGNOSTIC
    }

    /**
     * One plan metric.
     *
     * @param id the plan's metric id
     * @param metric the canonical metric name
     * @param label plain-language description (the catalog summary)
     * @param params the resolved parameters
     * @param overall the value on every row
     * @param slices the values per slice, in report order (empty when the plan has no slices)
     * @param largerIsBetter whether larger values are better (null when neither, e.g. a count)
     * @param role role in the hierarchy, or null
     * @param level hierarchy level (1, 2, 3), or null
     */
    public record MetricEntry(String id, String metric, String label, Map<String, Object> params, SliceValue overall,
            List<SliceValue> slices, Boolean largerIsBetter, Role role, Integer level) {
        /** Copies the list. */
        public MetricEntry {
            params = Map.copyOf(params);
            slices = List.copyOf(slices);
        }
    }

    /**
     * A metric value on one slice.
     *
     * @param slice {@code all} or {@code column=value}
     * @param n rows
     * @param value the value (NaN when undefined)
     * @param interval its interval, or null
     * @param warning why undefined or a fallback, or null
     */
    public record SliceValue(String slice, long n, double value, Interval interval, String warning) {
    }

    /**
     * A group of charts under one heading.
     *
     * @param id anchor id
     * @param heading plain-language heading
     * @param intro one or two sentences saying what to look for
     * @param charts the charts
     * @param tables small tables shown beside the charts (e.g. percentiles), may be empty
     */
    public record Section(String id, String heading, String intro, List<Chart> charts, List<Table> tables) {
        /** Copies the lists. */
        public Section {
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
        }
    }

    /**
     * One chart: an ECharts option (maps, lists, numbers, strings; NaN allowed and written as null).
     *
     * @param id unique id, used as the element id
     * @param title chart title
     * @param caption what the chart shows and where the numbers come from
     * @param option the ECharts option
     * @param height height in pixels
     */
    public record Chart(String id, String title, String caption, Map<String, Object> option, int height) {
    }

    /**
     * A small table.
     *
     * @param title caption
     * @param header column headings
     * @param rows cells as text
     */
    public record Table(String title, List<String> header, List<List<String>> rows) {
        /** Copies the lists. */
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }
}
