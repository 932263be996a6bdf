#!/usr/bin/python3
"""Golden fixtures for the fairness family (run with Debian's /usr/bin/python3: scikit-learn 1.2.1, pandas 1.5,
statsmodels 0.13.5).

fairlearn is not installed here, so this script re-implements fairlearn's definitions with numpy/pandas and the same
sklearn calls fairlearn makes. Source read: github.com/fairlearn/fairlearn (0.15.0.dev0, commit ebf8fa75):
  - fairlearn/metrics/_fairness_metrics.py:12-114, 263-365: demographic_parity_* and equal_opportunity_* build a
    MetricFrame(metrics=selection_rate | true_positive_rate, sample_params={"sample_weight": w}) and return
    .difference(method) / .ratio(method);
  - _fairness_metrics.py:118-260: equalized_odds_* build MetricFrame({"tpr": true_positive_rate,
    "fpr": false_positive_rate}) and return Python's builtin max(eo.difference(method)) / min(eo.ratio(method))
    for agg="worst_case", pandas .mean() for agg="mean";
  - fairlearn/metrics/_base_metrics.py:26-81 (_get_labels_for_confusion_matrix), 84-198 (true/false_positive_rate =
    sklearn.metrics.confusion_matrix(..., normalize="true").ravel()), 299-336 (selection_rate =
    np.dot(y_pred == 1, w) / w.sum());
  - fairlearn/metrics/_disaggregated_result.py:156-281: difference = (by_group - group_min).abs().max() or
    (by_group - overall).abs().max(); ratio = group_min / group_max or min over groups of ratio_sub_one(g / overall).
Groups are the sorted distinct values present (pandas groupby). It also writes the slice-test fixture
(verdict-core/src/test/resources/fairness/slice_tests.json) from statsmodels proportions_ztest and multipletests.
Usage: /usr/bin/python3 tools/golden/fairness.py
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
import sklearn.metrics as skm
import statsmodels
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

assert sklearn.__version__ == "1.2.1", sklearn.__version__
SEED = 20240908
rng = np.random.default_rng(SEED)
ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources")
OUT = os.path.join(ROOT, "golden", "fairness.json")
SLICES_OUT = os.path.join(ROOT, "fairness", "slice_tests.json")
warnings.simplefilter("ignore")


def labels_for_cm(y, p):
    """fairlearn _get_labels_for_confusion_matrix(np.vstack((y, p)), pos_label=None)."""
    u = list(np.unique(np.vstack((y, p))))
    if len(u) == 1:
        return [np.iinfo(np.int64).min, 1] if u[0] == 1 else [u[0], 1]
    return u


def rates(y, p, w):
    """(selection_rate, tpr, fpr) as fairlearn computes them on one group."""
    ww = np.ones(len(p)) if w is None else w
    sel = np.dot(p == 1, ww) / ww.sum()
    tnr, fpr, fnr, tpr = skm.confusion_matrix(y, p, sample_weight=w, labels=labels_for_cm(y, p),
                                              normalize="true").ravel()
    return sel, tpr, fpr


def frame(y, p, g, w):
    groups = sorted(set(g))
    by = {}
    for k in groups:
        m = g == k
        by[k] = rates(y[m], p[m], None if w is None else w[m])
    df = pd.DataFrame(by, index=["sel", "tpr", "fpr"]).T
    overall = pd.Series(rates(y, p, w), index=["sel", "tpr", "fpr"])
    return df, overall


def ratio_sub_one(x):
    return 1 / x if x > 1 else x


def difference(df, overall, method):
    if method == "between_groups":
        return (df - df.min()).abs().max()
    return (df - overall).abs().max()


def ratio(df, overall, method):
    if method == "between_groups":
        return df.min() / df.max()
    return (df / overall).apply(lambda c: c.transform(ratio_sub_one)).min()


def fairness_expected(y, p, g, w, params, detail=False, warn=None):
    out = []
    for method in ["between_groups", "to_overall"]:
        df, overall = frame(y, p, g, w)
        d, r = difference(df, overall, method), ratio(df, overall, method)
        prm = dict(params, method=method)
        src = "fairlearn.metrics.%s(y, p, sensitive_features=g, method=%r" + (", sample_weight=w)" if w is not None
                                                                               else ")")
        out += [e("demographic_parity_difference", d["sel"], src, prm, False if warn else None),
                e("demographic_parity_ratio", r["sel"], src, prm),
                e("equal_opportunity_difference", d["tpr"], src, prm, warn),
                e("equal_opportunity_ratio", r["tpr"], src, prm),
                e("equalized_odds_difference", max(d[["tpr", "fpr"]]), src, dict(prm, agg="worst_case")),
                e("equalized_odds_ratio", min(r[["tpr", "fpr"]]), src, prm),
                e("equalized_odds_difference", d[["tpr", "fpr"]].mean(), src + " agg='mean'", dict(prm, agg="mean")),
                e("equalized_odds_ratio", r[["tpr", "fpr"]].mean(), src + " agg='mean'", dict(prm, agg="mean"))]
        for x in out[-8:]:
            x["source"] = x["source"] % (x["metric"], method)
    if detail:
        df, overall = frame(y, p, g, w)
        out[0]["detail"] = {"groups": [str(k) for k in df.index], "selection_rate": df["sel"].tolist(),
                            "true_positive_rate": df["tpr"].tolist(), "false_positive_rate": df["fpr"].tolist(),
                            "size": [int(np.sum(g == k)) for k in df.index],
                            "overall": {"selection_rate": float(overall["sel"])}}
    ww = None if w is None else w
    out.append(e("positive_rate", rates(y, p, ww)[0], "fairlearn.metrics.selection_rate(y, p, sample_weight=w)",
                 {k: v for k, v in params.items() if k == "threshold"}))
    return out


def e(metric, value, source, params, warning=None):
    x = {"metric": metric, "params": params, "value": float(value), "source": source}
    if warning is not None:
        x["warning"] = warning
    return x


def category(g, values):
    return {"codes": [values.index(v) for v in g], "values": values}


def case(name, n, values, probs, weighted=False, use_scores=False, threshold=None, ctx_threshold=0.5,
         no_positive_group=None, zero_weight_group=None, detail=False):
    g = rng.choice(values, size=n, p=probs)
    base = {v: 0.2 + 0.5 * i / max(1, len(values) - 1) for i, v in enumerate(values)}
    y = (rng.random(n) < np.array([base[v] for v in g])).astype(int)
    if no_positive_group is not None:
        y[g == no_positive_group] = 0
    s = np.clip(0.35 * y + rng.random(n) * 0.7, 0, 1)
    w = rng.uniform(0.2, 3.0, n).round(3) if weighted else None
    if zero_weight_group is not None:
        w[g == zero_weight_group] = 0.0
    cut = threshold if threshold is not None else ctx_threshold
    p = (s >= cut).astype(int) if use_scores or threshold is not None else (rng.random(n) < 0.3 + 0.4 * s).astype(int)
    order = list(values)
    rng.shuffle(order)
    cols = {"label": y.tolist(), "category": {"group": category(g.tolist(), order)}}
    if use_scores or threshold is not None:
        cols["score"] = s.tolist()
    else:
        cols["predictedLabel"] = p.tolist()
    if w is not None:
        cols["weight"] = w.tolist()
    params = {"sensitive": "group"}
    if threshold is not None:
        params["threshold"] = threshold
    warn = True if no_positive_group is not None else None
    return {"name": name, "task": "binary", "threshold": ctx_threshold, "classes": ["0", "1"], "columns": cols,
            "expected": fairness_expected(y, p, g, w, params, detail, warn)}


def multilabel_case():
    n, labels = 300, 4
    s = rng.random((labels, n))
    w = rng.integers(0, 4, n).astype(float)
    pred = (s >= 0.6).astype(float)
    return {"name": "multilabel positive_rate", "task": "multilabel", "threshold": 0.6,
            "classes": ["a", "b", "c", "d"],
            "columns": {"labelMatrix": (rng.random((labels, n)) < 0.5).astype(int).tolist(), "scores": s.tolist(),
                        "weight": w.tolist()},
            "expected": [{"metric": "positive_rate", "params": {},
                          "value": float(np.average(pred.mean(axis=0), weights=w)),
                          "detail": {"per_label": [float(np.average(pred[l], weights=w)) for l in range(labels)]},
                          "source": "np.average((S >= 0.6).mean(axis=0), weights=w)"}]}


def slice_tests():
    out = []
    specs = [([(30, 100), (50, 100), (55, 110), (40, 90)], True),
             ([(5, 400), (40, 380), (38, 420)], False),
             ([(900, 1000), (850, 1000), (700, 1000), (880, 1000), (890, 1000)], True),
             ([(12.5, 40.25), (30.0, 51.5), (8.0, 9.75)], True),
             ([(0, 50), (0, 60), (10, 70)], True),
             ([(20, 20), (30, 30)], True),
             ([(3, 10), (0, 0), (6, 12)], False)]
    for slices, larger in specs:
        total_s = sum(s for s, _ in slices)
        total_n = sum(n for _, n in slices)
        pvals = []
        for s, n in slices:
            if n == 0 or total_n - n == 0:
                pvals.append(float("nan"))
                continue
            _, pv = proportions_ztest([s, total_s - s], [n, total_n - n],
                                      alternative="smaller" if larger else "larger")
            pvals.append(float(pv))
        tested = [i for i, pv in enumerate(pvals) if not np.isnan(pv)]
        adj = [float("nan")] * len(slices)
        rej = [False] * len(slices)
        if tested:
            r, a, _, _ = multipletests([pvals[i] for i in tested], alpha=0.05, method="holm")
            for j, i in enumerate(tested):
                adj[i], rej[i] = float(a[j]), bool(r[j])
        out.append({"slices": [{"name": "s%d" % k, "successes": s, "trials": n} for k, (s, n) in enumerate(slices)],
                    "largerIsBetter": larger, "alpha": 0.05, "pValues": pvals, "adjusted": adj, "flagged": rej,
                    "source": "statsmodels %s proportions_ztest([s_k, s_rest], [n_k, n_rest], alternative=%s); "
                              "multipletests(p, alpha=0.05, method='holm')"
                              % (statsmodels.__version__, "'smaller'" if larger else "'larger'")})
    return out


def main():
    cases = [case("prediction column, three groups", 600, ["a", "b", "c"], [0.5, 0.3, 0.2], detail=True),
             case("scores at plan threshold, weighted, four groups", 800, ["x", "y", "z", "w"],
                  [0.4, 0.3, 0.2, 0.1], weighted=True, use_scores=True),
             case("own threshold 0.3", 500, ["f", "m"], [0.3, 0.7], threshold=0.3),
             case("a group without positives", 400, ["p", "q", "r"], [0.4, 0.4, 0.2], no_positive_group="r"),
             case("a zero-weight group", 400, ["u", "v", "k"], [0.45, 0.45, 0.1], weighted=True,
                  zero_weight_group="k"),
             case("heavy imbalance, tiny group", 900, ["big", "mid", "tiny"], [0.85, 0.14, 0.01]),
             case("one group", 100, ["only"], [1.0]),
             multilabel_case()]
    doc = {"generator": "tools/golden/fairness.py",
           "reference": "fairlearn definitions (0.15.0.dev0 source) on scikit-learn 1.2.1 / pandas " + pd.__version__,
           "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f)
    os.makedirs(os.path.dirname(SLICES_OUT), exist_ok=True)
    with open(SLICES_OUT, "w") as f:
        json.dump({"generator": "tools/golden/fairness.py", "cases": slice_tests()}, f, indent=1)
    print("wrote", OUT, os.path.getsize(OUT), "bytes;", SLICES_OUT)


if __name__ == "__main__":
    main()
