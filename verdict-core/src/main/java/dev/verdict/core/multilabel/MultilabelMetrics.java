package dev.verdict.core.multilabel;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.ParamSpec;
import dev.verdict.core.Task;
import java.util.List;

/**
 * The multilabel metric family: its definitions, registered in {@link dev.verdict.core.catalog.MetricCatalog}. All
 * share one {@link MultilabelState}. See {@code docs/metrics/multilabel.md}.
 */
public final class MultilabelMetrics {
    private MultilabelMetrics() {
    }

    /** @return every multilabel metric definition */
    public static List<MetricDefinition> definitions() {
        List<ParamSpec> avg = List.of(ParamSpec.ofChoice("average", "micro", "how per-label values are averaged",
                "micro", "macro", "samples", "weighted"));
        return List.of(
                def("subset_accuracy", "fraction of rows whose whole label set is predicted right", "accuracy_score",
                        List.of(), true, MultilabelMetric.Kind.SUBSET_ACCURACY),
                def("hamming_loss", "fraction of wrongly predicted label cells", "hamming_loss", List.of(), false,
                        MultilabelMetric.Kind.HAMMING_LOSS),
                def("precision", "precision over label cells, averaged", "precision_score", avg, true,
                        MultilabelMetric.Kind.PRECISION),
                def("recall", "recall over label cells, averaged", "recall_score", avg, true,
                        MultilabelMetric.Kind.RECALL),
                def("f1", "F1 over label cells, averaged", "f1_score", avg, true, MultilabelMetric.Kind.F1));
    }

    private static MetricDefinition def(String name, String summary, String fn, List<ParamSpec> params,
            boolean larger, MultilabelMetric.Kind kind) {
        MetricDefinition[] self = new MetricDefinition[1];
        self[0] = new MetricDefinition(name, List.of(), Task.MULTILABEL, summary,
                "sklearn.metrics." + fn + " (scikit-learn 1.2.1)", params, false, larger,
                (p, ctx) -> new MultilabelMetric(self[0], p, ctx, kind));
        return self[0];
    }
}
