package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import java.util.Locale;

/** How a confidence interval is computed. Plan spelling: the lower-case name. */
public enum IntervalMethod {
    /** Analytic when the metric has an exact-theory interval (see {@link ConfidenceIntervals}), else BCa bootstrap. */
    AUTO,
    /** Bootstrap percentile interval (numpy's linear quantiles of the replicates). */
    PERCENTILE,
    /** Bias-corrected and accelerated bootstrap (as scipy.stats.bootstrap(method='BCa')). */
    BCA,
    /** Wilson score interval of a proportion (statsmodels proportion_confint(method='wilson')). */
    WILSON,
    /** Clopper-Pearson exact interval of a proportion (statsmodels proportion_confint(method='beta')). */
    CLOPPER_PEARSON,
    /** DeLong interval of roc_auc (R pROC ci.auc(method='delong')). */
    DELONG,
    /** Student t interval of the mean of per-row values (scipy.stats.t.interval with the standard error). */
    T;

    /** @return the plan spelling */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text plan spelling, e.g. {@code bca}, {@code clopper_pearson}
     * @return the method
     * @throws InvalidInputException for an unknown name
     */
    public static IntervalMethod parse(String text) {
        for (IntervalMethod m : values()) {
            if (m.id().equals(text)) {
                return m;
            }
        }
        throw new InvalidInputException("unknown interval method '" + text
                + "'; expected one of auto, percentile, bca, wilson, clopper_pearson, delong, t");
    }

    /** @return whether this is a bootstrap method */
    public boolean bootstrap() {
        return this == PERCENTILE || this == BCA;
    }
}
