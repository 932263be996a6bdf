#!/usr/bin/python3
"""Golden values for verdict-stats (run with Debian's /usr/bin/python3; needs Rscript with r-cran-proc).

Writes verdict-stats/src/test/resources/golden/stats.json. Every expected value names its "source" call.
References: statsmodels 0.13.5 (proportion_confint, mcnemar, multipletests), scipy 1.10.1 (ttest_rel, wilcoxon,
t.interval, bootstrap's _bca_interval), R pROC 1.18 (ci.auc / roc.test with method="delong").
"""
import csv
import json
import os
import subprocess
import tempfile

import numpy as np
import scipy
from scipy import stats
from scipy.stats._resampling import _bca_interval
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

SEED = 20240611
rng = np.random.default_rng(SEED)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "verdict-stats", "src", "test", "resources", "golden", "stats.json")


def fl(xs):
    return [float(x) for x in xs]


def proportions():
    cases = []
    for x, n, level in [(0, 10, 0.95), (10, 10, 0.95), (1, 1, 0.9), (37, 50, 0.95), (5, 1000, 0.99),
                        (512, 1000, 0.95), (999, 1000, 0.8), (3, 7, 0.5)]:
        w = proportion_confint(x, n, alpha=1 - level, method="wilson")
        b = proportion_confint(x, n, alpha=1 - level, method="beta")
        cases.append({"successes": x, "trials": n, "level": level, "wilson": fl(w), "clopper_pearson": fl(b),
                      "source": "statsmodels.stats.proportion.proportion_confint(x, n, alpha=1-level, "
                                "method='wilson' / 'beta')"})
    return cases


def t_intervals():
    cases = []
    for n, level in [(2, 0.95), (15, 0.9), (200, 0.95), (1000, 0.99)]:
        v = rng.exponential(2.0, n)
        sem = stats.sem(v)
        lo, hi = stats.t.interval(level, n - 1, loc=np.mean(v), scale=sem)
        cases.append({"values": fl(v), "level": level, "low": float(lo), "high": float(hi),
                      "source": "scipy.stats.t.interval(level, n-1, loc=mean, scale=scipy.stats.sem(v))"})
    return cases


def paired_t():
    cases = []
    for n, level, shift in [(10, 0.95, 0.3), (300, 0.95, 0.05), (50, 0.9, 0.0)]:
        base = rng.normal(1.0, 1.0, n) ** 2
        cand = base + rng.normal(-shift, 0.5, n)
        r = stats.ttest_rel(cand, base)
        ci = r.confidence_interval(level)
        cases.append({"candidate": fl(cand), "baseline": fl(base), "level": level, "statistic": float(r.statistic),
                      "pvalue": float(r.pvalue), "low": float(ci.low), "high": float(ci.high),
                      "source": "scipy.stats.ttest_rel(candidate, baseline) and .confidence_interval(level)"})
    return cases


def wilcoxon():
    cases = []
    specs = [("exact", rng.normal(0.3, 1, 20)),
             ("exact_n50", rng.normal(-0.2, 1, 50)),
             ("approx_n51", rng.normal(0.1, 1, 51)),
             ("approx_zeros_ties", rng.integers(-3, 4, 80).astype(float)),
             ("approx_large", rng.normal(0.05, 1, 500))]
    for name, d in specs:
        base = rng.uniform(0, 2, len(d))
        cand = base + d
        d2 = cand - base
        r = stats.wilcoxon(cand, base)
        cases.append({"name": name, "candidate": fl(cand), "baseline": fl(base), "statistic": float(r.statistic),
                      "pvalue": float(r.pvalue), "zeros": int(np.sum(d2 == 0)),
                      "source": "scipy.stats.wilcoxon(candidate, baseline)"})
    return cases


def mcnemar_cases():
    cases = []
    for n01, n10 in [(0, 5), (5, 5), (12, 3), (40, 61), (1, 0), (250, 180)]:
        table = [[100, n01], [n10, 80]]
        e = mcnemar(table, exact=True)
        c = mcnemar(table, exact=False, correction=True)
        cases.append({"n01": n01, "n10": n10, "exact_statistic": float(e.statistic), "exact_pvalue": float(e.pvalue),
                      "chi2_statistic": float(c.statistic), "chi2_pvalue": float(c.pvalue),
                      "source": "statsmodels.stats.contingency_tables.mcnemar(table, exact=True / "
                                "exact=False, correction=True)"})
    return cases


def multiple():
    cases = []
    ps = [rng.uniform(0, 0.2, 12), np.array([0.01, 0.04, 0.03, 0.2, 0.04, 0.5, 0.001]), np.array([0.9]),
          rng.uniform(0, 1, 40)]
    for p in ps:
        out = {"pvalues": fl(p), "source": "statsmodels.stats.multitest.multipletests(p, method=m)[1]"}
        for ours, theirs in [("bonferroni", "bonferroni"), ("holm", "holm"), ("bh", "fdr_bh"), ("by", "fdr_by")]:
            out[ours] = fl(multipletests(p, method=theirs)[1])
        cases.append(out)
    return cases


def bca():
    """scipy's BCa bounds for given replicates: statistic = mean, exact leave-one-out jackknife of the sample."""
    cases = []
    for n, b, level in [(30, 2000, 0.95), (80, 999, 0.9), (12, 500, 0.95)]:
        x = rng.lognormal(0, 1, n)
        theta_b = np.array([np.mean(rng.choice(x, n)) for _ in range(b)])
        a1, a2, a_hat = _bca_interval((x,), np.mean, axis=-1, alpha=(1 - level) / 2, theta_hat_b=theta_b[None, :],
                                      batch=None)
        lo = np.percentile(theta_b, a1 * 100)
        hi = np.percentile(theta_b, a2 * 100)
        pl, ph = np.percentile(theta_b, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
        cases.append({"sample": fl(x), "replicates": fl(theta_b), "level": level, "bca_low": float(lo),
                      "bca_high": float(hi), "acceleration": float(a_hat), "percentile_low": float(pl),
                      "percentile_high": float(ph),
                      "source": "scipy.stats._resampling._bca_interval((x,), np.mean, alpha=(1-level)/2, "
                                "theta_hat_b) then np.percentile(theta_b, alpha_i*100) (scipy 1.10.1)"})
    return cases


def delong():
    specs = []
    for k, (n, prev, ties, level) in enumerate([(60, 0.4, False, 0.95), (400, 0.1, True, 0.95),
                                                (1500, 0.5, True, 0.9), (25, 0.3, False, 0.99)]):
        y = (rng.uniform(size=n) < prev).astype(int)
        y[:2] = 1
        y[2:4] = 0
        base = y * 0.6 + rng.normal(0, 0.7, n)
        cand = base + y * 0.3 + rng.normal(0, 0.4, n)
        if ties:
            base = np.round(base, 1)
            cand = np.round(cand, 1)
        specs.append((k, y, base, cand, level))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.csv")
        dst = os.path.join(tmp, "out.csv")
        with open(src, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["case", "label", "base", "cand", "level"])
            for k, y, base, cand, level in specs:
                for i in range(len(y)):
                    w.writerow([k, int(y[i]), repr(float(base[i])), repr(float(cand[i])), level])
        subprocess.run(["Rscript", os.path.join(os.path.dirname(os.path.abspath(__file__)), "stats_delong.R"),
                        src, dst], check=True)
        rows = list(csv.DictReader(open(dst)))
    cases = []
    for (k, y, base, cand, level), r in zip(specs, rows):
        cases.append({"label": [int(v) for v in y], "baseline": fl(base), "candidate": fl(cand), "level": level,
                      "auc": float(r["auc"]), "low": float(r["low"]), "high": float(r["high"]),
                      "z": float(r["z"]), "pvalue": float(r["p"]), "diff_low": float(r["dlow"]),
                      "diff_high": float(r["dhigh"]),
                      "source": "R pROC 1.18: ci.auc(roc(label, baseline, direction='<'), method='delong', "
                                "conf.level=level); roc.test(roc_candidate, roc_baseline, method='delong', "
                                "paired=TRUE, conf.level=level)"})
    return cases


def main():
    data = {"generator": "tools/golden/stats.py", "seed": SEED, "scipy": scipy.__version__,
            "tolerance": "1e-9 relative, except Clopper-Pearson and t quantiles (1e-8: iterative inverses)",
            "proportions": proportions(), "t_intervals": t_intervals(), "paired_t": paired_t(),
            "wilcoxon": wilcoxon(), "mcnemar": mcnemar_cases(), "multipletests": multiple(), "bca": bca(),
            "delong": delong()}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(data, f)
    print("wrote", OUT, os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
