package dev.verdict.core.fairness;

import dev.verdict.core.Columns;
import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One weighted 2x2 confusion matrix per value of a sensitive categorical column, A group exists once a row of it is seen (even of zero weight, as in fairlearn). Groups
 * are identified by the value's text (not the batch's code), so batches with different code dictionaries merge
 * correctly. O(groups) memory; merging adds per group.
 */
final class GroupConfusionState implements MetricState<GroupConfusionState> {
    private final String sensitive;
    private final PredictionRule rule;
    private final String metric;
    private final Map<String, Integer> index = new HashMap<>();
    String[] names = new String[4];
    double[] tn = new double[4];
    double[] fp = new double[4];
    double[] fn = new double[4];
    double[] tp = new double[4];
    int groups;

    private GroupConfusionState(String sensitive, PredictionRule rule, String metric) {
        this.sensitive = sensitive;
        this.rule = rule;
        this.metric = metric;
    }

    /** @return the spec; equal for equal sensitive columns and prediction rules */
    static StateSpec<GroupConfusionState> spec(String sensitive, PredictionRule rule, String metric) {
        return new StateSpec<>("fairness.groups:" + sensitive + "@" + rule.key(),
                () -> new GroupConfusionState(sensitive, rule, metric));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        Columns.Category cat = batch.category(sensitive);
        if (cat == null) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "metric %s needs the categorical column '%s', which the data does not provide"
                            + " (categorical columns: %s)", metric, sensitive, new TreeSet<>(batch.categoryNames())));
        }
        int[] label = batch.label();
        if (label == null) {
            throw new InvalidInputException("metric " + metric + " needs a label column (data.label)");
        }
        Object pred = rule.column(batch);
        double[] w = batch.weight();
        int[] codes = cat.codes();
        int[] groupOf = new int[cat.values().size()];
        Arrays.fill(groupOf, -1);
        for (int i = from; i < to; i++) {
            int g = group(codes[i], cat.values(), groupOf, i);
            int y = label[i];
            if (y != 0 && y != 1) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "column label must be 0 or 1 for a binary task, got %d at row %d", y, i));
            }
            int p = rule.predict(pred, i);
            double wi = PredictionRule.weight(w, i);
            if (y == 0) {
                if (p == 0) {
                    tn[g] += wi;
                } else {
                    fp[g] += wi;
                }
            } else if (p == 0) {
                fn[g] += wi;
            } else {
                tp[g] += wi;
            }
        }
    }

    private int group(int code, List<String> values, int[] groupOf, int row) {
        if (code < 0 || code >= values.size()) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "column %s has code %d at row %d, outside its %d values", sensitive, code, row, values.size()));
        }
        int g = groupOf[code];
        if (g < 0) {
            g = groupIndex(values.get(code));
            groupOf[code] = g;
        }
        return g;
    }

    private int groupIndex(String name) {
        Integer g = index.get(name);
        if (g != null) {
            return g;
        }
        if (groups == names.length) {
            int n = groups * 2;
            names = Arrays.copyOf(names, n);
            tn = Arrays.copyOf(tn, n);
            fp = Arrays.copyOf(fp, n);
            fn = Arrays.copyOf(fn, n);
            tp = Arrays.copyOf(tp, n);
        }
        names[groups] = name;
        index.put(name, groups);
        return groups++;
    }

    @Override
    public GroupConfusionState combine(GroupConfusionState other) {
        for (int o = 0; o < other.groups; o++) {
            int g = groupIndex(other.names[o]);
            tn[g] += other.tn[o];
            fp[g] += other.fp[o];
            fn[g] += other.fn[o];
            tp[g] += other.tp[o];
        }
        return this;
    }
}
