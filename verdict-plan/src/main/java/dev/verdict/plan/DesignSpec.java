package dev.verdict.plan;

import java.util.List;
import java.util.Objects;

/**
 * The metric-design part of a plan (docs/plan.md, "Metric design"): who owns the plan and why, slice crosses and the
 * minimum slice size, guardrails, the scorecard and the decision policy. Every part is optional.
 *
 * @param name plan name, or null
 * @param purpose what decision the evaluation informs, or null
 * @param owner the accountable person or team, or null
 * @param review review cadence and next review date, or null
 * @param minSliceSize slices with fewer rows are reported but not judged (0 = judge every slice)
 * @param crosses slice crosses: each a list of 2 or more columns whose value combinations become slices
 *     {@code a=x,b=y}
 * @param guardrails the guardrails, in plan order
 * @param scorecard the scorecard lines, in plan order (empty when none)
 * @param policy the decision policy
 * @param sliceTestResamples {@code slice_gaps.resamples}: bootstrap resamples of the standard errors of the slice-gap
 *     tests of metrics without an analytic test (0 = no bootstrap test), default
 *     {@link #DEFAULT_SLICE_TEST_RESAMPLES}
 */
public record DesignSpec(String name, String purpose, String owner, Review review, int minSliceSize,
        List<List<String>> crosses, List<Guardrail> guardrails, List<ScoreLine> scorecard, Policy policy,
        int sliceTestResamples) {
    /** Default {@code slice_gaps.resamples}: Efron and Tibshirani's figure for bootstrap standard errors. */
    public static final int DEFAULT_SLICE_TEST_RESAMPLES = 200;

    /** A plan without metric design. */
    public static final DesignSpec EMPTY = new DesignSpec(null, null, null, null, 0, List.of(), List.of(), List.of(),
            new Policy(Inconclusive.FAIL, null, 0));

    /** Copies the lists. */
    public DesignSpec {
        crosses = crosses.stream().map(List::copyOf).toList();
        guardrails = List.copyOf(guardrails);
        scorecard = List.copyOf(scorecard);
        Objects.requireNonNull(policy, "policy");
        if (sliceTestResamples < 0) {
            throw new IllegalArgumentException("sliceTestResamples must be >= 0, got " + sliceTestResamples);
        }
    }

    /** A design with the default {@code slice_gaps.resamples}. */
    public DesignSpec(String name, String purpose, String owner, Review review, int minSliceSize,
            List<List<String>> crosses, List<Guardrail> guardrails, List<ScoreLine> scorecard, Policy policy) {
        this(name, purpose, owner, review, minSliceSize, crosses, guardrails, scorecard, policy,
                DEFAULT_SLICE_TEST_RESAMPLES);
    }

    /** @return whether the plan asks for a decision (guardrails or a scorecard) */
    public boolean decides() {
        return !guardrails.isEmpty() || !scorecard.isEmpty();
    }

    /** @return whether a guardrail compares against a baseline */
    public boolean needsBaseline() {
        return guardrails.stream().anyMatch(Guardrail::vsBaseline);
    }

    /**
     * {@code review: {cadence: quarterly, next: 2027-02-01}}.
     *
     * @param cadence e.g. quarterly, or null
     * @param next the next review date as written (ISO date), or null
     */
    public record Review(String cadence, String next) {
    }

    /** Which end of a result's confidence interval a limit is judged on. */
    public enum Bound {
        /** The point estimate. */
        POINT,
        /** The interval's lower end. */
        LOWER,
        /** The interval's upper end. */
        UPPER
    }

    /**
     * One guardrail. Exactly one of the limit kinds is set: {@code min} and/or {@code max} (on the value), or
     * {@code maxDrop} / {@code minGain} (on the difference to a baseline, {@code vs: baseline}).
     *
     * @param metric the metric id
     * @param slice the slice pattern: {@code all}, {@code column=value}, {@code column=*} or a cross such as
     *     {@code country=*,device=web}
     * @param min lower limit, or null
     * @param max upper limit, or null
     * @param maxDrop largest allowed worsening against the baseline, or null
     * @param minGain smallest required improvement against the baseline, or null
     * @param bound which end of the interval is judged
     * @param cls a class name: judge the metric's per-class value ({@code detail.per_class}) instead, or null
     * @param line 1-based plan line of the entry
     */
    public record Guardrail(String metric, String slice, Double min, Double max, Double maxDrop, Double minGain,
            Bound bound, String cls, int line) {
        /** Validates. */
        public Guardrail {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(slice, "slice");
            Objects.requireNonNull(bound, "bound");
        }

        /** @return whether the limit is on the difference to a baseline */
        public boolean vsBaseline() {
            return maxDrop != null || minGain != null;
        }

        /** @return the guardrail in words, e.g. {@code rec >= 0.6 (lower bound) on country=*} */
        public String describe() {
            return rule() + (slice.equals("all") ? "" : " on " + slice);
        }

        /** @return the limit in words without the slice, e.g. {@code rec >= 0.6 (lower bound)} */
        public String rule() {
            StringBuilder sb = new StringBuilder(metric + (cls == null ? "" : "[" + cls + "]"));
            if (min != null) {
                sb.append(" >= ").append(num(min));
            }
            if (max != null) {
                sb.append(min != null ? " and <= " : " <= ").append(num(max));
            }
            if (maxDrop != null) {
                sb.append(" drops at most ").append(num(maxDrop)).append(" vs baseline");
            }
            if (minGain != null) {
                sb.append(maxDrop != null ? " and" : "").append(" gains at least ").append(num(minGain))
                        .append(" vs baseline");
            }
            if (bound != Bound.POINT) {
                sb.append(" (").append(bound.name().toLowerCase(java.util.Locale.ROOT)).append(" bound)");
            }
            return sb.toString();
        }

        private static String num(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /**
     * One scorecard line: the metric's value normalised to [0, 1], 0 at {@code floor} and 1 at {@code target}
     * (linear between, clamped; floor may be above target for smaller-is-better metrics).
     *
     * @param metric the metric id
     * @param weight the line's weight (weights sum to 1)
     * @param floor value scoring 0
     * @param target value scoring 1
     * @param line 1-based plan line
     */
    public record ScoreLine(String metric, double weight, double floor, double target, int line) {
    }

    /** What an inconclusive outcome does. */
    public enum Inconclusive {
        /** Exit 1, like a failure (the default). */
        FAIL,
        /** Counted as a pass (exit 0). */
        PASS,
        /** Reported as inconclusive, exit 0. */
        REPORT
    }

    /**
     * {@code decision: {inconclusive: fail, min_score: 0.6}}.
     *
     * @param inconclusive what an inconclusive outcome does
     * @param minScore the smallest passing scorecard score, or null
     * @param line the plan line of the decision key, or 0
     */
    public record Policy(Inconclusive inconclusive, Double minScore, int line) {
        /** Validates. */
        public Policy {
            Objects.requireNonNull(inconclusive, "inconclusive");
        }
    }
}
