package dev.verdict.stats;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.Metric;
import dev.verdict.core.PerRowValues;
import dev.verdict.core.ProportionCounts;
import dev.verdict.core.Resamplable;
import dev.verdict.core.Task;

/**
 * Confidence intervals of one metric on one slice of rows: the public entry point for {@code verdict evaluate}.
 *
 * <p>{@link IntervalMethod#AUTO} picks the analytic interval where theory is exact and the rows are independent and
 * unweighted, else BCa: DeLong for binary roc_auc; Wilson for proportions ({@link ProportionCounts}: accuracy,
 * precision, recall, ...); the t-interval for means of per-row values ({@link PerRowValues}: mae, mse, brier,
 * log_loss, ...); BCa bootstrap for every other metric, and for every metric when the resampling is clustered
 * (correlated rows) or the rows carry weights. The method used is in {@link Interval#method()}.
 *
 * <p>Example:
 * <pre>{@code
 * Metric<?> auc = MetricCatalog.find("roc_auc").create(Map.of(), context);
 * Interval ci = ConfidenceIntervals.interval(auc, rows, IntervalMethod.AUTO, 0.95, Resampling.of(42));
 * }</pre>
 */
public final class ConfidenceIntervals {
    private ConfidenceIntervals() {
    }

    /**
     * @param metric a configured metric
     * @param rows every row of the slice (one batch)
     * @param method the interval method, or AUTO
     * @param level confidence level in (0, 1)
     * @param resampling bootstrap settings (used by bootstrap methods only)
     * @return the interval, with the method used
     * @throws InvalidInputException when the method does not fit the metric, the level is out of range, or there
     *     are too few rows
     */
    public static Interval interval(Metric<?> metric, Columns rows, IntervalMethod method, double level,
            Resampling resampling) {
        checkLevel(level);
        if (rows.size() == 0) {
            throw new InvalidInputException("cannot compute a confidence interval of " + metric.name()
                    + " on 0 rows");
        }
        IntervalMethod m = method == IntervalMethod.AUTO ? auto(metric, rows, resampling) : method;
        double estimate = Replicators.value(metric, rows);
        return switch (m) {
            case DELONG -> {
                requireRocAuc(metric, "interval method delong");
                yield DeLong.interval(rows, level);
            }
            case WILSON, CLOPPER_PEARSON -> {
                long[] c = ProportionCounts.count(proportion(metric, m.id()).outcomes(rows));
                yield Proportions.interval(c[0], c[1], level, m, estimate);
            }
            case T -> {
                Interval t = MeanTests.tInterval(perRow(metric, "interval method t").perRowValues(rows), level);
                yield new Interval(estimate, t.low(), t.high(), level, m, t.detail(), t.warning());
            }
            case PERCENTILE, BCA -> bootstrap(metric, rows, m, level, resampling, estimate);
            case AUTO -> throw new IllegalStateException();
        };
    }

    static Interval bootstrap(Metric<?> metric, Columns rows, IntervalMethod m, double level, Resampling r,
            double estimate) {
        Units units = Units.of(rows, r);
        Resamplable.Replicator rep = Replicators.of(metric, rows, units);
        return Bootstrap.interval(estimate, rep, units, r, m, level, Replicators.fast(metric));
    }

    /** @return the method AUTO resolves to for this metric and data */
    public static IntervalMethod auto(Metric<?> metric, Columns rows, Resampling r) {
        if ((r != null && r.clusters() != null) || weighted(rows)) {
            return IntervalMethod.BCA;
        }
        if (isRocAuc(metric)) {
            return IntervalMethod.DELONG;
        }
        if (metric instanceof ProportionCounts) {
            return IntervalMethod.WILSON;
        }
        if (metric instanceof PerRowValues && !metric.name().equals("accuracy")) {
            return IntervalMethod.T;
        }
        return IntervalMethod.BCA;
    }

    static boolean weighted(Columns rows) {
        if (rows.weight() == null) {
            return false;
        }
        for (double w : rows.weight()) {
            if (w != 1.0) {
                return true;
            }
        }
        return false;
    }

    static boolean isRocAuc(Metric<?> metric) {
        return metric.definition().task() == Task.BINARY && metric.name().equals("roc_auc");
    }

    static void requireRocAuc(Metric<?> metric, String what) {
        if (!isRocAuc(metric)) {
            throw new InvalidInputException(what + " does not fit metric " + metric.name()
                    + ": it applies to binary roc_auc only");
        }
    }

    static ProportionCounts proportion(Metric<?> metric, String what) {
        if (metric instanceof ProportionCounts p) {
            return p;
        }
        throw new InvalidInputException(what + " does not fit metric " + metric.name()
                + ": it is not a proportion of rows (e.g. accuracy, precision, recall)");
    }

    static PerRowValues perRow(Metric<?> metric, String what) {
        if (metric instanceof PerRowValues p) {
            return p;
        }
        throw new InvalidInputException(what + " does not fit metric " + metric.name()
                + ": it is not a mean of per-row values (e.g. mae, mse, brier, log_loss, accuracy)");
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidInputException("confidence level must be in (0, 1), got " + level);
        }
    }
}
