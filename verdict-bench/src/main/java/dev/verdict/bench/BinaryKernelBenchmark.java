package dev.verdict.bench;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Binary kernels on in-memory columns (no I/O): the shared sorted-score state (roc_auc + average_precision, one
 * sort), the confusion state (threshold metrics) and the log-loss/Brier sums.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
public class BinaryKernelBenchmark {
    @Param({"1000000", "10000000"})
    int rows;

    @Param({"false", "true"})
    boolean weighted;

    Columns data;
    MetricSuite ranking;
    MetricSuite threshold;
    MetricSuite probability;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20261123);
        int[] label = new int[rows];
        double[] score = new double[rows];
        double[] weight = weighted ? new double[rows] : null;
        for (int i = 0; i < rows; i++) {
            label[i] = rnd.nextDouble() < 0.1 ? 1 : 0;
            double logit = -2.0 + 1.8 * label[i] + gaussian(rnd);
            score[i] = Math.rint(1e6 / (1.0 + Math.exp(-logit))) / 1e6;
            if (weight != null) {
                weight[i] = 0.5 + rnd.nextDouble();
            }
        }
        data = Columns.builder(rows).label(label).score(score).weight(weight).build();
        TaskContext ctx = new TaskContext(Task.BINARY, 0.5, List.of("0", "1"), false, true);
        ranking = suite(ctx, "roc_auc", "average_precision");
        threshold = suite(ctx, "accuracy", "precision", "recall", "f1", "mcc");
        probability = suite(ctx, "log_loss", "brier");
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private static MetricSuite suite(TaskContext ctx, String... names) {
        List<Metric<?>> metrics = new ArrayList<>();
        for (String n : names) {
            metrics.add(MetricCatalog.require(Task.BINARY, n).create(Map.of(), ctx));
        }
        return MetricSuite.of(metrics);
    }

    @Benchmark
    public List<MetricValue> rocAucAndAveragePrecision() {
        return ranking.newAccumulator().accept(data).results();
    }

    @Benchmark
    public List<MetricValue> thresholdMetrics() {
        return threshold.newAccumulator().accept(data).results();
    }

    @Benchmark
    public List<MetricValue> logLossAndBrier() {
        return probability.newAccumulator().accept(data).results();
    }
}
