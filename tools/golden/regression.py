#!/usr/bin/python3
"""Golden fixture for the regression metric family (run with Debian's /usr/bin/python3: scikit-learn 1.2.1).

Writes verdict-core/src/test/resources/golden/regression.json. Every expected value carries in "source" the exact
sklearn call or numpy formula that produced it; y / yhat / w / lo / hi / t name the case's columns.
Usage: /usr/bin/python3 tools/golden/regression.py
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (explained_variance_score, max_error, mean_absolute_error,
                             mean_absolute_percentage_error, mean_pinball_loss, mean_squared_error,
                             mean_squared_log_error, median_absolute_error, r2_score)

assert sklearn.__version__ == "1.2.1", sklearn.__version__
SEED = 20240611
rng = np.random.default_rng(SEED)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "golden",
                   "regression.json")


def smape(y, yhat, w):
    den = np.abs(y) + np.abs(yhat)
    safe = np.where(den == 0, 1.0, den)
    terms = np.where(den == 0, 0.0, 2.0 * np.abs(yhat - y) / safe)
    return np.average(terms, weights=w)


def mase(y, yhat, t, m, w):
    order = np.argsort(t, kind="stable")
    ys, ps = y[order], yhat[order]
    ws = None if w is None else w[order]
    return np.average(np.abs(ys - ps), weights=ws) / np.mean(np.abs(ys[m:] - ys[:-m]))


def sw(w):
    return "" if w is None else ", sample_weight=w"


def exp(metric, value, source, params=None, warning=None, rel=None):
    e = {"metric": metric, "params": params or {}, "value": float(value), "source": source}
    if warning is not None:
        e["warning"] = warning
    if rel is not None:
        e["rel"] = rel
    return e


def point_metrics(y, yhat, w, nonneg):
    """Every metric of y / yhat (and w) that sklearn or numpy defines; max_error only when unweighted."""
    out = [
        exp("mae", mean_absolute_error(y, yhat, sample_weight=w), "mean_absolute_error(y, yhat%s)" % sw(w)),
        exp("mse", mean_squared_error(y, yhat, sample_weight=w), "mean_squared_error(y, yhat%s)" % sw(w)),
        exp("rmse", mean_squared_error(y, yhat, sample_weight=w, squared=False),
            "mean_squared_error(y, yhat%s, squared=False)" % sw(w)),
        exp("r2", r2_score(y, yhat, sample_weight=w), "r2_score(y, yhat%s)" % sw(w)),
        exp("explained_variance", explained_variance_score(y, yhat, sample_weight=w),
            "explained_variance_score(y, yhat%s)" % sw(w)),
        exp("mape", mean_absolute_percentage_error(y, yhat, sample_weight=w),
            "mean_absolute_percentage_error(y, yhat%s)" % sw(w)),
        exp("smape", smape(y, yhat, w),
            "np.average(np.where(|y|+|yhat| == 0, 0, 2*|yhat-y|/(|y|+|yhat|)), weights=w)"
            if w is not None else "np.mean(np.where(|y|+|yhat| == 0, 0, 2*|yhat-y|/(|y|+|yhat|)))"),
        exp("median_absolute_error", median_absolute_error(y, yhat, sample_weight=w),
            "median_absolute_error(y, yhat%s)" % sw(w)),
    ]
    for a in (0.1, 0.5, 0.9):
        out.append(exp("pinball", mean_pinball_loss(y, yhat, sample_weight=w, alpha=a),
                       "mean_pinball_loss(y, yhat%s, alpha=%s)" % (sw(w), a), params={"alpha": a}))
    if w is None:
        out.append(exp("max_error", max_error(y, yhat), "max_error(y, yhat)"))
    if nonneg:
        out.append(exp("rmsle", mean_squared_log_error(y, yhat, sample_weight=w, squared=False),
                       "mean_squared_log_error(y, yhat%s, squared=False)" % sw(w)))
    return out


def case(name, y, yhat, w=None, expected=None, **extra):
    cols = {"yTrue": y.tolist(), "yPred": yhat.tolist()}
    if w is not None:
        cols["weight"] = w.tolist()
    for k, v in extra.items():
        cols[k] = v.tolist()
    return {"name": name, "task": "regression", "columns": cols, "expected": expected}


def with_outliers(n, nonneg):
    y = np.round(rng.gamma(3.0, 10.0, n) if nonneg else rng.normal(5.0, 20.0, n), 3)
    yhat = y + np.round(rng.normal(0, 4.0, n), 3)
    idx = rng.choice(n, n // 20, replace=False)
    yhat[idx] += np.round(rng.normal(0, 80.0, len(idx)), 3)
    if nonneg:
        yhat = np.abs(yhat)
    return y, yhat


def cases():
    out = []
    y, yhat = with_outliers(201, nonneg=True)
    out.append(case("nonneg_outliers_unweighted_odd", y, yhat, expected=point_metrics(y, yhat, None, True)))
    y, yhat = with_outliers(200, nonneg=False)
    out.append(case("signed_outliers_unweighted_even", y, yhat, expected=point_metrics(y, yhat, None, False)))
    y, yhat = with_outliers(250, nonneg=True)
    w = np.round(rng.uniform(0, 3, 250), 3)
    w[rng.choice(250, 10, replace=False)] = 0.0
    out.append(case("nonneg_fractional_weights", y, yhat, w, point_metrics(y, yhat, w, True)))
    y, yhat = with_outliers(240, nonneg=False)
    y, yhat = np.round(y), np.round(yhat)  # integer data: many tied absolute errors
    w = rng.integers(0, 5, 240).astype(float)
    out.append(case("ties_integer_weights", y, yhat, w, point_metrics(y, yhat, w, False)))
    out.append(case("ties_unit_weight_column", y[:60], yhat[:60], np.ones(60),
                    point_metrics(y[:60], yhat[:60], np.ones(60), False)))
    out.append(zero_targets())
    out.extend(large_offset())
    out.extend(constant_targets())
    out.extend(seasonal())
    out.extend(intervals())
    out.append(case("single_row", np.array([2.0]), np.array([1.5]), expected=[
        exp("r2", r2_score([2.0], [1.5]), "r2_score(y, yhat) (fewer than two samples: nan)", warning=True),
        exp("mae", mean_absolute_error([2.0], [1.5]), "mean_absolute_error(y, yhat)")]))
    return out


def zero_targets():
    n = 150
    y = np.round(rng.normal(0, 5, n), 2)
    y[:40] = 0.0
    yhat = np.round(y + rng.normal(0, 1, n), 2)
    yhat[:15] = 0.0  # y == yhat == 0: smape contributes 0, mape 0
    yhat[15:20] = 1e-9  # y == 0, tiny prediction
    w = np.round(rng.uniform(0.1, 2.0, n), 2)
    perm = rng.permutation(n)
    y, yhat, w = y[perm], yhat[perm], w[perm]
    return case("zero_targets_weighted", y, yhat, w, point_metrics(y, yhat, w, False))


def large_offset():
    n = 300
    y = np.round(1e6 + rng.normal(0, 10, n), 4)
    yhat = np.round(y + rng.normal(0, 3, n), 4)
    w = np.round(rng.uniform(0.5, 2.0, n), 3)
    return [case("large_offset_unweighted", y, yhat, expected=point_metrics(y, yhat, None, True)),
            case("large_offset_weighted", y, yhat, w, point_metrics(y, yhat, w, True))]


def constant_targets():
    out = []
    y = np.full(50, 3.0)
    yhat = np.round(3.0 + rng.normal(0, 1, 50), 3)
    w = rng.integers(1, 4, 50).astype(float)
    for label, ww in (("unweighted", None), ("integer_weights", w)):
        r2 = r2_score(y, yhat, sample_weight=ww)
        ev = explained_variance_score(y, yhat, sample_weight=ww)
        assert r2 == 0.0 and ev == 0.0, (r2, ev)
        out.append(case("constant_target_imperfect_" + label, y, yhat, ww, [
            exp("r2", r2, "r2_score(y, yhat%s) (force_finite: 0.0)" % sw(ww), warning=True),
            exp("explained_variance", ev, "explained_variance_score(y, yhat%s) (force_finite: 0.0)" % sw(ww),
                warning=True),
            exp("mae", mean_absolute_error(y, yhat, sample_weight=ww), "mean_absolute_error(y, yhat%s)" % sw(ww))]))
    r2 = r2_score(y, y)
    assert r2 == 1.0
    out.append(case("constant_target_perfect", y, y.copy(), expected=[
        exp("r2", r2, "r2_score(y, yhat) (force_finite: 1.0)", warning=True),
        exp("explained_variance", explained_variance_score(y, y), "explained_variance_score(y, yhat) (1.0)",
            warning=True),
        exp("mse", mean_squared_error(y, y), "mean_squared_error(y, yhat)")]))
    return out


def seasonal():
    n = 7 * 30
    t = np.arange(n, dtype=float) * 86400.0 + 1.7e9
    season = np.array([3.0, 5.0, 9.0, 4.0, -2.0, -6.0, 1.0])
    y = np.round(100 + 0.05 * np.arange(n) + 10 * season[np.arange(n) % 7] / 9 + rng.normal(0, 1, n), 3)
    yhat = np.round(y + rng.normal(0, 1.5, n), 3)
    w = np.round(rng.uniform(0.2, 2.0, n), 3)
    perm = rng.permutation(n)  # rows shuffled: mase must order by time
    y, yhat, t, w = y[perm], yhat[perm], t[perm], w[perm]
    out = []
    for label, ww in (("unweighted", None), ("weighted", w)):
        exps = [exp("mase", mase(y, yhat, t, m, ww),
                    "order=np.argsort(t); np.average(|y-yhat|[order]%s) / np.mean(|y[order][%d:] - y[order][:-%d]|)"
                    % ("" if ww is None else ", weights=w[order]", m, m), params={"period": m}, warning=False)
                for m in (1, 7, 14)]
        exps.append(exp("mae", mean_absolute_error(y, yhat, sample_weight=ww),
                        "mean_absolute_error(y, yhat%s)" % sw(ww)))
        out.append(case("seasonal_period7_" + label, y, yhat, ww, exps, time=t))
    return out


def intervals():
    n = 180
    y = np.round(rng.normal(10, 3, n), 2)
    yhat = np.round(y + rng.normal(0, 1, n), 2)
    half = np.round(np.abs(rng.normal(1.5, 0.5, n)), 2)
    lo, hi = yhat - half, yhat + half
    lo[:10], hi[:10] = y[:10], np.maximum(hi[:10], y[:10])  # y exactly on the (closed) boundary
    lo[10:20], hi[10:20] = np.minimum(lo[10:20], y[10:20]), y[10:20]
    w = np.round(rng.uniform(0, 2, n), 2)
    out = []
    for label, ww in (("unweighted", None), ("weighted", w)):
        wsrc = "" if ww is None else ", weights=w"
        out.append(case("intervals_" + label, y, yhat, ww, [
            exp("interval_coverage", np.average((lo <= y) & (y <= hi), weights=ww),
                "np.average((lo <= y) & (y <= hi)%s)" % wsrc),
            exp("interval_width", np.average(hi - lo, weights=ww), "np.average(hi - lo%s)" % wsrc),
            exp("mse", mean_squared_error(y, yhat, sample_weight=ww), "mean_squared_error(y, yhat%s)" % sw(ww))],
            lower=lo, upper=hi))
    return out


def main():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = {"generator": "tools/golden/regression.py", "reference": "scikit-learn %s, numpy %s (seed %d)"
               % (sklearn.__version__, np.__version__, SEED), "cases": cases()}
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", os.path.normpath(OUT), os.path.getsize(OUT), "bytes,", len(doc["cases"]), "cases")


if __name__ == "__main__":
    main()
