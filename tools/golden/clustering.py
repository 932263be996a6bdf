#!/usr/bin/python3
"""Golden fixture for the clustering metric family (run with Debian's /usr/bin/python3: scikit-learn 1.2.1).

Writes verdict-core/src/test/resources/golden/clustering.json. Every expected value carries in "source" the exact
sklearn call (or numpy formula) that produced it; t = true classes (column label), c = cluster ids (column
predictedLabel), X = feature matrix (rows x features; column features holds its columns).
Usage: /usr/bin/python3 tools/golden/clustering.py
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (adjusted_mutual_info_score, adjusted_rand_score, calinski_harabasz_score,
                             completeness_score, davies_bouldin_score, fowlkes_mallows_score, homogeneity_score,
                             normalized_mutual_info_score, silhouette_score, v_measure_score)
from sklearn.metrics.cluster import contingency_matrix

assert sklearn.__version__ == "1.2.1", sklearn.__version__
SEED = 20240612
rng = np.random.default_rng(SEED)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "golden",
                   "clustering.json")
METHODS = ["min", "geometric", "arithmetic", "max"]


def exp(metric, value, source, params=None, warning=None, rel=None):
    e = {"metric": metric, "params": params or {}, "value": float(value), "source": source}
    if warning is not None:
        e["warning"] = warning
    if rel is not None:
        e["rel"] = rel
    return e


def purity(t, c):
    m = contingency_matrix(t, c)
    return m.max(axis=0).sum() / m.sum()


def label_metrics(t, c, warn=None):
    """Every label-based metric; warn maps metric name -> expected warning flag."""
    warn = warn or {}
    out = [
        exp("adjusted_rand_index", adjusted_rand_score(t, c), "adjusted_rand_score(t, c)",
            warning=warn.get("adjusted_rand_index")),
        exp("homogeneity", homogeneity_score(t, c), "homogeneity_score(t, c)", warning=warn.get("homogeneity")),
        exp("completeness", completeness_score(t, c), "completeness_score(t, c)", warning=warn.get("completeness")),
        exp("v_measure", v_measure_score(t, c), "v_measure_score(t, c)", warning=warn.get("v_measure")),
        exp("v_measure", v_measure_score(t, c, beta=0.5), "v_measure_score(t, c, beta=0.5)", {"beta": 0.5}),
        exp("v_measure", v_measure_score(t, c, beta=2.0), "v_measure_score(t, c, beta=2.0)", {"beta": 2.0}),
        exp("fowlkes_mallows", fowlkes_mallows_score(t, c), "fowlkes_mallows_score(t, c)",
            warning=warn.get("fowlkes_mallows")),
        exp("purity", purity(t, c), "contingency_matrix(t, c).max(axis=0).sum() / len(t)"),
        exp("normalized_mutual_info", normalized_mutual_info_score(t, c), "normalized_mutual_info_score(t, c)",
            warning=warn.get("normalized_mutual_info")),
        exp("adjusted_mutual_info", adjusted_mutual_info_score(t, c), "adjusted_mutual_info_score(t, c)",
            warning=warn.get("adjusted_mutual_info")),
    ]
    for m in METHODS:
        out.append(exp("normalized_mutual_info", normalized_mutual_info_score(t, c, average_method=m),
                       "normalized_mutual_info_score(t, c, average_method='%s')" % m, {"average_method": m}))
        out.append(exp("adjusted_mutual_info", adjusted_mutual_info_score(t, c, average_method=m),
                       "adjusted_mutual_info_score(t, c, average_method='%s')" % m, {"average_method": m}))
    return out


def feature_metrics(X, c, warning=None):
    return [
        exp("silhouette", silhouette_score(X, c), "silhouette_score(X, c)", warning=warning),
        exp("davies_bouldin", davies_bouldin_score(X, c), "davies_bouldin_score(X, c)", warning=warning),
        exp("calinski_harabasz", calinski_harabasz_score(X, c), "calinski_harabasz_score(X, c)", warning=warning),
    ]


def case(name, t=None, c=None, X=None, expected=()):
    cols = {}
    if t is not None:
        cols["label"] = [int(v) for v in t]
    cols["predictedLabel"] = [int(v) for v in c]
    if X is not None:
        cols["features"] = [[float(v) for v in X[:, d]] for d in range(X.shape[1])]
    return {"name": name, "task": "clustering", "columns": cols, "expected": list(expected)}


def blobs(c, dim, spread):
    centers = rng.normal(0, 4, size=(int(c.max()) + 1, dim))
    return centers[c] + rng.normal(0, spread, size=(len(c), dim))


def noisy(t, k, flip):
    c = t % k
    mask = rng.random(len(t)) < flip
    c[mask] = rng.integers(0, k, mask.sum())
    return c


cases = []

t = rng.integers(0, 4, 300)
c = noisy(t.copy(), 5, 0.3)
X = blobs(c, 3, 1.5)
cases.append(case("noisy 4 classes vs 5 clusters, 300 rows, 3 features", t, c, X,
                  label_metrics(t, c) + feature_metrics(X, c)))

t = rng.choice([-5, 7, 100, 123456], 500, p=[0.7, 0.2, 0.07, 0.03])
c = rng.choice([-3, 1000000, 42], 500)
c[t == 7] = 42
cases.append(case("sparse and negative codes, heavy imbalance", t, c, None, label_metrics(t, c)))

t = rng.integers(0, 10, 2000)
c = rng.integers(0, 12, 2000)
cases.append(case("independent labellings, 2000 rows (AMI near 0)", t, c, None, label_metrics(t, c)))

t = rng.integers(0, 6, 800)
c = noisy(t.copy(), 6, 0.8)
cases.append(case("weak agreement, 800 rows", t, c, None, label_metrics(t, c)))

t = rng.integers(0, 3, 60)
perm = np.array([2, 0, 1])
c = perm[t] + 10
cases.append(case("perfect agreement up to renaming", t, c, None, label_metrics(t, c)))

t = rng.integers(0, 3, 50)
c = np.zeros(50, dtype=int)
cases.append(case("single cluster", t, c, None, label_metrics(t, c, {"completeness": True, "homogeneity": False})))

t = np.full(40, 3)
c = np.full(40, 9)
cases.append(case("single class and single cluster", t, c, None, label_metrics(
    t, c, {"adjusted_rand_index": True, "normalized_mutual_info": True, "adjusted_mutual_info": True,
           "homogeneity": True, "completeness": True})))

t = rng.integers(0, 4, 30)
c = np.arange(30)
exps = label_metrics(t, c, {"fowlkes_mallows": True})
for e in exps:
    if e["metric"] == "adjusted_mutual_info" and e["params"].get("average_method") == "min":
        # MI = EMI = H(C) = min(H(C), H(K)): AMI is 0/0 and sklearn returns the ratio of two rounding errors.
        e["source"] += " = %r is (MI - EMI) / (min(H) - EMI) with all three equal up to rounding; Verdict: NaN" % (
            e["value"],)
        e["value"] = float("nan")
        e["warning"] = True
cases.append(case("every row its own cluster", t, c, None, exps))

c = rng.integers(0, 7, 400)
X = blobs(c, 5, 3.0)
X[:5] = X[5]  # duplicated points
c[0] = 99  # a singleton cluster
cases.append(case("7 clusters + singleton, duplicates, 400 rows, 5 features", None, c, X, feature_metrics(X, c)))

c = rng.integers(0, 2, 200)
X = blobs(c, 1, 0.5) * 1000.0 + 5000.0
cases.append(case("2 clusters, 1 feature, large offset", None, c, X, feature_metrics(X, c)))

c = np.repeat([0, 1, 2], [4, 5, 6])
X = np.array([[0.0, 1.0], [3.0, -1.0], [7.0, 2.0]])[c]
cases.append(case("identical points within each cluster", None, c, X, [
    exp("silhouette", silhouette_score(X, c), "silhouette_score(X, c)"),
    exp("davies_bouldin", davies_bouldin_score(X, c), "davies_bouldin_score(X, c)", warning=True),
    exp("calinski_harabasz", calinski_harabasz_score(X, c), "calinski_harabasz_score(X, c)", warning=True)]))

c = np.zeros(20, dtype=int)
X = rng.normal(size=(20, 2))
cases.append(case("single cluster with features (sklearn raises: NaN)", None, c, X, [
    exp(m, float("nan"), "%s_score(X, c) raises ValueError: 1 label" % m, warning=True)
    for m in ["silhouette", "davies_bouldin", "calinski_harabasz"]]))

with open(OUT, "w") as f:
    json.dump({"generator": "tools/golden/clustering.py", "reference": "scikit-learn 1.2.1", "cases": cases}, f)
print("wrote", OUT, sum(len(c["expected"]) for c in cases), "values in", len(cases), "cases")
