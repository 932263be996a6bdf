#!/usr/bin/python3
"""Golden plot data for dev.verdict.core.curves (scikit-learn 1.2.1, numpy 1.24; run with /usr/bin/python3).

Writes verdict-core/src/test/resources/curves/curves.json: seeded binary cases (ties, weights with zeros, heavy
imbalance, all-equal scores, one class) with sklearn's roc_curve (drop_intermediate True and False) and
precision_recall_curve, the confusion counts at a few thresholds, and numpy histogram/percentile cases.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.calibration import calibration_curve
from sklearn.metrics import confusion_matrix, precision_recall_curve, roc_curve

warnings.simplefilter("ignore")
assert sklearn.__version__ == "1.2.1", sklearn.__version__
rng = np.random.default_rng(20240611)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "curves",
                   "curves.json")


def floats(a):
    return [float(x) for x in a]


def binary_case(name, y, s, w=None):
    case = {"name": name, "label": [int(v) for v in y], "score": floats(s)}
    if w is not None:
        case["weight"] = floats(w)
    fpr, tpr, thr = roc_curve(y, s, sample_weight=w, drop_intermediate=True)
    case["roc"] = {"fpr": floats(fpr), "tpr": floats(tpr), "thresholds": floats(thr),
                   "source": "sklearn.metrics.roc_curve(y, s, sample_weight=w, drop_intermediate=True)"}
    fpr, tpr, thr = roc_curve(y, s, sample_weight=w, drop_intermediate=False)
    case["roc_full"] = {"fpr": floats(fpr), "tpr": floats(tpr), "thresholds": floats(thr),
                        "source": "sklearn.metrics.roc_curve(y, s, sample_weight=w, drop_intermediate=False)"}
    p, r, thr = precision_recall_curve(y, s, sample_weight=w)
    case["pr"] = {"precision": floats(p), "recall": floats(r), "thresholds": floats(thr),
                  "source": "sklearn.metrics.precision_recall_curve(y, s, sample_weight=w)"}
    sweep = []
    for t in [float(np.min(s)), float(np.median(s)), 0.5, float(np.max(s)), float(np.max(s)) + 1]:
        cm = confusion_matrix(y, (s >= t).astype(int), sample_weight=w, labels=[0, 1])
        tn, fp, fn, tp = (float(x) for x in cm.ravel())
        sweep.append({"threshold": t, "tn": tn, "fp": fp, "fn": fn, "tp": tp})
    if np.all((s >= 0) & (s <= 1)) and 0 < y.sum() < len(y):
        pt, pp = calibration_curve(y, s, n_bins=10, strategy="uniform")
        case["reliability"] = {"prob_true": floats(pt), "prob_pred": floats(pp), "bins": 10,
                               "source": "sklearn.calibration.calibration_curve(y, s, n_bins=10)"}
    case["confusion_at"] = {"points": sweep,
                            "source": "sklearn.metrics.confusion_matrix(y, s >= t, sample_weight=w, labels=[0, 1])"}
    return case


cases = []
n = 300
y = rng.integers(0, 2, n)
cases.append(binary_case("continuous", y, np.clip(0.3 * y + rng.normal(0.35, 0.2, n), 0, 1)))
cases.append(binary_case("ties_rounded", y, np.round(0.3 * y + rng.uniform(0, 0.7, n), 1)))
w = rng.integers(0, 4, n).astype(float)
cases.append(binary_case("integer_weights_with_zeros", y, np.round(rng.uniform(0, 1, n), 2), w))
cases.append(binary_case("real_weights", y, rng.normal(0, 1, n) + y, rng.uniform(0.1, 3.0, n)))
y2 = (rng.uniform(0, 1, 2000) < 0.02).astype(int)
cases.append(binary_case("imbalanced_2pct", y2, np.round(rng.beta(2, 8, 2000) + 0.2 * y2, 3)))
cases.append(binary_case("all_equal_scores", y[:50], np.full(50, 0.4)))
cases.append(binary_case("only_negatives", np.zeros(40, dtype=int), rng.uniform(0, 1, 40)))
cases.append(binary_case("only_positives", np.ones(40, dtype=int), np.round(rng.uniform(0, 1, 40), 1)))
cases.append(binary_case("three_rows", np.array([0, 1, 1]), np.array([0.2, 0.2, 0.9])))

hist = []
for name, v, bins, rng_ in [
        ("normal_30", rng.normal(10, 3, 500), 30, None),
        ("lognormal_latency", np.round(rng.lognormal(3, 0.6, 800), 1), 40, None),
        ("integers", rng.integers(0, 20, 300).astype(float), 7, None),
        ("constant", np.full(20, 3.0), 5, None),
        ("with_range", rng.uniform(-0.2, 1.2, 400), 10, (0.0, 1.0)),
        ("edges_exact", np.array([0.0, 0.1, 0.2, 0.3, 0.7, 0.9, 1.0]), 10, (0.0, 1.0))]:
    counts, edges = np.histogram(v, bins=bins, range=rng_)
    q = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9, 100]
    hist.append({"name": name, "values": floats(v), "bins": bins,
                 "range": None if rng_ is None else list(rng_),
                 "edges": floats(edges), "counts": floats(counts),
                 "q": q, "percentiles": floats(np.percentile(v, q)),
                 "source": "numpy.histogram(v, bins=bins, range=range); numpy.percentile(v, q) (linear)"})

doc = {"sklearn": sklearn.__version__, "numpy": np.__version__, "tolerance": 1e-12,
       "binary": cases, "histograms": hist}
with open(OUT, "w") as f:
    json.dump(doc, f)
print("wrote", os.path.normpath(OUT), os.path.getsize(OUT), "bytes")
