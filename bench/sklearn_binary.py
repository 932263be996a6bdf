#!/usr/bin/env python3
"""The reference side of the binary benchmark: pandas.read_csv + scikit-learn on the same file and metrics as
bench/binary-plan.yaml. Prints one line per step with its wall time, then the total.

    /usr/bin/python3 bench/sklearn_binary.py bench/data/binary_10m.csv
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn import metrics

path = sys.argv[1]
times = {}
t0 = time.perf_counter()
df = pd.read_csv(path)
y = df["label"].to_numpy()
s = df["score"].to_numpy()
times["read_csv"] = time.perf_counter() - t0


def timed(name, fn):
    t = time.perf_counter()
    v = fn()
    times[name] = time.perf_counter() - t
    return v


values = {
    "roc_auc": timed("roc_auc_score", lambda: metrics.roc_auc_score(y, s)),
    "average_precision": timed("average_precision_score", lambda: metrics.average_precision_score(y, s)),
    "log_loss": timed("log_loss", lambda: metrics.log_loss(y, s)),
    "brier": timed("brier_score_loss", lambda: metrics.brier_score_loss(y, s)),
}
pred = timed("threshold", lambda: (s >= 0.5).astype(int))
values["accuracy"] = timed("accuracy_score", lambda: metrics.accuracy_score(y, pred))
values["precision"] = timed("precision_score", lambda: metrics.precision_score(y, pred))
values["recall"] = timed("recall_score", lambda: metrics.recall_score(y, pred))
values["f1"] = timed("f1_score", lambda: metrics.f1_score(y, pred))
values["mcc"] = timed("matthews_corrcoef", lambda: metrics.matthews_corrcoef(y, pred))
total = time.perf_counter() - t0
for k, v in times.items():
    print(f"  {k:<26s} {v:8.3f} s")
for k, v in values.items():
    print(f"  value {k:<20s} {v:.12g}")
print(f"TOTAL {total:.3f}")
