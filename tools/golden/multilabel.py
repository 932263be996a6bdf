#!/usr/bin/python3
"""Golden fixture for the multilabel family: scikit-learn 1.2.1 values.

Run with the system python: /usr/bin/python3 tools/golden/multilabel.py
Writes verdict-core/src/test/resources/golden/multilabel.json. Prediction = (score >= threshold).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import accuracy_score, f1_score, hamming_loss, precision_score, recall_score

assert sklearn.__version__ == "1.2.1", sklearn.__version__
OUT = os.path.join(os.path.dirname(__file__), "../../verdict-core/src/test/resources/golden/multilabel.json")


def call(fn, *args, **kw):
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        v = fn(*args, **kw)
    return float(v), len(rec) > 0


def expected_for(Y, S, w, t, names):
    P = (S >= t).astype(int)
    wkw = {} if w is None else {"sample_weight": w}
    ws = "" if w is None else ", sample_weight=w"
    pre = f"Yhat = (S >= {t}).astype(int); "
    out = []
    v, _ = call(accuracy_score, Y, P, **wkw)
    out.append({"metric": "subset_accuracy", "params": {}, "value": v, "source": pre + f"accuracy_score(Y, Yhat{ws})"})
    v, _ = call(hamming_loss, Y, P, **wkw)
    out.append({"metric": "hamming_loss", "params": {}, "value": v, "source": pre + f"hamming_loss(Y, Yhat{ws})"})
    for metric, fn in (("precision", precision_score), ("recall", recall_score), ("f1", f1_score)):
        per = fn(Y, P, average=None, zero_division=0, **wkw)
        for avg in ("micro", "macro", "samples", "weighted"):
            v, warned = call(fn, Y, P, average=avg, **wkw)
            e = {"metric": metric, "params": {"average": avg}, "value": v, "warning": warned,
                 "source": pre + f"{fn.__name__}(Y, Yhat, average='{avg}'{ws})"}
            if avg in ("macro", "weighted"):
                e["detail"] = {"per_label": {names[l]: float(per[l]) for l in range(len(names))}}
            out.append(e)
    return out


def case(name, Y, S, w, t):
    L = Y.shape[1]
    names = [f"l{l}" for l in range(L)]
    cols = {"labelMatrix": [[int(v) for v in Y[:, l]] for l in range(L)],
            "scores": [[float(v) for v in S[:, l]] for l in range(L)]}
    if w is not None:
        cols["weight"] = [float(v) for v in w]
    return {"name": name, "task": "multilabel", "threshold": t, "classes": names, "columns": cols,
            "expected": expected_for(Y, S, w, t, names)}


def data(rng, n, prevalence, ties=False):
    L = len(prevalence)
    Y = (rng.random((n, L)) < np.array(prevalence)).astype(int)
    S = np.clip(0.35 * Y + rng.random((n, L)) * 0.75, 0, 1)
    if ties:
        S = np.round(S * 4) / 4  # many scores exactly at the 0.5 threshold
    return Y, S


def main():
    rng = np.random.default_rng(777)
    cases = []
    # L=4, label 3 never true (all-zero column), many rows with no true labels, scores on the threshold
    Y, S = data(rng, 300, [0.5, 0.3, 0.1, 0.0], ties=True)
    cases.append(case("l4_zero_column_ties", Y, S, None, 0.5))
    # same shape with fractional weights, and label 2 never predicted
    Y, S = data(rng, 400, [0.6, 0.2, 0.05, 0.0])
    S[:, 2] = S[:, 2] * 0.3
    w = np.round(rng.random(400) * 2.5 + 0.05, 3)
    cases.append(case("l4_weighted_never_predicted", Y, S, w, 0.5))
    # heavy imbalance, other threshold, integer weights
    Y, S = data(rng, 250, [0.9, 0.02, 0.3, 0.5])
    w = rng.integers(1, 5, 250).astype(float)
    cases.append(case("l4_imbalanced_threshold_0.7", Y, S, w, 0.7))
    # no true labels at all: weighted average falls back to sklearn's zero_division value
    Y = np.zeros((60, 4), dtype=int)
    S = rng.random((60, 4))
    cases.append(case("l4_no_true_labels", Y, S, None, 0.5))
    doc = {"generator": "tools/golden/multilabel.py", "reference": "scikit-learn 1.2.1", "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print(OUT, os.path.getsize(OUT), "bytes,", sum(len(c["expected"]) for c in cases), "values")


if __name__ == "__main__":
    main()
