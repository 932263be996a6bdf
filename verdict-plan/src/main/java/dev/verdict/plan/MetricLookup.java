package dev.verdict.plan;

import dev.verdict.core.MetricDefinition;
import dev.verdict.core.Task;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Optional;

/** Where a plan's metric names are looked up: the {@link MetricCatalog}, or a fixed list (tests, embedding). */
public interface MetricLookup {
    /** @return the definition named {@code name} or one of its aliases, for {@code task} */
    Optional<MetricDefinition> find(Task task, String name);

    /** @return every definition of {@code task} */
    List<MetricDefinition> forTask(Task task);

    /** @return the lookup over every metric Verdict ships */
    static MetricLookup catalog() {
        return new MetricLookup() {
            @Override
            public Optional<MetricDefinition> find(Task task, String name) {
                return MetricCatalog.find(task, name);
            }

            @Override
            public List<MetricDefinition> forTask(Task task) {
                return MetricCatalog.forTask(task);
            }
        };
    }

    /** @param definitions the metrics to offer @return a lookup over exactly those */
    static MetricLookup of(List<MetricDefinition> definitions) {
        List<MetricDefinition> all = List.copyOf(definitions);
        return new MetricLookup() {
            @Override
            public Optional<MetricDefinition> find(Task task, String name) {
                return all.stream().filter(d -> d.task() == task
                        && (d.name().equals(name) || d.aliases().contains(name))).findFirst();
            }

            @Override
            public List<MetricDefinition> forTask(Task task) {
                return all.stream().filter(d -> d.task() == task).toList();
            }
        };
    }
}
