#!/usr/bin/env python3
"""Golden fixture for the binary metric family (run with the system python: /usr/bin/python3).

Writes verdict-core/src/test/resources/golden/binary.json. Every expected value comes from scikit-learn 1.2.1
(or, where sklearn has no function, from an independent numpy formula named in "source").
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M
from sklearn.calibration import calibration_curve
from sklearn.metrics._ranking import _binary_clf_curve

assert sklearn.__version__ == "1.2.1", sklearn.__version__
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "golden",
                   "binary.json")


def call(fn):
    """Returns (value, warned) of fn(); a sklearn ValueError becomes (nan, True)."""
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        try:
            v = fn()
        except ValueError:
            return float("nan"), True
    warned = any(issubclass(r.category, (UserWarning,)) for r in rec)
    return v, warned


def hard(y, s, w, yp, thr):
    return yp if yp is not None else (s >= thr).astype(int)


def confusion_expectations(y, s, w, yp, thr):
    p = hard(y, s, w, yp, thr)
    sw = "sample_weight=w" if w is not None else ""
    out = []

    def add(metric, fn, source, params=None, check_warning=True, detail=None):
        v, warned = call(fn)
        e = {"metric": metric, "params": params or {}, "value": float(v), "source": source}
        if check_warning:
            e["warning"] = bool(warned)
        if detail is not None:
            e["detail"] = detail
        out.append(e)

    cm = M.confusion_matrix(y, p, labels=[0, 1], sample_weight=w)
    tn, fp, fn, tp = (float(x) for x in cm.ravel())
    add("confusion_matrix", lambda: cm.sum(), f"confusion_matrix(y, yhat, labels=[0,1], {sw}).sum()",
        check_warning=False, detail={"matrix": [[tn, fp], [fn, tp]], "tn": tn, "fp": fp, "fn": fn, "tp": tp})
    add("accuracy", lambda: M.accuracy_score(y, p, sample_weight=w), f"accuracy_score(y, yhat, {sw})")
    add("balanced_accuracy", lambda: M.balanced_accuracy_score(y, p, sample_weight=w),
        f"balanced_accuracy_score(y, yhat, {sw})")
    add("precision", lambda: M.precision_score(y, p, sample_weight=w), f"precision_score(y, yhat, {sw})")
    add("recall", lambda: M.recall_score(y, p, sample_weight=w), f"recall_score(y, yhat, {sw})")
    add("specificity", lambda: M.recall_score(y, p, pos_label=0, sample_weight=w),
        f"recall_score(y, yhat, pos_label=0, {sw})")
    add("npv", lambda: M.precision_score(y, p, pos_label=0, sample_weight=w),
        f"precision_score(y, yhat, pos_label=0, {sw})")
    add("fpr", lambda: fp / (fp + tn) if fp + tn > 0 else 0.0, f"fp / (fp + tn) from confusion_matrix(..., {sw})",
        check_warning=False)
    add("fnr", lambda: fn / (fn + tp) if fn + tp > 0 else 0.0, f"fn / (fn + tp) from confusion_matrix(..., {sw})",
        check_warning=False)
    add("f1", lambda: M.f1_score(y, p, sample_weight=w), f"f1_score(y, yhat, {sw})")
    add("fbeta", lambda: M.fbeta_score(y, p, beta=2.0, sample_weight=w), f"fbeta_score(y, yhat, beta=2, {sw})",
        params={"beta": 2.0})
    add("fbeta", lambda: M.fbeta_score(y, p, beta=0.5, sample_weight=w), f"fbeta_score(y, yhat, beta=0.5, {sw})",
        params={"beta": 0.5})
    add("mcc", lambda: M.matthews_corrcoef(y, p, sample_weight=w), f"matthews_corrcoef(y, yhat, {sw})",
        check_warning=False)
    add("cohen_kappa", lambda: M.cohen_kappa_score(y, p, sample_weight=w), f"cohen_kappa_score(y, yhat, {sw})",
        check_warning=False)
    ww = np.ones_like(s) if w is None else w
    add("expected_cost", lambda: (5.0 * fp + 20.0 * fn + 1.0 * tp) / ww.sum(),
        "(5 fp + 20 fn + 1 tp) / sum(w) from confusion_matrix", params={"cost_fp": 5.0, "cost_fn": 20.0, "cost_tp": 1.0})
    return out


def top_k_precision(y, s, w, k):
    """Tie-averaged precision in the top k units of weight: each tie group straddling the cut counts pro rata."""
    w = np.ones_like(s) if w is None else w
    k = min(k, w.sum())
    frac = np.zeros_like(s)
    for v in np.unique(s):
        g = s == v
        above = w[s > v].sum()
        frac[g] = np.clip((k - above) / w[g].sum(), 0.0, 1.0)
    return float((w * y * frac).sum() / k)


def pr_points(y, s, w):
    p, r, t = M.precision_recall_curve(y, s, sample_weight=w)
    return p[:-1], r[:-1], t


def rank_expectations(y, s, w):
    sw = "sample_weight=w" if w is not None else ""
    out = []
    auc, warned = call(lambda: M.roc_auc_score(y, s, sample_weight=w))
    e = {"metric": "roc_auc", "params": {}, "value": float(auc), "source": f"roc_auc_score(y, s, {sw})"}
    if np.isnan(auc):
        e["warning"] = True
        e["source"] += " raises ValueError (one class): NaN + warning"
    out.append(e)
    ap, warned = call(lambda: M.average_precision_score(y, s, sample_weight=w))
    out.append({"metric": "average_precision", "params": {}, "value": float(ap), "warning": warned,
                "source": f"average_precision_score(y, s, {sw})"})
    out.append({"metric": "pr_auc", "params": {}, "value": float(ap), "source": "alias of average_precision"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p, r, t = pr_points(y, s, w)
    src = f"precision_recall_curve(y, s, {sw}) + numpy"
    for mp in (0.3, 0.8):
        m = p >= mp
        out.append({"metric": "recall_at_precision", "params": {"min_precision": mp},
                    "value": float(r[m].max()) if m.any() else 0.0, "source": src + f": max(r[p >= {mp}])"})
        out.append({"metric": "threshold_at_precision", "params": {"min_precision": mp},
                    "value": float(t[m].min()) if m.any() else float("nan"), "source": src + f": min(t[p >= {mp}])"})
    for mr in (0.5, 0.9):
        m = r >= mr
        out.append({"metric": "precision_at_recall", "params": {"min_recall": mr}, "value": float(p[m].max()),
                    "source": src + f": max(p[r >= {mr}])"})
    for beta in (1.0, 2.0):
        b2 = beta * beta
        den = b2 * p + r
        f = np.where(den == 0, 0.0, (1 + b2) * p * r / np.where(den == 0, 1.0, den))
        i = int(np.argmax(f))
        out.append({"metric": "threshold_at_max_fbeta", "params": {"beta": beta}, "value": float(t[i]),
                    "detail": {"fbeta": float(f[i]), "precision": float(p[i]), "recall": float(r[i])},
                    "source": src + ": t[argmax(fbeta(p, r))]"})
    ww = np.ones_like(s) if w is None else w
    total = ww.sum()
    rate = (ww * y).sum() / total
    for params, k in (({"k": 10}, 10.0), ({"k": 57}, 57.0), ({"fraction": 0.1}, 0.1 * total)):
        prec = top_k_precision(y, s, w, k)
        out.append({"metric": "precision_at_k", "params": params, "value": prec,
                    "source": "numpy: sum(w y frac_in_top_k) / k, tie groups at the cut counted pro rata"})
        out.append({"metric": "lift_at_k", "params": params,
                    "value": prec / rate if rate > 0 else float("nan"),
                    "source": "numpy: precision_at_k / (sum(w y) / sum(w))"})
    keep = ww != 0
    fps, tps, thr = _binary_clf_curve(y[keep], s[keep], sample_weight=None if w is None else w[keep])
    fps, tps, thr = np.r_[0, fps], np.r_[0, tps], np.r_[np.inf, thr]
    P, N = tps[-1], fps[-1]
    for cfp, cfn in ((1.0, 5.0), (3.0, 1.0)):
        cost = (cfp * fps + cfn * (P - tps)) / (P + N)
        i = int(np.argmin(cost))
        out.append({"metric": "threshold_at_min_cost", "params": {"cost_fp": cfp, "cost_fn": cfn},
                    "value": float(thr[i]), "detail": {"cost": float(cost[i])},
                    "source": "_binary_clf_curve (as roc_curve(drop_intermediate=False), +inf first) + argmin"})
    return out


def weighted_order_stat(s, w, j):
    o = np.argsort(s, kind="mergesort")
    cum = np.cumsum(w[o])
    return s[o][min(np.searchsorted(cum, j, side="right"), len(s) - 1)]


def edges_for(s, w, bins, strategy):
    if strategy == "uniform":
        return np.linspace(0.0, 1.0, bins + 1)
    if w is None:
        return np.percentile(s, np.linspace(0, 1, bins + 1) * 100)
    q = np.linspace(0, 1, bins + 1) * 100 / 100
    n = w.sum()
    e = []
    for qi in q:
        v = (n - 1) * qi
        lo = np.floor(v)
        if v >= n - 1:
            lo = hi = n - 1
        else:
            hi = lo + 1
        a, b = weighted_order_stat(s, w, lo), weighted_order_stat(s, w, hi)
        g = v - np.floor(v)
        e.append(b - (b - a) * (1 - g) if g >= 0.5 else a + (b - a) * g)
    return np.array(e)


def calibration_expectations(y, s, w):
    out = []
    ww = np.ones_like(s) if w is None else w
    keep = ww != 0
    y, s, ww = y[keep], s[keep], ww[keep]
    wk = None if w is None else ww
    for bins, strategy in ((10, "uniform"), (5, "quantile"), (7, "uniform")):
        edges = edges_for(s, wk, bins, strategy)
        ids = np.searchsorted(edges[1:-1], s)
        wt = np.bincount(ids, weights=ww, minlength=bins)
        ssum = np.bincount(ids, weights=ww * s, minlength=bins)
        ysum = np.bincount(ids, weights=ww * y, minlength=bins)
        nz = wt > 0
        obs, mean, share = ysum[nz] / wt[nz], ssum[nz] / wt[nz], wt[nz] / wt.sum()
        params = {"bins": bins, "strategy": strategy}
        detail = {"lower": [float(x) for x in edges[:-1][nz]], "upper": [float(x) for x in edges[1:][nz]],
                  "weight": [float(x) for x in wt[nz]], "mean_score": [float(x) for x in mean],
                  "observed_rate": [float(x) for x in obs]}
        src = "numpy: calibration_curve bins (edges, searchsorted(edges[1:-1], s)), weighted means"
        if w is None:
            pt, pp = calibration_curve(y, s, n_bins=bins, strategy=strategy)
            assert np.allclose(pt, obs, rtol=1e-12) and np.allclose(pp, mean, rtol=1e-12)
            detail["mean_score"] = [float(x) for x in pp]
            detail["observed_rate"] = [float(x) for x in pt]
            detail["weight"] = [float(x) for x in np.bincount(ids, minlength=bins)[nz]]
            src = f"calibration_curve(y, s, n_bins={bins}, strategy='{strategy}') (prob_true, prob_pred) + bin counts"
        gap = np.abs(obs - mean)
        ece = float((share * gap).sum())
        out.append({"metric": "ece", "params": params, "value": ece, "source": src + ": sum(share |o - m|)"})
        out.append({"metric": "mce", "params": params, "value": float(gap.max()), "source": src + ": max |o - m|"})
        out.append({"metric": "reliability_diagram", "params": params, "value": ece, "detail": detail,
                    "source": src})
        rate = (ww * y).sum() / ww.sum()
        rel = float((share * (mean - obs) ** 2).sum())
        res = float((share * (obs - rate) ** 2).sum())
        unc = float(rate * (1 - rate))
        brier = float(M.brier_score_loss(y, s, sample_weight=wk))
        out.append({"metric": "brier_decomposition", "params": params, "value": rel - res + unc,
                    "detail": {"reliability": rel, "resolution": res, "uncertainty": unc, "brier": brier},
                    "source": src + ": Murphy terms; detail.brier = brier_score_loss"})
    return out


def probability_expectations(y, s, w):
    sw = "sample_weight=w" if w is not None else ""
    return [
        {"metric": "log_loss", "params": {}, "value": float(M.log_loss(y, s, sample_weight=w, labels=[0, 1])),
         "source": f"log_loss(y, s, labels=[0,1], {sw})"},
        {"metric": "brier", "params": {}, "value": float(M.brier_score_loss(y, s, sample_weight=w)),
         "source": f"brier_score_loss(y, s, {sw})"},
    ]


def case(name, y, s, w=None, yp=None, thr=0.5, rank=True):
    y = np.asarray(y, dtype=int)
    s = np.asarray(s, dtype=float)
    cols = {"label": y.tolist(), "score": s.tolist()}
    if w is not None:
        cols["weight"] = [float(x) for x in w]
    if yp is not None:
        cols["predictedLabel"] = [int(x) for x in yp]
    exp = confusion_expectations(y, s, w, yp, thr) + probability_expectations(y, s, w)
    if rank:
        exp += rank_expectations(y, s, w) + calibration_expectations(y, s, w)
    return {"name": name, "task": "binary", "threshold": thr, "classes": ["0", "1"], "columns": cols,
            "expected": exp}


def main():
    rng = np.random.default_rng(20240521)
    cases = []
    n = 600
    y = (rng.random(n) < 0.4).astype(int)
    s = np.round(np.clip(0.25 + 0.35 * y + rng.normal(0, 0.22, n), 0, 1), 1)
    w = np.round(rng.uniform(0.1, 3.0, n), 3)
    cases.append(case("tied_rounded_scores_fractional_weights", y, s, w))

    n = 2000
    y = (rng.random(n) < 0.01).astype(int)
    s = 1 / (1 + np.exp(-(rng.normal(-2.5, 1.0, n) + 2.0 * y)))
    cases.append(case("heavy_imbalance_1pct", y, s))

    n = 300
    y = (rng.random(n) < 0.5).astype(int)
    s = np.round(np.clip(0.5 + 0.2 * (2 * y - 1) + rng.normal(0, 0.25, n), 0, 1), 2)
    yp = ((s + rng.normal(0, 0.15, n)) > 0.5).astype(int)
    w = rng.integers(1, 4, n).astype(float)
    cases.append(case("prediction_column_integer_weights", y, s, w, yp=yp))

    n = 400
    y = (rng.random(n) < 0.3).astype(int)
    s = np.round(rng.beta(2 + 2 * y, 4 - 2 * y), 2)
    cases.append(case("threshold_0.3", y, s, thr=0.3))

    n = 100
    y = np.zeros(n, dtype=int)
    s = rng.random(n)
    cases.append(case("single_class_negative", y, s, rank=False) | {})
    single = cases[-1]
    single["expected"] += [e for e in rank_expectations(y, s, None) if e["metric"] in ("roc_auc",)]

    n = 200
    y = (rng.random(n) < 0.3).astype(int)
    s = rng.uniform(0, 0.8, n)
    cases.append(case("no_predicted_positives", y, s, thr=0.9))

    n = 150
    y = (rng.random(n) < 0.35).astype(int)
    s = np.full(n, 0.5)
    cases.append(case("all_scores_equal", y, s))

    doc = {"generator": "tools/golden/binary.py", "reference": "scikit-learn 1.2.1", "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
