package dev.verdict.core.clustering;

import dev.verdict.core.AbstractMetric;
import dev.verdict.core.MetricDefinition;
import dev.verdict.core.MetricValue;
import dev.verdict.core.Params;
import dev.verdict.core.StateSpec;
import java.math.BigInteger;
import java.util.Map;

/**
 * A clustering metric comparing cluster ids with true classes, computed from the shared {@link ContingencyState}
 * (scikit-learn 1.2.1, {@code sklearn.metrics}). With {@code n} rows, cell counts {@code n_ij}, class sizes
 * {@code a_i}, cluster sizes {@code b_j}, entropies {@code H(C)}, {@code H(K)} and mutual information {@code MI}
 * (natural log):
 * <ul>
 *   <li>adjusted_rand_index ({@code adjusted_rand_score}): from the pair confusion matrix (tn, fp, fn, tp),
 *   {@code 2 (tp tn - fn fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn))} in exact integer arithmetic; 1.0 when
 *   fn = fp = 0;</li>
 *   <li>normalized_mutual_info ({@code normalized_mutual_info_score}): {@code MI / mean(H(C), H(K))}, the mean given
 *   by {@code average_method}; 1.0 when both labellings have a single group, 0 when MI = 0;</li>
 *   <li>adjusted_mutual_info ({@code adjusted_mutual_info_score}): {@code (MI - EMI) / (mean(H(C), H(K)) - EMI)},
 *   denominator kept at least machine epsilon in magnitude; 1.0 when both have a single group; NaN with a warning
 *   when {@code |mean(H(C), H(K)) - EMI| <= 1e-12 mean(H(C), H(K))}, a 0/0 for which sklearn returns the ratio of
 *   two rounding errors;</li>
 *   <li>homogeneity / completeness ({@code homogeneity_score}, {@code completeness_score}): {@code MI / H(C)},
 *   {@code MI / H(K)}; 1.0 when the entropy is 0;</li>
 *   <li>v_measure ({@code v_measure_score}): {@code (1 + beta) h c / (beta h + c)}, 0 when h + c = 0;</li>
 *   <li>fowlkes_mallows ({@code fowlkes_mallows_score}): {@code tk / sqrt(pk qk)} with {@code tk = sum n_ij^2 - n},
 *   {@code pk = sum b_j^2 - n}, {@code qk = sum a_i^2 - n}; 0 when tk = 0;</li>
 *   <li>purity (numpy formula, no sklearn function): {@code sum_j max_i n_ij / n}.</li>
 * </ul>
 * Fallback values where the formula is 0/0 carry a warning. Empty input: NaN with a warning (sklearn returns 1.0).
 */
final class LabelAgreementMetric extends AbstractMetric<ContingencyState> {
    /** The closed set of label-based clustering metrics. */
    enum Kind { ARI, NMI, AMI, HOMOGENEITY, COMPLETENESS, V_MEASURE, FOWLKES_MALLOWS, PURITY }

    private final Kind kind;

    LabelAgreementMetric(MetricDefinition definition, Params params, Kind kind) {
        super(definition, params);
        this.kind = kind;
    }

    @Override
    public StateSpec<ContingencyState> stateSpec() {
        return ContingencyState.spec(definition().name());
    }

    @Override
    public MetricValue compute(ContingencyState state) {
        if (state.rows() == 0) {
            return MetricValue.warn(Double.NaN, "no rows");
        }
        ContingencyTable t = state.table();
        MetricValue v = switch (kind) {
            case ARI -> adjustedRand(t);
            case NMI -> normalizedMutualInfo(t);
            case AMI -> adjustedMutualInfo(t);
            case HOMOGENEITY, COMPLETENESS, V_MEASURE -> homogeneityCompleteness(t);
            case FOWLKES_MALLOWS -> fowlkesMallows(t);
            case PURITY -> MetricValue.of(purity(t));
        };
        return v.withDetail(Map.of("n_classes", t.classes(), "n_clusters", t.clusters()));
    }

    private static MetricValue adjustedRand(ContingencyTable t) {
        long n = t.n();
        long ss = t.sumSquares();
        BigInteger byCluster = BigInteger.ZERO;
        BigInteger byClass = BigInteger.ZERO;
        for (int e = 0; e < t.count().length; e++) {
            byCluster = byCluster.add(big(t.count()[e]).multiply(big(t.clusterSizes()[t.col()[e]])));
            byClass = byClass.add(big(t.count()[e]).multiply(big(t.classSizes()[t.row()[e]])));
        }
        BigInteger sum2 = big(ss);
        BigInteger tp = sum2.subtract(big(n));
        BigInteger fp = byCluster.subtract(sum2);
        BigInteger fn = byClass.subtract(sum2);
        BigInteger tn = big(n).multiply(big(n)).subtract(fp).subtract(fn).subtract(sum2);
        if (fn.signum() == 0 && fp.signum() == 0) {
            boolean degenerate = tp.signum() == 0 || tn.signum() == 0;
            return degenerate ? MetricValue.warn(1.0, "ARI is 0/0 (both labellings put every pair on the same side);"
                    + " 1.0 as sklearn") : MetricValue.of(1.0);
        }
        BigInteger num = tp.multiply(tn).subtract(fn.multiply(fp)).shiftLeft(1);
        BigInteger den = tp.add(fn).multiply(fn.add(tn)).add(tp.add(fp).multiply(fp.add(tn)));
        return MetricValue.of(ratio(num, den));
    }

    private static double ratio(BigInteger num, BigInteger den) {
        return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL128)
                .doubleValue();
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static boolean singleBoth(ContingencyTable t) {
        return t.classes() == 1 && t.clusters() == 1;
    }

    private MetricValue normalizedMutualInfo(ContingencyTable t) {
        if (singleBoth(t)) {
            return MetricValue.warn(1.0, "a single class and a single cluster: NMI is 0/0; 1.0 as sklearn");
        }
        double mi = t.mutualInformation();
        if (mi == 0.0) {
            return MetricValue.of(0.0);
        }
        return MetricValue.of(mi / average(t));
    }

    private MetricValue adjustedMutualInfo(ContingencyTable t) {
        if (singleBoth(t)) {
            return MetricValue.warn(1.0, "a single class and a single cluster: AMI is 0/0; 1.0 as sklearn");
        }
        double mi = t.mutualInformation();
        double emi = ExpectedMutualInfo.of(t.classSizes(), t.clusterSizes(), t.n());
        double normalizer = average(t);
        double den = normalizer - emi;
        if (normalizer > 0.0 && Math.abs(den) <= 1e-12 * normalizer) {
            return MetricValue.warn(Double.NaN, "mean entropy equals the expected MI (e.g. every row its own "
                    + "cluster with average_method=min): AMI is 0/0; sklearn returns rounding noise");
        }
        double eps = Math.ulp(1.0);
        den = den < 0 ? Math.min(den, -eps) : Math.max(den, eps);
        return MetricValue.of((mi - emi) / den);
    }

    private double average(ContingencyTable t) {
        double u = ContingencyTable.entropy(t.classSizes());
        double v = ContingencyTable.entropy(t.clusterSizes());
        return switch (params().getString("average_method")) {
            case "min" -> Math.min(u, v);
            case "geometric" -> Math.sqrt(u * v);
            case "max" -> Math.max(u, v);
            default -> (u + v) / 2.0;
        };
    }

    private MetricValue homogeneityCompleteness(ContingencyTable t) {
        double hc = ContingencyTable.entropy(t.classSizes());
        double hk = ContingencyTable.entropy(t.clusterSizes());
        double mi = t.mutualInformation();
        double h = hc != 0.0 ? mi / hc : 1.0;
        double c = hk != 0.0 ? mi / hk : 1.0;
        if (kind == Kind.HOMOGENEITY) {
            return hc != 0.0 ? MetricValue.of(h) : MetricValue.warn(h, "a single class: H(C) = 0; 1.0 as sklearn");
        }
        if (kind == Kind.COMPLETENESS) {
            return hk != 0.0 ? MetricValue.of(c) : MetricValue.warn(c, "a single cluster: H(K) = 0; 1.0 as sklearn");
        }
        if (h + c == 0.0) {
            return MetricValue.warn(0.0, "homogeneity + completeness = 0: V-measure is 0/0; 0.0 as sklearn");
        }
        double beta = params().getDouble("beta");
        double den = beta * h + c;
        if (den == 0.0) {
            return MetricValue.warn(Double.NaN, "beta * homogeneity + completeness = 0: V-measure is undefined");
        }
        return MetricValue.of((1 + beta) * h * c / den);
    }

    private static MetricValue fowlkesMallows(ContingencyTable t) {
        long n = t.n();
        double tk = t.sumSquares() - n;
        double pk = sumSquares(t.clusterSizes()) - n;
        double qk = sumSquares(t.classSizes()) - n;
        if (tk == 0.0) {
            return pk == 0.0 || qk == 0.0
                    ? MetricValue.warn(0.0, "no pair of rows shares a cluster (or a class): FMI is 0/0; 0.0 as sklearn")
                    : MetricValue.of(0.0);
        }
        return MetricValue.of(Math.sqrt(tk / pk) * Math.sqrt(tk / qk));
    }

    private static double sumSquares(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x * x;
        }
        return s;
    }

    private static double purity(ContingencyTable t) {
        long[] best = new long[t.clusters()];
        for (int e = 0; e < t.count().length; e++) {
            best[t.col()[e]] = Math.max(best[t.col()[e]], t.count()[e]);
        }
        long s = 0;
        for (long x : best) {
            s += x;
        }
        return s / (double) t.n();
    }
}
