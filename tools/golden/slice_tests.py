#!/usr/bin/python3
"""Golden values for the slice-against-the-rest tests of verdict-stats (IndependentComparisons).

Run with Debian's /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5) and Rscript with r-cran-proc (pROC 1.18):
    /usr/bin/python3 tools/golden/slice_tests.py
Writes verdict-stats/src/test/resources/golden/slice_tests.json. Every case names its "source" call. One-sided
direction: "the first sample (the slice) is worse", i.e. alternative "less"/"smaller" when larger is better.
"""
import csv
import json
import os
import subprocess
import tempfile

import numpy as np
from scipy import stats
from scipy.stats._stats_py import _unequal_var_ttest_denom
from statsmodels.stats.proportion import proportions_ztest

SEED = 20261123
rng = np.random.default_rng(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
OUT = os.path.join(ROOT, "verdict-stats", "src", "test", "resources", "golden", "slice_tests.json")


def fl(xs):
    return [float(x) for x in xs]


def welch():
    """mae of two regression samples: per-row |y - p|, scipy.stats.ttest_ind(equal_var=False)."""
    cases = []
    for n1, n2, s1, s2, larger in [(40, 300, 3.0, 2.0, False), (400, 1600, 2.0, 2.0, False), (2, 3, 1.0, 1.5, False),
                                   (120, 80, 1.0, 4.0, True)]:
        y1 = np.round(rng.normal(20, 5, n1), 4)
        y2 = np.round(rng.normal(20, 5, n2), 4)
        p1 = np.round(y1 + rng.normal(0, s1, n1), 4)
        p2 = np.round(y2 + rng.normal(0, s2, n2), 4)
        e1 = np.abs(y1 - p1)
        e2 = np.abs(y2 - p2)
        alt = "less" if larger else "greater"
        r = stats.ttest_ind(e1, e2, equal_var=False, alternative=alt)
        df, denom = _unequal_var_ttest_denom(np.var(e1, ddof=1), n1, np.var(e2, ddof=1), n2)
        cases.append({"y1": fl(y1), "p1": fl(p1), "y2": fl(y2), "p2": fl(p2), "largerIsBetter": larger,
                      "t": float(r.statistic), "p": float(r.pvalue), "df": float(df), "se": float(denom),
                      "source": "scipy.stats.ttest_ind(|y1-p1|, |y2-p2|, equal_var=False, alternative='%s'); "
                                "df, se from scipy.stats._stats_py._unequal_var_ttest_denom" % alt})
    return cases


def proportions():
    """accuracy at threshold 0.5 of two binary samples: statsmodels proportions_ztest (pooled)."""
    cases = []
    for n1, n2, acc1, acc2 in [(200, 1800, 0.80, 0.90), (800, 800, 0.91, 0.90), (30, 60, 0.5, 0.7)]:
        out = []
        for n, acc in [(n1, acc1), (n2, acc2)]:
            y = rng.integers(0, 2, n)
            correct = rng.random(n) < acc
            pred = np.where(correct, y, 1 - y)
            score = np.round(np.where(pred == 1, rng.uniform(0.5, 1.0, n), rng.uniform(0.0, 0.49, n)), 4)
            out.append((y, score, int(correct.sum())))
        (y1, sc1, k1), (y2, sc2, k2) = out
        z, p = proportions_ztest([k1, k2], [n1, n2], alternative="smaller")
        cases.append({"y1": [int(v) for v in y1], "s1": fl(sc1), "y2": [int(v) for v in y2], "s2": fl(sc2),
                      "largerIsBetter": True, "z": float(z), "p": float(p),
                      "source": "statsmodels.stats.proportion.proportions_ztest([%d, %d], [%d, %d], "
                                "alternative='smaller')" % (k1, k2, n1, n2)})
    return cases


def delong():
    """roc_auc of two independent binary samples: R pROC roc.test(method="delong", paired=FALSE)."""
    specs = [(300, 1200, 0.3, 0.8, 1.4), (150, 150, 0.5, 1.0, 1.0), (40, 500, 0.1, 0.2, 1.5),
             (200, 800, 0.2, 1.2, 0.9)]
    rows = []
    samples = []
    for k, (n1, n2, prev, d1, d2) in enumerate(specs):
        pair = []
        for part, (n, d) in enumerate([(n1, d1), (n2, d2)]):
            y = (rng.random(n) < prev).astype(int)
            s = np.round(rng.normal(0, 1, n) + d * y, 2 if k == 1 else 5)  # case 1: heavy ties
            pair.append((y, s))
            for a, b in zip(y, s):
                rows.append({"case": k, "part": part, "label": int(a), "score": float(b)})
        samples.append(pair)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.csv")
        dst = os.path.join(tmp, "out.csv")
        with open(src, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["case", "part", "label", "score"])
            w.writeheader()
            w.writerows(rows)
        subprocess.run(["Rscript", os.path.join(HERE, "slice_tests_delong.R"), src, dst], check=True)
        with open(dst) as f:
            ref = list(csv.DictReader(f))
    cases = []
    for (pa, pb), r in zip(samples, ref):
        cases.append({"y1": [int(v) for v in pa[0]], "s1": fl(pa[1]), "y2": [int(v) for v in pb[0]],
                      "s2": fl(pb[1]), "largerIsBetter": True, "auc1": float(r["auc1"]), "auc2": float(r["auc2"]),
                      "var1": float(r["var1"]), "var2": float(r["var2"]), "d": float(r["d"]), "df": float(r["df"]),
                      "pTwoSided": float(r["p"]), "p": float(r["pless"]),
                      "source": "R pROC 1.18 roc.test(roc(y1, s1), roc(y2, s2), method='delong', paired=FALSE, "
                                "alternative='less'): statistic D, parameter df, p.value; var(roc, method='delong')"})
    return cases


def normal():
    """The bootstrap z-test's last step: z = (m1 - m2) / sqrt(se1^2 + se2^2), one-sided normal p."""
    cases = []
    for m1, m2, se1, se2, larger in [(0.30, 0.35, 0.02, 0.01, True), (0.30, 0.35, 0.02, 0.01, False),
                                     (5.0, 4.0, 0.3, 0.4, False), (0.9, 0.2, 0.01, 0.01, True)]:
        z = (m1 - m2) / np.sqrt(se1 ** 2 + se2 ** 2)
        p = stats.norm.cdf(z) if larger else stats.norm.sf(z)
        cases.append({"m1": m1, "m2": m2, "se1": se1, "se2": se2, "largerIsBetter": larger, "z": float(z),
                      "p": float(p), "source": "scipy.stats.norm.%s((m1 - m2) / numpy.sqrt(se1**2 + se2**2))"
                                               % ("cdf" if larger else "sf")})
    return cases


def main():
    out = {"generator": "tools/golden/slice_tests.py", "seed": SEED, "welch": welch(),
           "proportions": proportions(), "delong": delong(), "normal": normal()}
    with open(OUT, "w") as f:  # one case per line
        f.write("{\"generator\": %s, \"seed\": %d" % (json.dumps(out["generator"]), SEED))
        for key in ["welch", "proportions", "delong", "normal"]:
            f.write(",\n \"%s\": [\n  " % key + ",\n  ".join(json.dumps(c) for c in out[key]) + "]")
        f.write("\n}\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
