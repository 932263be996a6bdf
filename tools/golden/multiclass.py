#!/usr/bin/python3
"""Golden fixture for the multiclass family: scikit-learn 1.2.1 values.

Run with the system python: /usr/bin/python3 tools/golden/multiclass.py
Writes verdict-core/src/test/resources/golden/multiclass.json.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (accuracy_score, balanced_accuracy_score, cohen_kappa_score, confusion_matrix,
                             f1_score, fbeta_score, log_loss, matthews_corrcoef, precision_score, recall_score,
                             roc_auc_score, top_k_accuracy_score)

assert sklearn.__version__ == "1.2.1", sklearn.__version__
OUT = os.path.join(os.path.dirname(__file__), "../../verdict-core/src/test/resources/golden/multiclass.json")


def call(fn, *args, **kw):
    """Returns (value, whether sklearn warned)."""
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        v = fn(*args, **kw)
    return v, len(rec) > 0


def scores_with_ties(rng, y, k, sharp, levels=5, weak=None):
    """Integer scores in 1..levels (ties within and across rows), the true class boosted, rows normalised to 1."""
    n = len(y)
    raw = rng.integers(1, levels + 1, size=(n, k)).astype(float)
    boost = rng.random(n) < sharp
    raw[np.arange(n)[boost], y[boost]] += levels
    if weak is not None:
        raw[:, weak] = 0.5
    return raw / raw.sum(axis=1, keepdims=True)


def expected_for(y, p, P, w, k, names, with_scores=True, ovr=True, ovo=True, warn_prf=True):
    lab = list(range(k))
    wkw = {} if w is None else {"sample_weight": w}
    ws = "" if w is None else ", sample_weight=w"
    out = []

    def add(metric, params, fn, args, kw, source, detail=None, record_warning=False):
        v, warned = call(fn, *args, **kw)
        e = {"metric": metric, "params": params, "value": float(v), "source": source}
        if detail is not None:
            e["detail"] = detail
        if record_warning:
            e["warning"] = warned
        out.append(e)

    add("accuracy", {}, accuracy_score, (y, p), wkw, f"accuracy_score(y, p{ws})")
    for metric, fn in (("precision", precision_score), ("recall", recall_score), ("f1", f1_score)):
        per = fn(y, p, labels=lab, average=None, zero_division=0, **wkw)
        detail = {"per_class": {names[c]: float(per[c]) for c in range(k)}}
        for avg in ("macro", "micro", "weighted"):
            add(metric, {"average": avg}, fn, (y, p), dict(labels=lab, average=avg, **wkw),
                f"{fn.__name__}(y, p, labels=range({k}), average='{avg}'{ws})", detail, warn_prf)
    for beta in (0.5, 2.0):
        per = fbeta_score(y, p, beta=beta, labels=lab, average=None, zero_division=0, **wkw)
        detail = {"per_class": {names[c]: float(per[c]) for c in range(k)}}
        for avg in ("macro", "micro", "weighted"):
            add("fbeta", {"beta": beta, "average": avg}, fbeta_score, (y, p),
                dict(beta=beta, labels=lab, average=avg, **wkw),
                f"fbeta_score(y, p, beta={beta}, labels=range({k}), average='{avg}'{ws})", detail, warn_prf)
    add("balanced_accuracy", {}, balanced_accuracy_score, (y, p), wkw, f"balanced_accuracy_score(y, p{ws})",
        None, True)
    add("balanced_accuracy", {"adjusted": True}, balanced_accuracy_score, (y, p), dict(adjusted=True, **wkw),
        f"balanced_accuracy_score(y, p, adjusted=True{ws})")
    add("cohen_kappa", {}, cohen_kappa_score, (y, p), wkw, f"cohen_kappa_score(y, p{ws})")
    for wt in ("linear", "quadratic"):
        add("cohen_kappa", {"weights": wt}, cohen_kappa_score, (y, p), dict(labels=lab, weights=wt, **wkw),
            f"cohen_kappa_score(y, p, labels=range({k}), weights='{wt}'{ws})")
    add("mcc", {}, matthews_corrcoef, (y, p), wkw, f"matthews_corrcoef(y, p{ws})")
    rec, warned = call(recall_score, y, p, labels=lab, average=None, **wkw)
    out.append({"metric": "min_per_class_recall", "params": {}, "value": float(np.min(rec)), "warning": warned,
                "detail": {"per_class": {names[c]: float(rec[c]) for c in range(k)}},
                "source": f"min(recall_score(y, p, labels=range({k}), average=None{ws}))"})
    cm = confusion_matrix(y, p, labels=lab, **wkw)
    out.append({"metric": "confusion_matrix", "params": {}, "value": float(cm.sum()),
                "detail": {"matrix": [[float(x) for x in row] for row in cm]},
                "source": f"confusion_matrix(y, p, labels=range({k}){ws}) (value: its sum)"})
    if not with_scores:
        return out
    add("log_loss", {}, log_loss, (y, P), dict(labels=lab, **wkw), f"log_loss(y, P, labels=range({k}){ws})")
    for kk in sorted({1, 2, 3, k}):
        add("top_k_accuracy", {"k": kk}, top_k_accuracy_score, (y, P), dict(k=kk, labels=lab, **wkw),
            f"top_k_accuracy_score(y, P, k={kk}, labels=range({k}){ws})", None, True)
    for avg in ("macro", "weighted"):
        if ovr:
            add("roc_auc", {"multi_class": "ovr", "average": avg}, roc_auc_score, (y, P),
                dict(multi_class="ovr", average=avg, labels=lab, **wkw),
                f"roc_auc_score(y, P, multi_class='ovr', average='{avg}', labels=range({k}){ws})")
        if ovo and w is None:
            add("roc_auc", {"multi_class": "ovo", "average": avg}, roc_auc_score, (y, P),
                dict(multi_class="ovo", average=avg, labels=lab),
                f"roc_auc_score(y, P, multi_class='ovo', average='{avg}', labels=range({k}))")
    return out


def case(name, y, P, w, k, p=None, **kw):
    names = [f"c{c}" for c in range(k)]
    pred = p if p is not None else np.argmax(P, axis=1)
    cols = {"label": [int(v) for v in y]}
    if P is not None:
        cols["scores"] = [[float(v) for v in P[:, c]] for c in range(k)]
    if p is not None:
        cols["predictedLabel"] = [int(v) for v in p]
    if w is not None:
        cols["weight"] = [float(v) for v in w]
    return {"name": name, "task": "multiclass", "classes": names, "columns": cols,
            "expected": expected_for(y, pred, P, w, k, names, with_scores=P is not None, **kw)}


def main():
    rng = np.random.default_rng(20240601)
    cases = []
    # K=3, unweighted, prediction = arg-max of tied scores
    y = rng.integers(0, 3, 300)
    cases.append(case("k3_argmax_ties", y, scores_with_ties(rng, y, 3, 0.5), None, 3))
    # K=4, fractional weights, explicit prediction never predicting class 3 (zero division)
    y = rng.integers(0, 4, 400)
    P = scores_with_ties(rng, y, 4, 0.4)
    p = np.where(rng.random(400) < 0.6, y, rng.integers(0, 3, 400))
    p[p == 3] = 0
    w = np.round(rng.random(400) * 3 + 0.05, 3)
    cases.append(case("k4_weighted_prediction_absent_class", y, P, w, 4, p=p))
    # K=5, heavy imbalance, weights, class 4 never the arg-max
    y = rng.choice(5, 600, p=[0.82, 0.1, 0.05, 0.02, 0.01])
    P = scores_with_ties(rng, y, 5, 0.3, weak=4)
    w = np.round(rng.random(600) * 2 + 0.1, 2)
    cases.append(case("k5_imbalanced_weighted", y, P, w, 5))
    # K=5, imbalance, unweighted (ovo), continuous scores
    y = rng.choice(5, 500, p=[0.5, 0.3, 0.1, 0.07, 0.03])
    raw = rng.random((500, 5)) + 1.5 * np.eye(5)[y] * rng.random((500, 1))
    cases.append(case("k5_imbalanced_continuous", y, raw / raw.sum(axis=1, keepdims=True), None, 5))
    # K=4, class 2 never true but predicted: sklearn's ovr raises, so only ovo; balanced accuracy warns
    y = rng.choice([0, 1, 3], 200)
    P = scores_with_ties(rng, y, 4, 0.5, levels=4)
    p = np.where(rng.random(200) < 0.7, y, 2)
    cases.append(case("k4_class_never_true", y, P, None, 4, p=p, ovr=False))
    # K=3, prediction only (no scores), integer-valued weights
    y = rng.integers(0, 3, 120)
    p = np.where(rng.random(120) < 0.5, y, rng.integers(0, 3, 120))
    w = rng.integers(1, 4, 120).astype(float)
    cases.append(case("k3_prediction_only_int_weights", y, None, w, 3, p=p))
    doc = {"generator": "tools/golden/multiclass.py", "reference": "scikit-learn 1.2.1", "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print(OUT, os.path.getsize(OUT), "bytes,", sum(len(c["expected"]) for c in cases), "values")


if __name__ == "__main__":
    main()
