package dev.verdict.core.generation;

import dev.verdict.core.MetricValue;
import dev.verdict.core.StateSpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * sacreBLEU 2.6.0 BLEU ({@code sacrebleu.metrics.bleu.BLEU}): corpus BLEU from summed segment statistics, and the
 * mean of sentence BLEU ({@code sacrebleu.sentence_bleu}, effective order) over rows.
 *
 * <p>BLEU = BP * exp(sum_{n<=N'} log p_n / N'), p_n = 100 * correct_n / total_n (smoothed), BP = 1 if
 * sys_len >= ref_len else exp(1 - ref_len / sys_len) (0 when sys_len = 0); log 0 is floored to -9999999999
 * ({@code my_log}); a corpus without a single matching n-gram scores 0. Smoothing: exp (NIST: the k-th zero-match
 * order gets 100 / (2^k * total)), floor (100 * smooth_value / total for zero matches), add-k (add smooth_value to
 * correct and total for n >= 2), none. Empty input: NaN with a warning.
 */
final class Bleu {
    /** The sacreBLEU version whose behaviour and signature string are matched. */
    static final String SACREBLEU_VERSION = "2.6.0";

    /** Smoothing methods, spelled as sacreBLEU. */
    enum Smooth {
        NONE("none", Double.NaN), FLOOR("floor", 0.1), ADD_K("add-k", 1), EXP("exp", Double.NaN);

        final String id;
        final double defaultValue;

        Smooth(String id, double defaultValue) {
            this.id = id;
            this.defaultValue = defaultValue;
        }

        static Smooth of(String id) {
            for (Smooth s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(id);
        }
    }

    /** One BLEU score and its parts. */
    record Score(double score, double[] precisions, double bp, double[] counts, double[] totals) {
    }

    private Bleu() {
    }

    /** @return the state spec for this tokenization (every smoothing shares it) */
    static StateSpec<RowStatsState> spec(BleuTokenizer tok, boolean lowercase, int order) {
        return new StateSpec<>("generation.bleu@" + tok.signature() + ",lc=" + lowercase + ",n=" + order,
                () -> new RowStatsState(new BleuScorer(tok, lowercase, order)));
    }

    /**
     * sacreBLEU's {@code compute_bleu}.
     *
     * @param correct0 matched n-gram counts (copied; add-k changes the copy, which is reported as sacreBLEU does)
     * @param total0 hypothesis n-gram counts (copied)
     */
    static Score compute(double[] correct0, double[] total0, double sysLen, double refLen, Smooth smooth,
            double smoothValue, boolean effectiveOrder) {
        int order = correct0.length;
        double[] correct = correct0.clone();
        double[] total = total0.clone();
        double bp = 1.0;
        if (sysLen < refLen) {
            bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0.0;
        }
        double[] precisions = new double[order];
        boolean any = false;
        for (double c : correct) {
            any |= c != 0;
        }
        if (!any) {
            return new Score(0.0, precisions, bp, correct, total);
        }
        double smoothMteval = 1.0;
        int effOrder = order;
        for (int n = 1; n <= order; n++) {
            if (smooth == Smooth.ADD_K && n > 1) {
                correct[n - 1] += smoothValue;
                total[n - 1] += smoothValue;
            }
            if (total[n - 1] == 0) {
                break;
            }
            if (effectiveOrder) {
                effOrder = n;
            }
            if (correct[n - 1] == 0) {
                if (smooth == Smooth.EXP) {
                    smoothMteval *= 2;
                    precisions[n - 1] = 100. / (smoothMteval * total[n - 1]);
                } else if (smooth == Smooth.FLOOR) {
                    precisions[n - 1] = 100. * smoothValue / total[n - 1];
                }
            } else {
                precisions[n - 1] = 100. * correct[n - 1] / total[n - 1];
            }
        }
        double sum = 0;
        for (int i = 0; i < effOrder; i++) {
            sum += precisions[i] == 0.0 ? -9999999999.0 : Math.log(precisions[i]);
        }
        return new Score(bp * Math.exp(sum / effOrder), precisions, bp, correct, total);
    }

    /** Corpus BLEU over every row of the state. */
    static MetricValue corpus(RowStatsState st, int order, Smooth smooth, double smoothValue, String tok,
            boolean lowercase, boolean hasSmoothValue) {
        if (st.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows: BLEU is undefined");
        }
        double[] s = st.sum();
        Score sc = compute(Arrays.copyOfRange(s, BleuScorer.CORRECT, BleuScorer.CORRECT + order),
                Arrays.copyOfRange(s, BleuScorer.CORRECT + order, BleuScorer.CORRECT + 2 * order),
                s[BleuScorer.SYS_LEN], s[BleuScorer.REF_LEN], smooth, smoothValue, false);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("signature", signature(st, smooth, hasSmoothValue ? smoothValue : smooth.defaultValue, tok, lowercase,
                false));
        d.put("counts", RowValues.list(sc.counts()));
        d.put("totals", RowValues.list(sc.totals()));
        d.put("precisions", RowValues.list(sc.precisions()));
        d.put("bp", sc.bp());
        d.put("sys_len", (long) s[BleuScorer.SYS_LEN]);
        d.put("ref_len", (long) s[BleuScorer.REF_LEN]);
        d.put("ratio", s[BleuScorer.REF_LEN] == 0 ? 0.0 : s[BleuScorer.SYS_LEN] / s[BleuScorer.REF_LEN]);
        return new MetricValue(sc.score(), d, null);
    }

    /** Mean over rows of sentence BLEU with effective order. */
    static MetricValue sentenceMean(RowStatsState st, int order, Smooth smooth, double smoothValue) {
        int rows = st.rows();
        if (rows == 0) {
            return MetricValue.warn(Double.NaN, "no rows: sentence BLEU mean is undefined");
        }
        double[] values = new double[rows];
        double[] c = new double[order];
        double[] t = new double[order];
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            for (int n = 0; n < order; n++) {
                c[n] = st.get(r, BleuScorer.CORRECT + n);
                t[n] = st.get(r, BleuScorer.CORRECT + order + n);
            }
            values[r] = compute(c, t, st.get(r, BleuScorer.SYS_LEN), st.get(r, BleuScorer.REF_LEN), smooth,
                    smoothValue, true).score();
            sum += values[r];
        }
        return new MetricValue(sum / rows, RowValues.detail(values), null);
    }

    /** sacreBLEU's signature string, e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}. */
    static String signature(RowStatsState st, Smooth smooth, double smoothValue, String tok, boolean lowercase,
            boolean eff) {
        String smoothStr = smooth.id;
        if (smooth == Smooth.FLOOR || smooth == Smooth.ADD_K) {
            smoothStr += String.format(Locale.ROOT, "[%.2f]", smoothValue);
        }
        return "nrefs:" + nrefs(st, BleuScorer.NREFS) + "|case:" + (lowercase ? "lc" : "mixed") + "|eff:"
                + (eff ? "yes" : "no") + "|tok:" + tok + "|smooth:" + smoothStr + "|version:" + SACREBLEU_VERSION;
    }

    /** @return the common number of references, or "var" when rows differ */
    static String nrefs(RowStatsState st, int column) {
        long first = -1;
        for (int r = 0; r < st.rows(); r++) {
            long n = (long) st.get(r, column);
            if (first == -1) {
                first = n;
            } else if (n != first) {
                return "var";
            }
        }
        return Long.toString(first);
    }
}
