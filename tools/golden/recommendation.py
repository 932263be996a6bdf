#!/usr/bin/python3
"""Golden fixture for the recommendation metric family, written from the definitions (no single reference tool).

Writes verdict-core/src/test/resources/golden/recommendation.json. Each metric is computed here independently in
plain Python/numpy from its stated definition (docs/metrics/recommendation.md); "source" names the definition.
Columns: group = user, item = item code, score = rank score (larger = earlier; ties by item code ascending),
label = item category, relevance = item popularity share p in (0, 1], features = item feature vectors.
Usage: /usr/bin/python3 tools/golden/recommendation.py
"""
import itertools
import json
import math
import os
from collections import Counter, defaultdict

import numpy as np
from sklearn.metrics.pairwise import cosine_similarity

SEED = 20240613
rng = np.random.default_rng(SEED)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "golden",
                   "recommendation.json")


def top_lists(rows, k):
    """rows: list of dicts with user, item, score, ...; returns {user: [row, ...]} cut at k."""
    by_user = defaultdict(list)
    for r in rows:
        by_user[r["user"]].append(r)
    return {u: sorted(rs, key=lambda r: (-r["score"], r["item"]))[:k] for u, rs in by_user.items()}


def coverage(rows, k, catalog=None):
    lists = top_lists(rows, k)
    n = catalog or len({r["item"] for r in rows})
    return len({r["item"] for l in lists.values() for r in l}) / n


def gini(rows, k, catalog=None):
    lists = top_lists(rows, k)
    n = catalog or len({r["item"] for r in rows})
    counts = Counter(r["item"] for l in lists.values() for r in l)
    x = np.sort(np.array(list(counts.values()) + [0] * (n - len(counts)), dtype=float))
    j = np.arange(1, n + 1)
    return float(np.sum((2 * j - n - 1) * x) / (n * x.sum()))


def entropy(rows, k):
    lists = top_lists(rows, k)
    counts = Counter(r["item"] for l in lists.values() for r in l)
    p = np.array(list(counts.values()), dtype=float)
    p /= p.sum()
    return float(-np.sum(p * np.log(p)))


def ild(rows, k, by):
    lists = top_lists(rows, k)
    per_user = []
    for l in lists.values():
        if len(l) < 2:
            continue
        if by == "features":
            sim = cosine_similarity(np.array([r["features"] for r in l]))
        else:
            cats = np.array([r["category"] for r in l])
            sim = (cats[:, None] == cats[None, :]).astype(float)
        iu = np.triu_indices(len(l), k=1)
        per_user.append(np.mean(1.0 - sim[iu]))
    return float(np.mean(per_user)) if per_user else float("nan")


def novelty(rows, k):
    lists = top_lists(rows, k)
    return float(np.mean([np.mean([-math.log2(r["pop"]) for r in l]) for l in lists.values()]))


def personalization(rows, k):
    lists = top_lists(rows, k)
    if len(lists) < 2:
        return float("nan")
    items = sorted({r["item"] for l in lists.values() for r in l})
    col = {it: j for j, it in enumerate(items)}
    m = np.zeros((len(lists), len(items)))
    for u, l in enumerate(lists.values()):
        for r in l:
            m[u, col[r["item"]]] = 1.0
    sim = cosine_similarity(m)
    d = sim.shape[0]
    return float(1.0 - (sim.sum() - d) / (d * (d - 1)))


def exp(metric, value, source, params=None, warning=None):
    e = {"metric": metric, "params": params or {}, "value": float(value), "source": source}
    if warning is not None:
        e["warning"] = warning
    return e


def all_metrics(rows, ks, catalog=None, features=True, category=True):
    out = []
    for k in ks:
        p = {"k": k}
        out.append(exp("catalog_coverage", coverage(rows, k), "distinct top-k items / distinct items in data", p))
        out.append(exp("gini_index", gini(rows, k), "sum_j (2j-N-1) c_(j) / (N C), N = distinct items in data", p))
        if catalog:
            pc = {"k": k, "catalog_size": catalog}
            out.append(exp("catalog_coverage", coverage(rows, k, catalog), "distinct top-k items / catalog_size", pc))
            out.append(exp("gini_index", gini(rows, k, catalog), "sum_j (2j-N-1) c_(j) / (N C), N = catalog_size",
                           pc))
        out.append(exp("shannon_entropy", entropy(rows, k), "-sum p ln p of top-k item shares", p))
        out.append(exp("novelty", novelty(rows, k), "mean over users of mean -log2(pop) in the top-k list", p))
        out.append(exp("personalization", personalization(rows, k),
                       "1 - off-diagonal mean of sklearn cosine_similarity(user x item 0/1 matrix)", p))
        if features:
            out.append(exp("intra_list_diversity", ild(rows, k, "features"),
                           "mean over users of mean_{i<j} 1 - cosine_similarity(features)", {"k": k, "by": "features"}))
        if category:
            out.append(exp("intra_list_diversity", ild(rows, k, "category"),
                           "mean over users of mean_{i<j} [category differs]", {"k": k, "by": "category"}))
    return out


def make_rows(n_users, n_items, list_len, dim, score_levels=None, zipf=1.1):
    """Per user a list of distinct items drawn by popularity; features/category/pop per item."""
    weights = 1.0 / np.arange(1, n_items + 1) ** zipf
    weights /= weights.sum()
    feats = rng.normal(size=(n_items, dim))
    feats[rng.integers(0, n_items)] = 0.0  # one zero vector
    cats = rng.integers(0, 4, n_items)
    pop = np.clip(weights / weights.max(), 1e-3, 1.0)
    rows = []
    for u in rng.permutation(n_users * 3)[:n_users]:  # sparse user codes
        m = int(rng.integers(1, list_len + 1))
        items = rng.choice(n_items, size=m, replace=False, p=weights)
        for it in items:
            s = float(rng.integers(0, score_levels)) if score_levels else float(rng.normal())
            rows.append({"user": int(u), "item": int(it), "score": s, "category": int(cats[it]),
                         "pop": float(pop[it]), "features": [float(v) for v in feats[it]]})
    rng.shuffle(rows)
    return rows


def case(name, rows, expected):
    cols = {
        "group": [r["user"] for r in rows],
        "item": [r["item"] for r in rows],
        "score": [r["score"] for r in rows],
        "label": [r["category"] for r in rows],
        "relevance": [r["pop"] for r in rows],
        "features": [[r["features"][d] for r in rows] for d in range(len(rows[0]["features"]))],
    }
    return {"name": name, "task": "recommendation", "columns": cols, "expected": expected}


cases = []
rows = make_rows(60, 120, 15, 4)
cases.append(case("60 users, 120 items, lists of 1-15, continuous scores", rows, all_metrics(rows, [1, 5, 10], 200)))
rows = make_rows(40, 30, 12, 3, score_levels=3)
cases.append(case("heavy score ties (3 levels): ties broken by item code", rows, all_metrics(rows, [3, 10], 50)))
rows = make_rows(25, 400, 20, 6, zipf=0.3)
cases.append(case("long tail catalogue, 25 users", rows, all_metrics(rows, [10, 20], 1000)))

rows = [{"user": 5, "item": i, "score": float(10 - i), "category": i % 2, "pop": 0.5,
         "features": [1.0, float(i)]} for i in range(4)]
cases.append(case("single user (personalization undefined)", rows, [
    exp("personalization", float("nan"), "needs >= 2 users", {"k": 3}, warning=True),
    exp("catalog_coverage", coverage(rows, 3), "distinct top-k items / distinct items in data", {"k": 3}),
    exp("gini_index", gini(rows, 3, 10), "sum_j (2j-N-1) c_(j) / (N C), N = catalog_size",
        {"k": 3, "catalog_size": 10}),
    exp("intra_list_diversity", ild(rows, 3, "category"), "mean_{i<j} [category differs]", {"k": 3, "by": "category"}),
    exp("novelty", novelty(rows, 3), "mean -log2(pop)", {"k": 3})]))

rows = [{"user": u, "item": u, "score": 1.0, "category": 0, "pop": 1.0, "features": [1.0]} for u in range(5)]
cases.append(case("one item per user (diversity undefined)", rows, [
    exp("intra_list_diversity", float("nan"), "no list with 2 items", {"k": 10, "by": "features"}, warning=True),
    exp("personalization", personalization(rows, 10), "1 - mean cosine overlap", {"k": 10}),
    exp("gini_index", gini(rows, 10), "all counts equal", {"k": 10}),
    exp("shannon_entropy", entropy(rows, 10), "-sum p ln p", {"k": 10}),
    exp("novelty", novelty(rows, 10), "mean -log2(1)", {"k": 10})]))

with open(OUT, "w") as f:
    json.dump({"generator": "tools/golden/recommendation.py",
               "reference": "definitions in docs/metrics/recommendation.md (numpy; cosine via scikit-learn 1.2.1)",
               "cases": cases}, f)
print("wrote", OUT, sum(len(c["expected"]) for c in cases), "values in", len(cases), "cases")
