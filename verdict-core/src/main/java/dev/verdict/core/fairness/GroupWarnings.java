package dev.verdict.core.fairness;

import dev.verdict.core.MetricValue;
import java.util.ArrayList;
import java.util.List;

/** The value of a group disparity with its per-group detail and, when it applies, a warning saying why. */
final class GroupWarnings {
    private GroupWarnings() {
    }

    static MetricValue value(double v, GroupRates g, boolean usesTpr, boolean usesFpr, String sensitive) {
        if (g.names.length == 0 || !(g.overallSelection >= 0)) {
            return new MetricValue(Double.NaN, g.detail(), "no rows (or zero total weight)");
        }
        List<String> why = new ArrayList<>();
        if (Double.isNaN(v)) {
            why.add("undefined (0/0 or no group with weight)");
        }
        if (g.names.length == 1) {
            why.add("only one group in column " + sensitive);
        }
        if (usesTpr && g.someGroupLacksPositives) {
            why.add("a group has no positive rows; its true positive rate is taken as 0 (fairlearn)");
        }
        if (usesFpr && g.someGroupLacksNegatives) {
            why.add("a group has no negative rows; its false positive rate is taken as 0 (fairlearn)");
        }
        return new MetricValue(v, g.detail(), why.isEmpty() ? null : String.join("; ", why));
    }
}
