package dev.verdict.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LeakageCheckerTest {
    private static final long SEED = 42L;

    @TempDir
    Path dir;

    /** Rows id,user,ts,pred_ts,f1_ts,f1,f2,y with a noisy f1, pure-noise f2 and a binary label. */
    private Path file(String name, int from, int to, Random r, String users, boolean lateFeature, boolean leak)
            throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("id,user,ts,pred_ts,f1_ts,f1,f2,y");
        for (int i = from; i < to; i++) {
            int y = r.nextInt(2);
            double f1 = leak ? y * 10 + r.nextDouble() : y + r.nextGaussian() * 2;
            int fts = lateFeature && i == from + 3 ? i + 5 : i - 1;
            lines.add(i + "," + users + (i % 10) + "," + i + "," + i + "," + fts + "," + f1 + "," + r.nextGaussian()
                    + "," + y);
        }
        Path p = dir.resolve(name);
        Files.write(p, lines);
        return p;
    }

    private Path plan(String validation) throws Exception {
        Path p = dir.resolve("plan.yaml");
        Files.writeString(p, "task: binary\ndata: {label: y, id: id}\nmetrics: [{name: roc_auc}]\n" + validation);
        return p;
    }

    private static List<Finding> of(List<Finding> all, String check) {
        return all.stream().filter(f -> f.check().equals(check)).toList();
    }

    private static Finding only(List<Finding> all, String check) {
        List<Finding> f = of(all, check);
        assertEquals(1, f.size(), () -> check + ": " + all);
        return f.get(0);
    }

    private static final String FULL = "validation: {group: user, time: ts, prediction_time: pred_ts, "
            + "feature_times: {f1: f1_ts}, features: [f1, f2]}\n";

    @Test
    void cleanSplitHasNoErrors() throws Exception {
        Random r = new Random(SEED);
        Path train = file("train.csv", 0, 300, r, "a", false, false);
        Path test = file("test.csv", 300, 400, r, "b", false, false);
        List<Finding> all = LeakageChecker.run(train, test, LeakageConfig.load(plan(FULL)));
        assertEquals(0, FindingsReport.count(all, Severity.ERROR), all::toString);
        for (String c : List.of("duplicate_rows", "shared_groups", "temporal_overlap", "univariate_leakage",
                "feature_after_prediction_time")) {
            assertEquals(Severity.INFO, only(all, c).severity(), c);
        }
    }

    @Test
    void eachLeakIsAnErrorWithCountAndExamples() throws Exception {
        Random r = new Random(SEED);
        Path train = file("train.csv", 0, 300, r, "a", false, true);
        List<String> test = new ArrayList<>(Files.readAllLines(file("test.csv", 250, 350, r, "a", true, true)));
        List<String> trainLines = Files.readAllLines(train);
        test.add(trainLines.get(1).replaceFirst("^0,", "9999,")); // same features and label, another id
        Path testFile = dir.resolve("test2.csv");
        Files.write(testFile, test);
        List<Finding> all = LeakageChecker.run(train, testFile, LeakageConfig.load(plan(FULL)));

        Finding dup = only(all, "duplicate_rows");
        assertEquals(Severity.ERROR, dup.severity(), all::toString);
        assertEquals(1, dup.count());
        assertEquals(9999, ((Number) dup.examples().get(0).get("test_id")).intValue());
        assertEquals(0, ((Number) dup.examples().get(0).get("train_id")).intValue());

        Finding groups = only(all, "shared_groups");
        assertEquals(Severity.ERROR, groups.severity());
        assertEquals(10, groups.count());

        Finding overlap = only(all, "temporal_overlap");
        assertEquals(Severity.ERROR, overlap.severity());
        assertEquals(49 + 1, overlap.count()); // ts 250..298 (< max train ts 299) plus the copied row with ts 0
        assertEquals("0", overlap.examples().get(0).get("ts").toString());

        Finding late = of(all, "feature_after_prediction_time").stream().filter(f -> f.severity() == Severity.ERROR)
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(1, late.count());
        assertEquals(253, ((Number) late.examples().get(0).get("id")).intValue());

        Finding uni = only(all, "univariate_leakage");
        assertEquals(Severity.ERROR, uni.severity());
        assertEquals(1, uni.count());
        assertEquals("f1", uni.examples().get(0).get("feature"));
        assertEquals(1.0, ((Number) uni.examples().get(0).get("auc")).doubleValue(), 1e-12);
    }

    @Test
    void reversedFeatureAndRegressionTargetAreCaught() throws Exception {
        Random r = new Random(SEED);
        List<String> lines = new ArrayList<>(List.of("neg,noise,target,cls"));
        for (int i = 0; i < 200; i++) {
            double t = r.nextGaussian();
            lines.add((-t) + "," + r.nextGaussian() + "," + (3 * t + 0.01 * r.nextGaussian()) + "," + (t > 0 ? "b"
                    : i % 2 == 0 ? "a" : "c"));
        }
        Path train = dir.resolve("train.csv");
        Files.write(train, lines);
        Path p = dir.resolve("reg.yaml");
        Files.writeString(p, "task: regression\ndata: {label: target}\nvalidation: {features: [neg, noise]}\n");
        Finding uni = only(LeakageChecker.run(train, train, LeakageConfig.load(p)), "univariate_leakage");
        assertEquals(Severity.ERROR, uni.severity());
        assertEquals("neg", uni.examples().get(0).get("feature"));
        assertTrue(((Number) uni.examples().get(0).get("r2")).doubleValue() > 0.99);

        Files.writeString(p, "task: multiclass\ndata: {label: cls}\nvalidation: {features: [neg, noise], "
                + "max_univariate_auc: 0.99}\n");
        Finding multi = only(LeakageChecker.run(train, train, LeakageConfig.load(p)), "univariate_leakage");
        assertEquals(Severity.ERROR, multi.severity(), multi::toString);
        assertEquals("b", multi.examples().get(0).get("class"));
    }

    @Test
    void univariateAucIsTheCoreRocAucFolded() {
        double[] x = {0.1, 0.4, 0.35, 0.8};
        int[] y = {0, 0, 1, 1};
        assertEquals(0.75, Univariate.auc(x, y), 1e-12); // sklearn roc_auc_score([0,0,1,1],[.1,.4,.35,.8]) = 0.75
        double[] neg = {-0.1, -0.4, -0.35, -0.8};
        assertEquals(0.75, Univariate.auc(neg, y), 1e-12);
        assertTrue(Double.isNaN(Univariate.auc(x, new int[] {1, 1, 1, 1})));
        assertTrue(Double.isNaN(Univariate.r2(x, new double[] {2, 2, 2, 2})));
        assertEquals(1.0, Univariate.r2(x, new double[] {1.2, 1.8, 1.7, 2.6}), 1e-12);
    }

    @Test
    void badPlansAndColumnsAreInvalidInput() throws Exception {
        Random r = new Random(SEED);
        Path train = file("train.csv", 0, 50, r, "a", false, false);
        Path test = file("test.csv", 50, 80, r, "b", false, false);
        assertTrue(assertThrows(InvalidInputException.class, () -> LeakageChecker.run(train, test,
                LeakageConfig.load(plan("validation: {group: session}\n")))).getMessage()
                .contains("no column \"session\" (validation.group)"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LeakageConfig.load(plan(
                "validation: {grup: user}\n"))).getMessage().contains("unknown validation key 'grup'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LeakageConfig.load(plan(
                "validation: {max_univariate_auc: 2}\n"))).getMessage().contains("max_univariate_auc"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LeakageChecker.run(train, test,
                LeakageConfig.load(plan("validation: {feature_times: {f1: f1_ts}}\n")))).getMessage()
                .contains("needs 'validation.prediction_time'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LeakageChecker.run(train, dir.resolve("no.csv"),
                LeakageConfig.load(plan("")))).getMessage().contains("file not found"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LeakageConfig.load(dir.resolve("no.yaml")))
                .getMessage().contains("does not exist"));
    }
}
