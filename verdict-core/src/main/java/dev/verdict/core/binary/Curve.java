package dev.verdict.core.binary;

/**
 * The cumulative counts of sklearn's {@code _binary_clf_curve} (scikit-learn 1.2.1): for each distinct score in
 * decreasing order, the weighted number of positives ({@code tps}) and negatives ({@code fps}) scored at or above it.
 * Built by walking the two ascending-sorted sides from their ends.
 */
final class Curve {
    /** Number of distinct thresholds; the arrays may be longer when the curve is reused. */
    int n;
    double[] thresholds;
    double[] tps;
    double[] fps;

    Curve(int n, double[] thresholds, double[] tps, double[] fps) {
        this.n = n;
        this.thresholds = thresholds;
        this.tps = tps;
        this.fps = fps;
    }

    /** @return the total weight of positives */
    double positives() {
        return n == 0 ? 0.0 : tps[n - 1];
    }

    /** @return the total weight of negatives */
    double negatives() {
        return n == 0 ? 0.0 : fps[n - 1];
    }

    static Curve build(GrowableScores pos, GrowableScores neg) {
        return build(pos, neg, null);
    }

    /**
     * @param reuse a curve whose arrays are overwritten when long enough (the bootstrap replicator's scratch), or null
     * @return the curve of the two ascending-sorted sides ({@code reuse} itself when it was reused)
     */
    static Curve build(GrowableScores pos, GrowableScores neg, Curve reuse) {
        int n = countDistinct(pos.scores(), pos.size(), neg.scores(), neg.size());
        boolean fits = reuse != null && reuse.thresholds.length >= n;
        double[] thr = fits ? reuse.thresholds : new double[n];
        double[] tps = fits ? reuse.tps : new double[n];
        double[] fps = fits ? reuse.fps : new double[n];
        double[] ps = pos.scores();
        double[] ns = neg.scores();
        double[] pw = pos.weights();
        double[] nw = neg.weights();
        int i = pos.size() - 1;
        int j = neg.size() - 1;
        double tp = 0;
        double fp = 0;
        for (int k = 0; k < n; k++) {
            double t = i < 0 ? ns[j] : j < 0 ? ps[i] : Math.max(ps[i], ns[j]);
            if (pw == null) {
                while (i >= 0 && ps[i] == t) {
                    tp += 1.0;
                    i--;
                }
            } else {
                while (i >= 0 && ps[i] == t) {
                    tp += pw[i--];
                }
            }
            if (nw == null) {
                while (j >= 0 && ns[j] == t) {
                    fp += 1.0;
                    j--;
                }
            } else {
                while (j >= 0 && ns[j] == t) {
                    fp += nw[j--];
                }
            }
            thr[k] = t;
            tps[k] = tp;
            fps[k] = fp;
        }
        if (fits) {
            reuse.n = n;
            return reuse;
        }
        return new Curve(n, thr, tps, fps);
    }

    private static int countDistinct(double[] a, int na, double[] b, int nb) {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < na || j < nb) {
            double t = i >= na ? b[j] : j >= nb ? a[i] : Math.min(a[i], b[j]);
            while (i < na && a[i] == t) {
                i++;
            }
            while (j < nb && b[j] == t) {
                j++;
            }
            count++;
        }
        return count;
    }
}
