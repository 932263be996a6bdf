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

/** Regression kernels on in-memory columns: the shared moments state and the stored-residual median. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
public class RegressionKernelBenchmark {
    @Param({"10000000"})
    int rows;

    Columns data;
    MetricSuite moments;
    MetricSuite median;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] y = new double[rows];
        double[] yhat = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = 30 + 10 * rnd.nextDouble();
            yhat[i] = y[i] + 4 * (rnd.nextDouble() - 0.5);
        }
        data = Columns.builder(rows).yTrue(y).yPred(yhat).build();
        TaskContext ctx = new TaskContext(Task.REGRESSION, 0.5, List.of(), false, false);
        moments = suite(ctx, "mae", "mse", "rmse", "r2", "explained_variance", "mape");
        median = suite(ctx, "median_absolute_error");
    }

    private static MetricSuite suite(TaskContext ctx, String... names) {
        List<Metric<?>> metrics = new ArrayList<>();
        for (String n : names) {
            metrics.add(MetricCatalog.require(Task.REGRESSION, n).create(Map.of(), ctx));
        }
        return MetricSuite.of(metrics);
    }

    @Benchmark
    public List<MetricValue> momentMetrics() {
        return moments.newAccumulator().accept(data).results();
    }

    @Benchmark
    public List<MetricValue> medianAbsoluteError() {
        return median.newAccumulator().accept(data).results();
    }
}
