package dev.verdict.stats;

import dev.verdict.core.InvalidInputException;
import java.util.Locale;

/** A paired test of candidate versus baseline on the same rows. Plan spelling: the lower-case name. */
public enum PairedTest {
    /** delong for roc_auc, paired_t for means of per-row values, mcnemar for accuracy, else bootstrap. */
    AUTO,
    /** DeLong's paired test of two correlated ROC AUCs (R pROC roc.test(method='delong', paired=TRUE)). */
    DELONG,
    /** McNemar's chi-square test with continuity correction (statsmodels mcnemar(exact=False)). */
    MCNEMAR,
    /** McNemar's exact binomial test (statsmodels mcnemar(exact=True)). */
    MCNEMAR_EXACT,
    /** Paired t-test on per-row values (scipy.stats.ttest_rel). */
    PAIRED_T,
    /** Wilcoxon signed-rank test on per-row values (scipy.stats.wilcoxon, defaults). */
    WILCOXON,
    /** Paired bootstrap of the difference (any metric). */
    BOOTSTRAP,
    /** Approximate randomization: swap the two models' predictions per row (or cluster) at random (any metric). */
    PERMUTATION;

    /** @return the plan spelling */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text plan spelling, e.g. {@code mcnemar_exact}
     * @return the test
     * @throws InvalidInputException for an unknown name
     */
    public static PairedTest parse(String text) {
        for (PairedTest t : values()) {
            if (t.id().equals(text)) {
                return t;
            }
        }
        throw new InvalidInputException("unknown paired test '" + text + "'; expected one of auto, delong, mcnemar, "
                + "mcnemar_exact, paired_t, wilcoxon, bootstrap, permutation");
    }
}
