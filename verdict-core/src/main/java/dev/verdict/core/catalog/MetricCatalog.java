package dev.verdict.core.catalog;

import dev.verdict.core.InvalidInputException;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.Task;
import dev.verdict.core.binary.BinaryMetrics;
import dev.verdict.core.clustering.ClusteringMetrics;
import dev.verdict.core.fairness.FairnessMetrics;
import dev.verdict.core.generation.GenerationMetrics;
import dev.verdict.core.multiclass.MulticlassMetrics;
import dev.verdict.core.multilabel.MultilabelMetrics;
import dev.verdict.core.operational.OperationalMetrics;
import dev.verdict.core.ranking.RankingMetrics;
import dev.verdict.core.recommendation.RecommendationMetrics;
import dev.verdict.core.regression.RegressionMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every metric Verdict knows, by task. Each metric family registers its definitions in its own package. */
public final class MetricCatalog {
    private static final List<MetricDefinition> ALL = build();

    private MetricCatalog() {
    }

    private static List<MetricDefinition> build() {
        List<MetricDefinition> all = new ArrayList<>();
        all.addAll(BinaryMetrics.definitions());
        all.addAll(MulticlassMetrics.definitions());
        all.addAll(MultilabelMetrics.definitions());
        all.addAll(RegressionMetrics.definitions());
        all.addAll(RankingMetrics.definitions());
        all.addAll(RecommendationMetrics.definitions());
        all.addAll(GenerationMetrics.definitions());
        all.addAll(ClusteringMetrics.definitions());
        all.addAll(OperationalMetrics.definitions());
        all.addAll(FairnessMetrics.definitions());
        return List.copyOf(all);
    }

    /** @return every definition, grouped by task in declaration order */
    public static List<MetricDefinition> all() {
        return ALL;
    }

    /** @return the definitions of one task */
    public static List<MetricDefinition> forTask(Task task) {
        return ALL.stream().filter(d -> d.task() == task).toList();
    }

    /** @return the definition named {@code name} (or one of its aliases) for {@code task} */
    public static Optional<MetricDefinition> find(Task task, String name) {
        return ALL.stream().filter(d -> d.task() == task && (d.name().equals(name) || d.aliases().contains(name)))
                .findFirst();
    }

    /**
     * @return the definition named {@code name} for {@code task}
     * @throws InvalidInputException naming the known metrics of the task when there is none
     */
    public static MetricDefinition require(Task task, String name) {
        return find(task, name).orElseThrow(() -> new InvalidInputException(String.format(Locale.ROOT,
                "unknown metric '%s' for task %s; expected one of %s", name, task.id(),
                forTask(task).stream().map(MetricDefinition::name).toList())));
    }
}
