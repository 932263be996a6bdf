#!/usr/bin/python3
"""Naive bootstrap with scikit-learn: resample indices, call the sklearn metric, take the 2.5/97.5 percentiles.

    /usr/bin/python3 bench/bootstrap_vs_sklearn.py gen ROWS FILE      # write int32 labels + float64 scores
    /usr/bin/python3 bench/bootstrap_vs_sklearn.py run FILE METRIC RESAMPLES TARGET_RESAMPLES
    /usr/bin/python3 bench/bootstrap_vs_sklearn.py gen_ranking QUERIES DOCS FILE
    /usr/bin/python3 bench/bootstrap_vs_sklearn.py run_ndcg FILE QUERIES DOCS RESAMPLES TARGET_RESAMPLES
    /usr/bin/python3 bench/bootstrap_vs_sklearn.py check_ndcg FILE QUERIES DOCS PER_QUERY_FILE

Times RESAMPLES resamples and scales linearly to TARGET_RESAMPLES (printed as such). ndcg: the unit is the query;
the naive loop draws QUERIES query indices with replacement and calls sklearn.metrics.ndcg_score on the
(queries x documents) matrices of the drawn queries (linear gain, no cutoff, the default ignore_ties=False).
check_ndcg compares verdict's per-query ndcg (trec_eval's definition) with sklearn's per-query ndcg on the same data.
"""
import sys
import time

import numpy as np
from sklearn.metrics import average_precision_score, ndcg_score, roc_auc_score

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


def gen_ranking(queries, docs, path):
    """Graded relevance 0..3 (about 60/25/10/5 %), scores = 0.6 relevance + N(0, 1): continuous, so no ties."""
    rng = np.random.default_rng(11)
    rel = rng.choice(4, size=(queries, docs), p=[0.6, 0.25, 0.1, 0.05]).astype(np.float64)
    score = 0.6 * rel + rng.normal(size=(queries, docs))
    q = np.repeat(np.arange(queries, dtype="<i4"), docs)
    d = np.tile(np.arange(docs, dtype="<i4"), queries)
    with open(path, "wb") as f:
        f.write(q.tobytes())
        f.write(d.tobytes())
        f.write(score.astype("<f8").ravel().tobytes())
        f.write(rel.astype("<f8").ravel().tobytes())


def read_ranking(path, queries, docs):
    raw = open(path, "rb").read()
    n = queries * docs
    score = np.frombuffer(raw[8 * n:16 * n], dtype="<f8").reshape(queries, docs)
    rel = np.frombuffer(raw[16 * n:24 * n], dtype="<f8").reshape(queries, docs)
    return rel, score


def run_ndcg(path, queries, docs, resamples, target):
    rel, score = read_ranking(path, queries, docs)
    rng = np.random.default_rng(42)
    t0 = time.perf_counter()
    c0 = time.process_time()
    values = []
    for _ in range(resamples):
        idx = rng.integers(0, queries, queries)
        values.append(ndcg_score(rel[idx], score[idx]))
    t = time.perf_counter() - t0
    cpu = time.process_time() - c0
    lo, hi = np.percentile(values, [2.5, 97.5])
    print(f"sklearn naive ndcg ({queries} queries x {docs} docs, query resampling): {resamples} resamples in "
          f"{t:.3f} s wall, {cpu:.3f} s CPU -> [{lo:.6f}, {hi:.6f}]")
    scaled = t * target / resamples
    print(f"scaled linearly to {target} resamples: {scaled:.2f} s")
    print(f"SKLEARN_SECONDS {scaled:.4f}")
    print(f"SKLEARN_CPU_SECONDS {cpu * target / resamples:.4f}")


def check_ndcg(path, queries, docs, per_query_file):
    from sklearn.metrics._ranking import _ndcg_sample_scores
    rel, score = read_ranking(path, queries, docs)
    ours = np.loadtxt(per_query_file)
    theirs = _ndcg_sample_scores(rel, score, k=None, ignore_ties=False)
    assert abs(theirs.mean() - ndcg_score(rel, score)) < 1e-12
    ties = sum(len(np.unique(row)) < docs for row in score)
    diff = np.abs(ours - theirs)
    print(f"ndcg per query, verdict (trec_eval) vs sklearn _ndcg_sample_scores (mean = ndcg_score): {queries} queries, "
          f"{ties} with tied scores, max |diff| {diff.max():.3e}, max rel diff "
          f"{(diff / np.maximum(np.abs(theirs), 1e-300)).max():.3e}; means {ours.mean():.12f} vs {theirs.mean():.12f}")
    print(f"NDCG_MAX_ABS_DIFF {diff.max():.3e}")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(int(sys.argv[2]), sys.argv[3])
    elif sys.argv[1] == "gen_ranking":
        gen_ranking(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif sys.argv[1] == "run_ndcg":
        run_ndcg(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    elif sys.argv[1] == "check_ndcg":
        check_ndcg(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
