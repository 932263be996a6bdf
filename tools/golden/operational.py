#!/usr/bin/python3
"""Golden fixture for the operational metric family (run with Debian's /usr/bin/python3: numpy 1.24).

Writes verdict-core/src/test/resources/golden/operational.json. Every expected value carries in "source" the exact
numpy call or formula that produced it; the named columns are lat (latency_ms), err (error), t (ts / ts_ms),
tin / tout (input_tokens / output_tokens) and w (weight).
Weighted percentiles are defined as frequency weights: numpy.quantile of the rows repeated w times (integer w).
Usage: /usr/bin/python3 tools/golden/operational.py
"""
import json
import os

import numpy as np

assert np.__version__.startswith("1.24"), np.__version__
SEED = 20240907
rng = np.random.default_rng(SEED)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "golden",
                   "operational.json")
QS = [0.0, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0, 1.0 / 3.0]
PRICES = {"input_tokens": "input_tokens", "output_tokens": "output_tokens",
          "price_per_1k_input_tokens": 0.5, "price_per_1k_output_tokens": 1.5, "price_per_request": 0.002}


def exp(metric, value, source, params, warning=None, detail=None):
    e = {"metric": metric, "params": params, "value": float(value), "source": source}
    if warning is not None:
        e["warning"] = warning
    if detail is not None:
        e["detail"] = detail
    return e


def column_metrics(lat, err, tin, tout, w):
    ws = "" if w is None else ", weights=w"
    out = [exp("mean", np.average(lat, weights=w), "np.average(lat%s)" % ws, {"column": "latency_ms"}, False),
           exp("error_rate", np.average(err, weights=w), "np.average(err%s)" % ws, {"column": "error"}, False),
           exp("tokens_per_request", np.average(tout, weights=w), "np.average(tout%s)" % ws,
               {"column": "output_tokens"})]
    rep = lat if w is None else np.repeat(lat, w.astype(int))
    for q in QS:
        src = "np.quantile(lat, %r)" % q if w is None else "np.quantile(np.repeat(lat, w), %r)" % q
        out.append(exp("percentile", np.quantile(rep, q), src, {"column": "latency_ms", "q": q}, False))
    return out


def cost_metrics(tin, tout, w):
    ws = "" if w is None else ", weights=w"
    cost = PRICES["price_per_request"] + PRICES["price_per_1k_input_tokens"] * tin / 1000 \
        + PRICES["price_per_1k_output_tokens"] * tout / 1000
    per_req = np.average(cost, weights=w)
    src = "np.average(0.002 + 0.5 * tin / 1000 + 1.5 * tout / 1000%s)" % ws
    ww = np.ones_like(tin) if w is None else w
    tokens = float(np.sum(ww * (tin + tout)))
    total = float(np.sum(ww * cost))
    out = [exp("cost_per_request", per_req, src, PRICES),
           exp("cost_per_1k_requests", 1000 * per_req, "1000 * " + src, PRICES),
           exp("cost_per_1k_tokens", 1000 * total / tokens, "1000 * sum(w * cost) / sum(w * (tin + tout))", PRICES)]
    only_request = {"price_per_request": 0.01}
    out.append(exp("cost_per_request", 0.01, "constant price_per_request", only_request))
    only_in = {"input_tokens": "input_tokens", "price_per_1k_input_tokens": 2.0}
    out.append(exp("cost_per_1k_tokens", 1000 * np.sum(ww * 2.0 * tin / 1000) / np.sum(ww * tin),
                   "1000 * sum(w * 2 * tin / 1000) / sum(w * tin)", only_in))
    for budget in [100.0, 1e9]:
        p = dict(PRICES, daily_requests=20000.0, budget=budget)
        spend = per_req * 20000.0 * 30.0
        out.append(exp("monthly_spend", spend, src + " * 20000 * 30", p,
                       detail={"budget": budget, "share_of_budget": spend / budget, "over_budget": bool(spend > budget),
                               "days": 30.0, "daily_requests": 20000.0}))
    p = dict(PRICES, daily_requests=1500.0, days=31.0)
    out.append(exp("monthly_spend", per_req * 1500.0 * 31.0, src + " * 1500 * 31", p))
    return out


def throughput(t, w, unit):
    keep = t if w is None else t[w > 0]
    rows = len(t) if w is None else float(np.sum(w))
    scale = 1000.0 if unit == "milliseconds" else 1.0
    span = (keep.max() - keep.min()) / scale
    col = "ts_ms" if unit == "milliseconds" else "ts"
    params = {"column": col, "time_unit": unit}
    if span == 0:
        return exp("throughput", float("nan"), "rows / 0 seconds", params, True)
    return exp("throughput", rows / span, "sum(w) / ((t.max() - t.min()) / %g) over rows with w > 0" % scale, params,
               False, detail={"span_seconds": span, "rows": rows})


def case(name, task, n, weighted=False, ties=False):
    lat = (np.round(rng.lognormal(4, 0.7, n)) if ties else rng.lognormal(4, 0.7, n)).astype(float)
    if ties:
        lat = np.minimum(lat, 80.0)
    err = (rng.random(n) < 0.07).astype(float)
    ts = np.sort(rng.uniform(1.7e9, 1.7e9 + 3600, n))
    tin = rng.integers(20, 2000, n).astype(float)
    tout = rng.integers(0, 600, n).astype(float)
    w = rng.integers(0, 5, n).astype(float) if weighted else None
    cols = {"numeric": {"latency_ms": lat.tolist(), "error": err.tolist(), "ts": ts.tolist(),
                        "ts_ms": (ts * 1000).tolist(), "input_tokens": tin.tolist(), "output_tokens": tout.tolist()}}
    if w is not None:
        cols["weight"] = w.tolist()
    expected = column_metrics(lat, err, tin, tout, w) + cost_metrics(tin, tout, w)
    expected.append(throughput(ts, w, "seconds"))
    expected.append(throughput(ts * 1000, w, "milliseconds"))
    return {"name": name, "task": task, "columns": cols, "expected": expected}


def single_row():
    cols = {"numeric": {"latency_ms": [42.5], "ts": [1.7e9]}}
    return {"name": "single row", "task": "generation", "columns": cols,
            "expected": [exp("percentile", 42.5, "np.quantile([42.5], q)", {"column": "latency_ms", "q": q})
                         for q in [0.0, 0.5, 0.99]]
            + [exp("mean", 42.5, "np.mean([42.5])", {"column": "latency_ms"}),
               exp("throughput", float("nan"), "1 row / 0 seconds", {"column": "ts"}, True)]}


def main():
    cases = [case("latency and tokens, unweighted", "regression", 700),
             case("integer latencies with ties", "binary", 400, ties=True),
             case("integer weights (frequency)", "multiclass", 300, weighted=True),
             case("small ranking batch", "ranking", 60),
             single_row()]
    doc = {"generator": "tools/golden/operational.py", "reference": "numpy " + np.__version__, "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f)
    print("wrote", OUT, os.path.getsize(OUT), "bytes,", sum(len(c["expected"]) for c in cases), "values")


if __name__ == "__main__":
    main()
