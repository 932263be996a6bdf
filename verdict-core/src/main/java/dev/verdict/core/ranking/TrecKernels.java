package dev.verdict.core.ranking;

/**
 * Per-query trec_eval 10.0 measure kernels, ported loop for loop from trec_eval's {@code m_*.c} files so that the
 * floating-point operations happen in the same order. Every kernel reads the ranked judgments
 * {@code rel[from .. from+n)} (rank order, NaN = not judged, negative = judged in the pool but "unjudged" for bpref)
 * and, where needed, the query's judgments {@code judg[j0 .. j1)} sorted descending.
 */
final class TrecKernels {
    private static final double LN2 = Math.log(2.0);

    private TrecKernels() {
    }

    /** @return the number of judgments {@code >= level} in the descending judgments */
    static int numRel(double[] judg, int j0, int j1, int level) {
        int k = j0;
        while (k < j1 && judg[k] >= level) {
            k++;
        }
        return k - j0;
    }

    /** @return the number of ranked documents {@code >= level} */
    static int relRet(double[] rel, int from, int n, int level) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (rel[from + i] >= level) {
                c++;
            }
        }
        return c;
    }

    /** {@code m_map.c} (k = 0) and {@code m_map_cut.c} (k > 0). */
    static double averagePrecision(double[] rel, int from, int n, int level, int numRel, int k) {
        if (k > 0 && numRel == 0) {
            return 0.0;
        }
        int limit = k > 0 ? Math.min(n, k) : n;
        long relSoFar = 0;
        double sum = 0.0;
        for (int i = 0; i < limit; i++) {
            if (rel[from + i] >= level) {
                relSoFar++;
                sum += (double) relSoFar / (double) (i + 1);
            }
        }
        if (k == 0 && relSoFar == 0) {
            return 0.0;
        }
        return sum / (double) numRel;
    }

    /** {@code m_P.c}: relevant in the top k divided by k, even when fewer than k are retrieved. */
    static double precision(double[] rel, int from, int n, int level, int k) {
        return (double) relRet(rel, from, Math.min(n, k), level) / (double) k;
    }

    /** {@code m_recall.c}: 0 when the query has no relevant document. */
    static double recall(double[] rel, int from, int n, int level, int numRel, int k) {
        if (numRel == 0) {
            return 0.0;
        }
        return (double) relRet(rel, from, Math.min(n, k), level) / (double) numRel;
    }

    /** {@code m_success.c}. */
    static double success(double[] rel, int from, int n, int level, int k) {
        return relRet(rel, from, Math.min(n, k), level) > 0 ? 1.0 : 0.0;
    }

    /** {@code m_recip_rank.c}. */
    static double reciprocalRank(double[] rel, int from, int n, int level) {
        for (int i = 0; i < n; i++) {
            if (rel[from + i] >= level) {
                return 1.0 / (double) (i + 1);
            }
        }
        return 0.0;
    }

    /** {@code m_Rprec.c}. */
    static double rPrecision(double[] rel, int from, int n, int level, int numRel) {
        int look = Math.min(n, numRel);
        if (look == 0) {
            return 0.0;
        }
        return (double) relRet(rel, from, look, level) / (double) numRel;
    }

    /** {@code m_bpref.c}: unjudged (NaN) and negative judgments are skipped. */
    static double bpref(double[] rel, int from, int n, int level, int numRel, double[] judg, int j0, int j1) {
        long numNonrel = 0;
        for (int j = j0; j < j1; j++) {
            if (judg[j] >= 0 && judg[j] < level) {
                numNonrel++;
            }
        }
        long nonrelSoFar = 0;
        double bpref = 0.0;
        for (int i = 0; i < n; i++) {
            double r = rel[from + i];
            if (Double.isNaN(r) || r < 0) {
                continue;
            }
            if (r < level) {
                nonrelSoFar++;
            } else if (nonrelSoFar > 0) {
                bpref += 1.0 - ((double) Math.min(nonrelSoFar, numRel) / (double) Math.min(numNonrel, numRel));
            } else {
                bpref += 1.0;
            }
        }
        if (numRel != 0) {
            bpref /= numRel;
        }
        return bpref;
    }

    /**
     * {@code m_ndcg.c} (k = 0) and {@code m_ndcg_cut.c} (k > 0): DCG over the ranking (top k) divided by the DCG of
     * the judgments sorted by gain (top k); 0 when that ideal DCG is 0.
     */
    static double ndcg(double[] rel, int from, int n, int k, boolean exponential, double[] judg, int j0, int j1) {
        int limit = k > 0 ? Math.min(n, k) : n;
        double dcg = 0.0;
        for (int i = 0; i < limit; i++) {
            double g = gain(rel[from + i], exponential);
            if (g > 0) {
                dcg += g / log2(i + 2);
            }
        }
        int idealLimit = k > 0 ? Math.min(j1 - j0, k) : j1 - j0;
        double ideal = 0.0;
        for (int i = 0; i < idealLimit; i++) {
            double g = gain(judg[j0 + i], exponential);
            if (!(g > 0)) {
                break;
            }
            ideal += g / log2(i + 2);
        }
        return ideal > 0.0 ? dcg / ideal : 0.0;
    }

    /** @return trec_eval's linear gain (the relevance value, 0 for negative or unjudged) or 2^rel - 1 */
    static double gain(double r, boolean exponential) {
        if (!(r > 0)) {
            return 0.0;
        }
        return exponential ? Math.pow(2.0, r) - 1.0 : r;
    }

    private static double log2(int x) {
        return Math.log(x) / LN2;
    }

    /**
     * {@code m_iprec_at_recall.c} for one recall level: the interpolated precision (maximum precision at any rank
     * at or after the rank where {@code cutoff} relevant documents are reached), 0 when the run never reaches it.
     * The cutoff in relevant documents is {@code lround(level * R)} in trec_eval 10 and {@code (long)(level * R +
     * 0.9)} in trec_eval 9.
     */
    static double interpolatedPrecision(double[] rel, int from, int n, int level, int numRel, double recall,
            int version) {
        if (n == 0) {
            return 0.0;
        }
        long cutoff = version >= 10 ? Math.round(recall * numRel) : (long) (recall * numRel + 0.9);
        int numRelRet = relRet(rel, from, n, level);
        if (cutoff > numRelRet) {
            return 0.0;
        }
        double intPrecis = (double) numRelRet / (double) n;
        long relSoFar = numRelRet;
        for (int i = n; i > 0 && relSoFar > 0; i--) {
            double precis = (double) relSoFar / (double) i;
            if (intPrecis < precis) {
                intPrecis = precis;
            }
            if (rel[from + i - 1] >= level) {
                if (relSoFar == cutoff) {
                    return intPrecis;
                }
                relSoFar--;
            }
        }
        return intPrecis;
    }

    /** {@code m_11pt_avg.c}: the mean of the interpolated precision at recall 0.0, 0.1, ..., 1.0. */
    static double elevenPointAverage(double[] rel, int from, int n, int level, int numRel, int version) {
        double sum = 0.0;
        for (int c = 10; c >= 0; c--) {
            sum += interpolatedPrecision(rel, from, n, level, numRel, ELEVEN[c], version);
        }
        return sum / 11.0;
    }

    private static final double[] ELEVEN = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
}
