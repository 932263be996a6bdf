package dev.verdict.core.binary;

import dev.verdict.core.Columns;
import dev.verdict.core.Resamplable;

/**
 * Fast resampling of roc_auc and average_precision: the rows are sorted once by decreasing score (radix sort carrying
 * the row index) and tie groups are recorded; each resample is one branch-free pass over the sorted rows accumulating
 * the counted weights of positives and negatives. With counted weights {@code c w}:
 * <ul>
 *   <li>roc_auc = [sum over negatives of c w (positive weight scored strictly above) + 1/2 sum over tie groups of
 *   (positive weight in group)(negative weight in group)] / (P N), the Mann-Whitney form of sklearn's trapezoid;</li>
 *   <li>average_precision = sum over tie groups of (positive weight in group) / P x precision at the group's end, as
 *   sklearn's sum of (R_n - R_{n-1}) P_n over distinct thresholds (a group with all counts 0 adds nothing: it is not
 *   a threshold of that resample).</li>
 * </ul>
 * Unweighted rows use one byte per row and exact integer arithmetic for roc_auc (no denormal guard constants in the
 * loops: they cost a microcode assist per row). {@link #valueInOrder} takes counts
 * by sorted position (no gather); {@link #value} gathers the row counts into sorted order first. Undefined:
 * roc_auc NaN with one class; average_precision 0 without positives (sklearn's convention), NaN with no counted row.
 */
final class RankReplicator implements Resamplable.Replicator {
    private final boolean auc;
    private final int[] row;
    /** Label per sorted position (unweighted), or null. */
    private final byte[] y;
    /** Weight of the row when positive, else 0 (weighted only), or null. */
    private final double[] posW;
    /** Weight of the row when negative, else 0 (weighted only), or null. */
    private final double[] negW;
    /** Start of each tie group and n at the end, or null when no two scores tie. */
    private final int[] groups;
    /** Sorted positions of the positive rows (unweighted only), or null. */
    private final int[] positives;
    private int[] scratch;
    private long[] allAtPositive;

    private RankReplicator(boolean auc, int[] row, byte[] y, double[] posW, double[] negW, int[] groups) {
        this.auc = auc;
        this.row = row;
        this.y = y;
        this.posW = posW;
        this.negW = negW;
        this.groups = groups;
        this.positives = y == null ? null : positions(y);
    }

    private static int[] positions(byte[] y) {
        int m = 0;
        for (byte v : y) {
            m += v;
        }
        int[] p = new int[m];
        int j = 0;
        for (int k = 0; k < y.length; k++) {
            if (y[k] == 1) {
                p[j++] = k;
            }
        }
        return p;
    }

    /** @return the replicator of roc_auc ({@code auc}) or average_precision over {@code rows} */
    static RankReplicator prepare(Columns rows, boolean auc) {
        ScoreOrder sorted = ScoreOrder.sort(rows);
        int n = sorted.row.length;
        double[] w = sorted.weight;
        byte[] y = w == null ? new byte[n] : null;
        double[] pos = w == null ? null : new double[n];
        double[] neg = w == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            int r = sorted.row[k];
            if (w == null) {
                y[k] = (byte) sorted.label[r];
            } else {
                pos[k] = sorted.label[r] == 1 ? w[r] : 0.0;
                neg[k] = sorted.label[r] == 1 ? 0.0 : w[r];
            }
        }
        return new RankReplicator(auc, sorted.row, y, pos, neg, sorted.distinct == n ? null : sorted.groupStarts());
    }

    @Override
    public double value(int[] counts) {
        scratch = ScoreOrder.gather(row, counts, scratch);
        return valueInOrder(scratch);
    }

    @Override
    public boolean hasOrder() {
        return true;
    }

    @Override
    public double valueInOrder(int[] c) {
        if (groups != null) {
            return tied(c);
        }
        if (y != null) {
            return auc ? unweightedAuc(c) : unweightedAp(c);
        }
        return weighted(c);
    }

    private double unweightedAuc(int[] c) {
        long tp = 0;
        long all = 0;
        long sum = 0;
        for (int k = 0; k < c.length; k++) {
            long ck = c[k];
            long dp = ck * y[k];
            sum += (ck - dp) * tp;
            tp += dp;
            all += ck;
        }
        return finish(tp, all - tp, sum);
    }

    /**
     * Two passes so that only positive rows divide: the first stores the counted rows up to each positive position
     * (branch-free: the slot advances by the label), the second sums c tp / all over the positives.
     */
    private double unweightedAp(int[] c) {
        long[] allAt = apScratch();
        long all = 0;
        int j = 0;
        for (int k = 0; k < c.length; k++) {
            all += c[k];
            allAt[j] = all;
            j += y[k];
        }
        long tp = 0;
        double sum = 0;
        for (int q = 0; q < positives.length; q++) {
            int cq = c[positives[q]];
            tp += cq;
            sum += cq * (double) tp / Math.max(allAt[q], 1L);
        }
        return finish(tp, all - tp, sum);
    }

    private long[] apScratch() {
        if (allAtPositive == null) {
            allAtPositive = new long[positives.length + 1];
        }
        return allAtPositive;
    }

    private double weighted(int[] c) {
        double tp = 0;
        double fp = 0;
        double sum = 0;
        for (int k = 0; k < c.length; k++) {
            double dn = c[k] * negW[k];
            double dp = c[k] * posW[k];
            if (auc) {
                sum += dn * tp;
            }
            tp += dp;
            fp += dn;
            if (!auc) {
                sum += dp * tp / Math.max(tp + fp, Double.MIN_NORMAL);
            }
        }
        return finish(tp, fp, sum);
    }

    private double tied(int[] c) {
        double tp = 0;
        double fp = 0;
        double sum = 0;
        for (int g = 0; g + 1 < groups.length; g++) {
            double gp = 0;
            double gn = 0;
            for (int k = groups[g]; k < groups[g + 1]; k++) {
                if (y != null) {
                    gp += c[k] * y[k];
                    gn += c[k] * (1 - y[k]);
                } else {
                    gp += c[k] * posW[k];
                    gn += c[k] * negW[k];
                }
            }
            double below = tp;
            tp += gp;
            fp += gn;
            sum += auc ? gn * (below + 0.5 * gp) : gp * tp / Math.max(tp + fp, Double.MIN_NORMAL);
        }
        return finish(tp, fp, sum);
    }

    private double finish(double tp, double fp, double sum) {
        if (auc) {
            return tp == 0 || fp == 0 ? Double.NaN : sum / (tp * fp);
        }
        return tp + fp == 0 ? Double.NaN : tp == 0 ? 0.0 : sum / tp;
    }

    @Override
    public Resamplable.Replicator fork() {
        return new RankReplicator(this);
    }

    private RankReplicator(RankReplicator shared) {
        this.auc = shared.auc;
        this.row = shared.row;
        this.y = shared.y;
        this.posW = shared.posW;
        this.negW = shared.negW;
        this.groups = shared.groups;
        this.positives = shared.positives;
    }
}
