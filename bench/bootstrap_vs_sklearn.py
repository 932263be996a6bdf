#!/usr/bin/python3
"""Naive bootstrap with scikit-learn: resample indices, call the sklearn metric, take the 2.5/97.5 percentiles.

    /usr/bin/python3 bench/bootstrap_vs_sklearn.py gen ROWS FILE      # write int32 labels + float64 scores
    /usr/bin/python3 bench/bootstrap_vs_sklearn.py run FILE METRIC RESAMPLES TARGET_RESAMPLES

Times RESAMPLES resamples and scales linearly to TARGET_RESAMPLES (printed as such).
"""
import sys
import time

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

METRICS = {"roc_auc": roc_auc_score, "average_precision": average_precision_score}


def gen(rows, path):
    rng = np.random.default_rng(7)
    y = (rng.uniform(size=rows) < 0.3).astype(np.int32)
    s = rng.normal(size=rows) + 1.0 * y
    with open(path, "wb") as f:
        f.write(y.astype("<i4").tobytes())
        f.write(s.astype("<f8").tobytes())


def run(path, metric, resamples, target):
    raw = open(path, "rb").read()
    n = len(raw) // 12
    y = np.frombuffer(raw[:4 * n], dtype="<i4")
    s = np.frombuffer(raw[4 * n:], dtype="<f8")
    f = METRICS[metric]
    rng = np.random.default_rng(42)
    t0 = time.perf_counter()
    c0 = time.process_time()
    values = []
    for _ in range(resamples):
        idx = rng.integers(0, n, n)
        values.append(f(y[idx], s[idx]))
    t = time.perf_counter() - t0
    cpu = time.process_time() - c0
    lo, hi = np.percentile(values, [2.5, 97.5])
    print(f"sklearn naive {metric}: {resamples} resamples in {t:.3f} s wall, {cpu:.3f} s CPU -> [{lo:.6f}, {hi:.6f}]")
    scaled = t * target / resamples
    print(f"scaled linearly to {target} resamples: {scaled:.2f} s")
    print(f"SKLEARN_SECONDS {scaled:.4f}")
    print(f"SKLEARN_CPU_SECONDS {cpu * target / resamples:.4f}")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(int(sys.argv[2]), sys.argv[3])
    else:
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
