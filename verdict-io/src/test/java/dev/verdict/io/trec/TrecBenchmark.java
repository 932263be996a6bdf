package dev.verdict.io.trec;

import dev.verdict.core.Metric;
import dev.verdict.core.MetricSuite;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * End-to-end speed check against trec_eval (not a unit test): generates (once, seeded) a run of {@code queries x
 * docs} lines and its qrels in a directory, then reads and evaluates trec_eval's default measure set (map, Rprec,
 * bpref, recip_rank, iprec_at_recall 0.0-1.0, P and recall at 5..1000, ndcg) and prints the wall time. Compare with
 * {@code time $TREC_EVAL DIR/qrels DIR/run}. Usage:
 * {@code java -Xmx8g -cp <test-classes:classes:core classes> dev.verdict.io.trec.TrecBenchmark DIR [queries docs]}.
 */
public final class TrecBenchmark {
    private TrecBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int docs = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Files.createDirectories(dir);
        Path qrels = dir.resolve("qrels");
        Path run = dir.resolve("run");
        if (!Files.exists(run)) {
            generate(qrels, run, queries, docs);
        }
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            TrecData data = TrecReader.read(qrels, run);
            long t1 = System.nanoTime();
            MetricSuite suite = MetricSuite.of(officialMeasures());
            List<MetricValue> values = suite.newAccumulator().accept(data.qrelsColumns()).accept(data.runColumns())
                    .results();
            long t2 = System.nanoTime();
            System.out.printf("read %.2fs, evaluate %.2fs, total %.2fs; map %.4f P_10 %.4f num_q %s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, values.get(0).value(), values.get(4).value(),
                    values.get(0).detail().get("num_q"));
        }
    }

    private static List<Metric<?>> officialMeasures() {
        TaskContext ctx = new TaskContext(Task.RANKING, 0.5, List.of(), false, true);
        List<Metric<?>> out = new ArrayList<>();
        out.add(MetricCatalog.require(Task.RANKING, "map").create(Map.of(), ctx));
        out.add(MetricCatalog.require(Task.RANKING, "r_precision").create(Map.of(), ctx));
        out.add(MetricCatalog.require(Task.RANKING, "bpref").create(Map.of(), ctx));
        out.add(MetricCatalog.require(Task.RANKING, "mrr").create(Map.of(), ctx));
        out.add(MetricCatalog.require(Task.RANKING, "precision").create(Map.of("k", 10), ctx));
        for (int k : new int[] {5, 15, 20, 30, 100, 200, 500, 1000}) {
            out.add(MetricCatalog.require(Task.RANKING, "precision").create(Map.of("k", k), ctx));
        }
        for (int r = 0; r <= 10; r++) {
            out.add(MetricCatalog.require(Task.RANKING, "interpolated_precision").create(Map.of("recall", r / 10.0),
                    ctx));
        }
        return out;
    }

    private static void generate(Path qrels, Path run, int queries, int docs) throws IOException {
        Random rnd = new Random(42);
        int collection = 2_000_000;
        try (BufferedWriter q = Files.newBufferedWriter(qrels); BufferedWriter r = Files.newBufferedWriter(run)) {
            for (int t = 0; t < queries; t++) {
                String qid = Integer.toString(1000 + t);
                int base = rnd.nextInt(collection);
                for (int i = 0; i < docs; i++) {
                    int doc = (base + i * 7919) % collection;
                    double score = Math.round((docs - i) * 1000.0 + rnd.nextInt(2000)) / 1000.0;
                    r.write(qid + " Q0 DOC-" + doc + " " + (i + 1) + " " + score + " bench\n");
                    if (i % 10 == 0) {
                        q.write(qid + " 0 DOC-" + doc + " " + rnd.nextInt(4) + "\n");
                    }
                }
                for (int j = 0; j < 20; j++) {
                    q.write(qid + " 0 UNRET-" + t + "-" + j + " " + rnd.nextInt(3) + "\n");
                }
            }
        }
    }
}
