package dev.verdict.core.clustering;

import dev.verdict.core.Columns;
import dev.verdict.core.Metric;
import dev.verdict.core.Task;
import dev.verdict.core.TaskContext;
import dev.verdict.core.catalog.MetricCatalog;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random clustering data and catalog look-ups for the clustering tests. */
final class ClusteringData {
    static final TaskContext CONTEXT = new TaskContext(Task.CLUSTERING, 0.5, List.of(), true, false);

    private ClusteringData() {
    }

    static Metric<?> metric(String name, Map<String, ?> params) {
        return MetricCatalog.require(Task.CLUSTERING, name).create(params, CONTEXT);
    }

    /** Sparse class and cluster codes (some negative), clusters loosely following classes, 3 features. */
    static Columns random(long seed, int n) {
        Random rnd = new Random(seed);
        int[] classCodes = {-7, 3, 1000, 42};
        int[] clusterCodes = {5, -1, 77, 9000, 12};
        int[] label = new int[n];
        int[] cluster = new int[n];
        double[][] features = new double[3][n];
        for (int i = 0; i < n; i++) {
            int c = rnd.nextInt(classCodes.length);
            label[i] = classCodes[c];
            int k = rnd.nextDouble() < 0.6 ? c : rnd.nextInt(clusterCodes.length);
            cluster[i] = clusterCodes[k];
            for (int d = 0; d < 3; d++) {
                features[d][i] = k * (d + 1) + rnd.nextGaussian();
            }
        }
        return Columns.builder(n).label(label).predictedLabel(cluster).features(features).build();
    }
}
