package dev.verdict.bench;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Side-by-side timing of the text metrics through the public API (MetricCatalog + MetricSuite), for
 * {@code bench/text_vs_reference.sh}. Input: a TSV of {@code hypothesis \t reference} lines. Each metric group runs
 * {@code runs} times in the same JVM (the first run includes JIT warm-up); reading the file is not timed. Wall time
 * and the JVM's process CPU time (all threads, so JIT compilation and GC count) are printed: on a shared machine the
 * CPU time is the steadier figure.
 *
 * <pre>java -cp verdict-bench/target/benchmarks.jar dev.verdict.bench.TextBench data.tsv [runs] [bleu,rouge,ter]</pre>
 */
public final class TextBench {
    private TextBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int n = lines.size();
        String[] hyp = new String[n];
        String[][] refs = new String[n][];
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            int tab = l.indexOf('\t');
            hyp[i] = l.substring(0, tab);
            refs[i] = new String[] {l.substring(tab + 1)};
        }
        Columns data = Columns.builder(n).text(hyp).references(refs).build();
        String groups = args.length > 2 ? args[2] : "bleu,rouge,ter";
        if (groups.contains("bleu")) {
            run("bleu+chrf", List.of("bleu", "chrf"), data, runs);
        }
        if (groups.contains("rouge")) {
            run("rouge1+rouge2+rougeL", List.of("rouge1", "rouge2", "rougeL"), data, runs);
        }
        if (groups.contains("ter")) {
            run("ter", List.of("ter"), data, runs);
        }
    }

    /** @return CPU time of the whole JVM (all threads, including JIT compiler and GC threads), in ns */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void run(String label, List<String> names, Columns data, int runs) {
        TaskContext ctx = new TaskContext(Task.GENERATION, 0.5, List.of(), false, false);
        for (int r = 0; r < runs; r++) {
            List<Metric<?>> metrics = new ArrayList<>();
            for (String name : names) {
                metrics.add(MetricCatalog.require(Task.GENERATION, name).create(Map.of(), ctx));
            }
            long c0 = cpu();
            long t0 = System.nanoTime();
            List<MetricValue> v = MetricSuite.of(metrics).newAccumulator().accept(data).results();
            double s = (System.nanoTime() - t0) / 1e9;
            double c = (cpu() - c0) / 1e9;
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < names.size(); k++) {
                b.append(' ').append(names.get(k)).append('=').append(v.get(k).value());
            }
            System.out.printf(Locale.ROOT, "VERDICT %s run %d: %.3f s (process CPU %.3f s)%s%n", label, r + 1, s, c,
                    b);
        }
    }
}
