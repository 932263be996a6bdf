package dev.verdict.evaluation;

/**
 * One metric on one slice, candidate versus baseline ({@code "comparisons"} in the JSON of {@code verdict compare}).
 *
 * @param id the plan's metric id
 * @param metric the canonical metric name
 * @param slice {@code all} or {@code column=value}
 * @param n paired rows (ranking: paired queries)
 * @param baseline the baseline's value
 * @param candidate the candidate's value
 * @param difference candidate minus baseline
 * @param ci the interval of the difference: from the test where it has one (delong, paired_t), else the paired
 *     bootstrap
 * @param test the test used
 * @param statistic the test statistic
 * @param pValue two-sided p-value (NaN when undefined)
 * @param pAdjusted the p-value adjusted across all comparisons of the run
 * @param significant whether {@code pAdjusted < alpha}
 * @param largerIsBetter the metric's direction of improvement
 * @param warning a degenerate case (no discordant pairs, zero variance, a slice too small) or null
 */
public record ComparisonRow(String id, String metric, String slice, long n, double baseline, double candidate,
        double difference, ConfidenceInterval ci, String test, double statistic, double pValue, double pAdjusted,
        boolean significant, boolean largerIsBetter, String warning) {
    /** @return a copy with the adjusted p-value and the significance at {@code alpha} */
    ComparisonRow adjusted(double p, double alpha) {
        return new ComparisonRow(id, metric, slice, n, baseline, candidate, difference, ci, test, statistic, pValue,
                p, p < alpha, largerIsBetter, warning);
    }

    /** @return {@code improved}, {@code worse} or {@code no significant change} */
    public String outcome() {
        if (!significant || difference == 0 || Double.isNaN(difference)) {
            return "no significant change";
        }
        return (difference > 0) == largerIsBetter ? "improved" : "worse";
    }
}
