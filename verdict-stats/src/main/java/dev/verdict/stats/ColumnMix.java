package dev.verdict.stats;

import dev.verdict.core.Columns;

/**
 * Builds a batch taking row {@code i} from {@code b} when {@code swap[i]}, else from {@code a} (every column both
 * batches set; the truth columns of paired batches are equal, so only the predictions really mix). Used by the
 * permutation test.
 */
final class ColumnMix {
    private ColumnMix() {
    }

    static Columns mix(Columns a, Columns b, boolean[] swap) {
        int n = a.size();
        Columns.Builder m = Columns.builder(n);
        if (a.label() != null) {
            m.label(ints(a.label(), b.label(), swap));
        }
        if (a.score() != null) {
            m.score(doubles(a.score(), b.score(), swap));
        }
        if (a.scores() != null) {
            double[][] s = new double[a.scores().length][];
            for (int k = 0; k < s.length; k++) {
                s[k] = doubles(a.scores()[k], b.scores()[k], swap);
            }
            m.scores(s);
        }
        if (a.predictedLabel() != null) {
            m.predictedLabel(ints(a.predictedLabel(), b.predictedLabel(), swap));
        }
        if (a.labelMatrix() != null) {
            int[][] s = new int[a.labelMatrix().length][];
            for (int k = 0; k < s.length; k++) {
                s[k] = ints(a.labelMatrix()[k], b.labelMatrix()[k], swap);
            }
            m.labelMatrix(s);
        }
        setDoubles(a, b, swap, m);
        if (a.group() != null) {
            m.group(ints(a.group(), b.group(), swap));
        }
        if (a.item() != null) {
            m.item(ints(a.item(), b.item(), swap));
        }
        if (a.text() != null) {
            m.text(objects(a.text(), b.text(), swap, new String[n]));
        }
        if (a.references() != null) {
            m.references(objects(a.references(), b.references(), swap, new String[n][]));
        }
        if (a.nSamples() != null) {
            m.nSamples(ints(a.nSamples(), b.nSamples(), swap));
        }
        if (a.nCorrect() != null) {
            m.nCorrect(ints(a.nCorrect(), b.nCorrect(), swap));
        }
        if (a.features() != null) {
            double[][] s = new double[a.features().length][];
            for (int k = 0; k < s.length; k++) {
                s[k] = doubles(a.features()[k], b.features()[k], swap);
            }
            m.features(s);
        }
        return m.build();
    }

    private static void setDoubles(Columns a, Columns b, boolean[] swap, Columns.Builder m) {
        if (a.yTrue() != null) {
            m.yTrue(doubles(a.yTrue(), b.yTrue(), swap));
        }
        if (a.yPred() != null) {
            m.yPred(doubles(a.yPred(), b.yPred(), swap));
        }
        if (a.lower() != null) {
            m.lower(doubles(a.lower(), b.lower(), swap));
        }
        if (a.upper() != null) {
            m.upper(doubles(a.upper(), b.upper(), swap));
        }
        if (a.time() != null) {
            m.time(doubles(a.time(), b.time(), swap));
        }
        if (a.weight() != null) {
            m.weight(doubles(a.weight(), b.weight(), swap));
        }
        if (a.relevance() != null) {
            m.relevance(doubles(a.relevance(), b.relevance(), swap));
        }
        if (a.logProb() != null) {
            m.logProb(doubles(a.logProb(), b.logProb(), swap));
        }
        if (a.tokenCount() != null) {
            m.tokenCount(doubles(a.tokenCount(), b.tokenCount(), swap));
        }
        if (a.byteCount() != null) {
            m.byteCount(doubles(a.byteCount(), b.byteCount(), swap));
        }
    }

    private static int[] ints(int[] a, int[] b, boolean[] swap) {
        int[] out = new int[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = swap[i] ? b[i] : a[i];
        }
        return out;
    }

    private static double[] doubles(double[] a, double[] b, boolean[] swap) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = swap[i] ? b[i] : a[i];
        }
        return out;
    }

    private static <T> T[] objects(T[] a, T[] b, boolean[] swap, T[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = swap[i] ? b[i] : a[i];
        }
        return out;
    }
}
