package dev.verdict.bench;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import dev.verdict.stats.ConfidenceIntervals;
import dev.verdict.stats.Interval;
import dev.verdict.stats.IntervalMethod;
import dev.verdict.stats.Resampling;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Java side of bench/bootstrap_vs_sklearn.sh: reads the binary rows written by bench/bootstrap_vs_sklearn.py
 * (binary: int32 labels then float64 scores; ndcg: int32 query, int32 document, float64 score, float64 relevance;
 * little-endian) and times the bootstrap interval of a metric through the public API (MetricCatalog +
 * ConfidenceIntervals). ndcg resamples queries (clustered by query). With a fifth argument PER_QUERY_FILE, ndcg's
 * per-query values are written there (one per line, increasing query) for the check against sklearn.
 *
 * <p>Usage: {@code java -cp verdict-bench/target/benchmarks.jar dev.verdict.bench.BootstrapVsNaive FILE METRIC
 * RESAMPLES METHOD [THREADS [PER_QUERY_FILE]]}
 */
public final class BootstrapVsNaive {
    private BootstrapVsNaive() {
    }

    public static void main(String[] args) throws IOException {
        boolean ranking = args[1].equals("ndcg");
        Task task = ranking ? Task.RANKING : Task.BINARY;
        Columns rows = ranking ? readRanking(Path.of(args[0])) : read(Path.of(args[0]));
        Metric<?> metric = MetricCatalog.require(task, args[1]).create(Map.of(),
                new TaskContext(task, 0.5, List.of(), false, true));
        int resamples = Integer.parseInt(args[2]);
        IntervalMethod method = IntervalMethod.parse(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        Resampling r = new Resampling(resamples, 42, threads, false, ranking ? rows.group() : null);
        if (args.length > 5) {
            writePerQuery(metric, rows, Path.of(args[5]));
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 2; run++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Interval ci = ConfidenceIntervals.interval(metric, rows, method, 0.95, r);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            System.out.printf("run %d: %s %s [%.6f, %.6f] estimate %.6f, %d resamples, %d threads: %.3f s wall, "
                    + "%.3f s CPU (all threads)%n", run, args[1], ci.method().id(), ci.low(), ci.high(),
                    ci.estimate(), resamples, threads, s, cpu);
            System.out.printf("JAVA_SECONDS %.4f%n", s);
            System.out.printf("JAVA_CPU_SECONDS %.4f%n", cpu);
        }
    }

    /** Rows of a ranking: query, document, score, relevance (every retrieved document judged). */
    static Columns readRanking(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int n = b.capacity() / 24;
        int[] q = new int[n];
        int[] d = new int[n];
        double[] s = new double[n];
        double[] rel = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = b.getInt();
        }
        for (int i = 0; i < n; i++) {
            d[i] = b.getInt();
        }
        for (int i = 0; i < n; i++) {
            s[i] = b.getDouble();
        }
        for (int i = 0; i < n; i++) {
            rel[i] = b.getDouble();
        }
        return Columns.builder(n).group(q).item(d).score(s).relevance(rel).build();
    }

    private static <S extends dev.verdict.core.MetricState<S>> void writePerQuery(Metric<S> metric, Columns rows,
            Path out) throws IOException {
        S state = metric.stateSpec().newState();
        state.accept(rows);
        double[] v = (double[]) metric.compute(state).detail().get("per_query");
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            sb.append(x).append('\n');
        }
        Files.writeString(out, sb);
    }

    static Columns read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int n = b.capacity() / 12;
        int[] y = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = b.getInt();
        }
        for (int i = 0; i < n; i++) {
            s[i] = b.getDouble();
        }
        return Columns.builder(n).label(y).score(s).build();
    }
}
