#!/usr/bin/env python3
"""Golden values for ranking plans with a per-query table (data.queries): sliced trec_eval measures and the
operational metrics over the per-query rows.

For each case it writes seeded TREC files and a per-query table to
verdict-evaluation/src/test/resources/ranking-slices/<case>/ (run.txt, qrels.txt, queries.csv: qid, category,
shard, latency_ms), then computes:

* for `all` and for every slice (category=<c>, shard=<s>): trec_eval run on the run and qrels lines of the slice's
  queries only (the queries whose queries.csv row holds the value), `-m map -m ndcg_cut.10 -m P.5 -m recip_rank
  -m bpref -m recall.10 -m num_q` plus the case's options;
* over the slice's queries.csv rows: numpy.percentile(latency_ms, 99), numpy.percentile(latency_ms, 50) (linear, the
  default) and numpy.mean(latency_ms);

and writes the values to verdict-evaluation/src/test/resources/ranking-slices/expected.json, read by
RankingSlicesGoldenTest. trec_eval is not part of this repository; build trec_eval 10.0 (usnistgov/trec_eval) outside
it and give its path. The committed values were made with a binary printing %.17g instead of %6.4f (see
tools/golden/ranking.py), hence the relative tolerance 1e-12; a stock binary needs an absolute tolerance of 5e-5.

    TREC_EVAL=/path/to/trec_eval /usr/bin/python3 tools/golden/ranking_slices.py
"""
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-evaluation", "src", "test", "resources",
                   "ranking-slices")
MEASURES = {"map": "map", "ndcg_cut_10": "ndcg10", "P_5": "p5", "recip_rank": "rr", "bpref": "bpref",
            "recall_10": "r10"}


def make_case(seed, n_queries, missing_topics):
    """Run, qrels and per-query rows. The last query is only in the run (trec_eval ignores it); the first
    `missing_topics` queries are only in the qrels, the very first of them without a per-query row."""
    rng = random.Random(seed)
    qids = ["q%02d" % (i + 1) for i in range(n_queries)]
    run, qrels, rows = [], [], []
    for i, q in enumerate(qids):
        docs = sorted({"d%03d" % rng.randrange(300) for _ in range(rng.choice([4, 12, 25, 40]))})
        judged = [d for d in docs if rng.random() < 0.6] + ["x%03d" % rng.randrange(50) for _ in range(3)]
        if i >= missing_topics:
            for d in docs:
                run.append((q, d, round(rng.gauss(0, 1), rng.choice([0, 1, 3]))))
        if i != n_queries - 1:
            for d in sorted(set(judged)):
                qrels.append((q, d, rng.choices([0, 1, 2], weights=[5, 3, 1])[0]))
        if not (missing_topics and i == 0):
            latency = np.exp(rng.gauss(3.7, 0.5)) + (rng.uniform(150, 400) if rng.random() < 0.08 else 0.0)
            rows.append((q, rng.choice(["help", "news", "web"]), rng.randint(1, 3), round(float(latency), 2)))
    rng.shuffle(run)
    rng.shuffle(rows)
    return run, qrels, rows


def write_case(path, run, qrels, rows):
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "run.txt"), "w") as f:
        for i, (q, d, s) in enumerate(run):
            f.write("%s Q0 %s %d %r gen\n" % (q, d, i + 1, s))
    with open(os.path.join(path, "qrels.txt"), "w") as f:
        for q, d, r in qrels:
            f.write("%s 0 %s %d\n" % (q, d, r))
    with open(os.path.join(path, "queries.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["qid", "category", "shard", "latency_ms"])
        w.writerows(rows)


def trec_eval(binary, args, run, qrels, keep, tmp):
    qf, rf = os.path.join(tmp, "qrels"), os.path.join(tmp, "run")
    with open(qf, "w") as f:
        for q, d, r in qrels:
            if keep(q):
                f.write("%s 0 %s %d\n" % (q, d, r))
    with open(rf, "w") as f:
        for i, (q, d, s) in enumerate(run):
            if keep(q):
                f.write("%s Q0 %s %d %r gen\n" % (q, d, i, s))
    cmd = [binary] + args + ["-m", "map", "-m", "ndcg_cut.10", "-m", "P.5", "-m", "recip_rank", "-m", "bpref",
                             "-m", "recall.10", "-m", "num_q", qf, rf]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    values = {}
    for line in out.splitlines():
        name, qid, val = line.split()
        if qid == "all":
            values[MEASURES.get(name, name)] = float(val)
    return values


def slice_values(binary, args, run, qrels, rows, qids, tmp):
    keep = set(qids) if qids is not None else None
    values = trec_eval(binary, args, run, qrels, (lambda q: True) if keep is None else (lambda q: q in keep), tmp)
    lat = np.array([r[3] for r in rows if keep is None or r[0] in keep])
    values["p99"] = float(np.percentile(lat, 99))
    values["p50"] = float(np.percentile(lat, 50))
    values["mean"] = float(np.mean(lat))
    values["queries"] = len(lat)
    return values


def case(name, seed, n_queries, missing_topics, args, params, binary, tmp):
    run, qrels, rows = make_case(seed, n_queries, missing_topics)
    write_case(os.path.join(OUT, name), run, qrels, rows)
    slices = {"all": slice_values(binary, args, run, qrels, rows, None, tmp)}
    for col, k in (("category", 1), ("shard", 2)):
        for v in sorted({r[k] for r in rows}):
            qids = [r[0] for r in rows if r[k] == v]
            slices["%s=%s" % (col, v)] = slice_values(binary, args, run, qrels, rows, qids, tmp)
    return {"name": name, "trec_eval_args": args, "params": params, "slices": slices}


def main():
    binary = os.environ.get("TREC_EVAL")
    if not binary:
        sys.exit("set TREC_EVAL to a trec_eval 10.0 binary (see the docstring)")
    with tempfile.TemporaryDirectory() as tmp:
        cases = [case("default", 5, 30, 0, [], {}, binary, tmp),
                 case("missing-topics-counted", 6, 24, 2, ["-c"], {"count_missing_topics": True}, binary, tmp)]
    doc = {"generator": "tools/golden/ranking_slices.py",
           "reference": "trec_eval 10.0 (usnistgov/trec_eval) on each slice's run and qrels lines; numpy "
                        + np.__version__ + " percentile (linear) and mean over the slice's per-query rows",
           "rel": 1e-12, "cases": cases}
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print("wrote", os.path.join(OUT, "expected.json"))


if __name__ == "__main__":
    main()
