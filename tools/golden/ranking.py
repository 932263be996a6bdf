#!/usr/bin/env python3
"""Golden values for the ranking family, produced by trec_eval itself.

Generates seeded TREC runs and qrels (graded relevance 0-3, many tied scores, unjudged retrieved documents, queries
without relevant documents, a topic only in the run, a qrels topic missing from the run, negative judgments), runs
trec_eval on them with `-q -m all_trec` (plus the options of each case) and writes
verdict-core/src/test/resources/ranking/trec_eval_golden.json (run and qrels batches, per-query values), read by
RankingGoldenTest, and verdict-core/src/test/resources/golden/ranking.json (joined runs, means), read by the
generic GoldenTest.

trec_eval is not part of this repository. Build it yourself outside the repository and give its path:

    TREC_EVAL=/tmp/trec_eval/trec_eval [TREC_EVAL9=/tmp/trec_eval9/trec_eval] /usr/bin/python3 tools/golden/ranking.py

TREC_EVAL must be trec_eval 10.0 (usnistgov/trec_eval, tag/commit f425365 "version 10.0"); TREC_EVAL9 (optional)
v9.0.8, for the trec_eval_version=9 cases. A stock binary prints 4 decimals, so the fixture then records an absolute
tolerance of 5e-5. For full precision the committed fixture was made with binaries whose print format was changed
from %6.4f to %.17g (sed -i 's/%6\\.4f/%.17g/g' meas_print_single.c meas_print_final.c; make), which changes
nothing else; the fixture then records tolerance 1e-12 (relative) for each value.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "ranking",
                   "trec_eval_golden.json")


GOLDEN = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-core", "src", "test", "resources", "golden",
                      "ranking.json")


def doc_name(rng):
    prefix = rng.choice(["d", "D", "doc", "x_", "d-", "Doc"])
    return prefix + str(rng.randint(0, 400))


def make_case(seed, n_queries=14, negatives=False, missing_topic=False):
    rng = random.Random(seed)
    qids = ["q%d" % rng.randint(1, 999) for _ in range(n_queries)]
    qids = sorted(set(qids))
    run, qrels = [], []
    run_only = qids[-1]           # topic only in the run: ignored by trec_eval
    missing = qids[0] if missing_topic else None
    for qi, q in enumerate(qids):
        n_ret = rng.choice([1, 3, 8, 20, 35, 60])
        docs = set()
        while len(docs) < n_ret:
            docs.add(doc_name(rng))
        docs = sorted(docs)
        style = qi % 4
        for d in docs:
            if style == 0:
                s = 1.0                               # every score tied
            elif style == 1:
                s = round(rng.random(), 1)            # heavy ties
            else:
                s = round(rng.uniform(-5, 20), rng.choice([0, 2, 6]))
            run.append((q, d, s))
        if q == run_only:
            continue
        judged = [d for d in docs if rng.random() < 0.7]
        extra = set()
        for _ in range(rng.randint(0, 25)):
            extra.add(doc_name(rng))
        judged = sorted(set(judged) | (extra - set(docs)))
        no_rel = qi % 5 == 3
        for d in judged:
            rel = 0 if no_rel else rng.choices([0, 1, 2, 3], weights=[5, 3, 2, 1])[0]
            if negatives and rng.random() < 0.1:
                rel = -1
            qrels.append((q, d, rel))
        if not judged:
            qrels.append((q, "zz_only_judged", 1))
    if missing is not None:
        run = [r for r in run if r[0] != missing]
        if not any(r[0] == missing for r in qrels):
            qrels.append((missing, "d1", 1))
    rng.shuffle(run)
    return run, qrels


def trec_name_to_ours(measure):
    simple = {"map": ("map", {}), "ndcg": ("ndcg", {}), "recip_rank": ("mrr", {}), "Rprec": ("r_precision", {}),
              "bpref": ("bpref", {}), "11pt_avg": ("interpolated_precision_11pt", {})}
    if measure in simple:
        return simple[measure]
    for prefix, ours in [("map_cut_", "map"), ("P_", "precision"), ("recall_", "recall"), ("ndcg_cut_", "ndcg"),
                         ("success_", "success")]:
        if measure.startswith(prefix) and measure[len(prefix):].isdigit():
            return ours, {"k": int(measure[len(prefix):])}
    if measure.startswith("iprec_at_recall_"):
        return "interpolated_precision", {"recall": float(measure[len("iprec_at_recall_"):])}
    return None


def run_trec_eval(binary, args, run, qrels, tmp):
    qf, rf = os.path.join(tmp, "qrels"), os.path.join(tmp, "run")
    with open(qf, "w") as f:
        for q, d, r in qrels:
            f.write("%s 0 %s %d\n" % (q, d, r))
    with open(rf, "w") as f:
        for i, (q, d, s) in enumerate(run):
            f.write("%s Q0 %s %d %r gen\n" % (q, d, i, s))
    cmd = [binary, "-q", "-m", "all_trec", "-m", "P.1,3,7", "-m", "success.3", "-m", "ndcg_cut.3,7"] + args + [qf, rf]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    values = {}
    for line in out.splitlines():
        name, qid, val = line.split()
        values.setdefault(name, {})[qid] = val
    return " ".join(["trec_eval"] + cmd[1:-2] + ["qrels", "run"]), values


def case(name, binary, args, params, run, qrels, tmp, version="10"):
    cmd, values = run_trec_eval(binary, args, run, qrels, tmp)
    qids = sorted({q for q, _, _ in run} | {q for q, _, _ in qrels}, key=lambda s: s.encode())
    docs = sorted({d for _, d, _ in run} | {d for _, d, _ in qrels}, key=lambda s: s.encode())
    qc = {q: i for i, q in enumerate(qids)}
    dc = {d: i for i, d in enumerate(docs)}
    precise = any("." in v and len(v.split(".")[1]) > 4 for m in values.values() for v in m.values())
    expected = []
    for measure, per in values.items():
        mapped = trec_name_to_ours(measure)
        if mapped is None or "all" not in per:
            continue
        ours, p = mapped
        p = dict(p, **params)
        if version != "10":
            p["trec_eval_version"] = version
        expected.append({"metric": ours, "params": p, "trec_measure": measure, "value": float(per["all"]),
                         "per_query": {q: float(v) for q, v in per.items() if q != "all"},
                         "source": cmd + " -> " + measure})
    for counter in ("num_q", "num_ret", "num_rel", "num_rel_ret"):
        if counter in values:
            expected.append({"metric": "map", "params": dict(params, **({} if version == "10" else
                             {"trec_eval_version": version})), "detail_counter": counter,
                             "value": float(values[counter]["all"]),
                             "per_query": {q: float(v) for q, v in values[counter].items() if q != "all"},
                             "source": cmd + " -> " + counter})
    return {"name": name, "queries": qids,
            "run": {"group": [qc[q] for q, _, _ in run], "item": [dc[d] for _, d, _ in run],
                    "score": [s for _, _, s in run]},
            "qrels": {"group": [qc[q] for q, _, _ in qrels], "item": [dc[d] for _, d, r in qrels],
                      "relevance": [float(r) for _, _, r in qrels]},
            "rel": 1e-12 if precise else 0.0, "abs": 0.0 if precise else 5e-5,
            "expected": expected}


def joined_case(name, binary, args, params, run, qrels, tmp):
    """A case for the generic GoldenTest (golden/ranking.json): one run batch whose relevance column carries the
    judgment of each retrieved document (NaN = unjudged). Only judgments of retrieved documents are kept, so the
    joined run holds the whole qrels."""
    retrieved = {(q, d) for q, d, _ in run}
    qrels = [r for r in qrels if (r[0], r[1]) in retrieved]
    judged = {(q, d): r for q, d, r in qrels}
    cmd, values = run_trec_eval(binary, args, run, qrels, tmp)
    qids = sorted({q for q, _, _ in run}, key=lambda s: s.encode())
    docs = sorted({d for _, d, _ in run}, key=lambda s: s.encode())
    qc = {q: i for i, q in enumerate(qids)}
    dc = {d: i for i, d in enumerate(docs)}
    expected = []
    for measure, per in values.items():
        mapped = trec_name_to_ours(measure)
        if mapped is None or "all" not in per:
            continue
        ours, p = mapped
        expected.append({"metric": ours, "params": dict(p, **params), "value": float(per["all"]), "rel": 1e-12,
                         "source": cmd + " -> " + measure})
    return {"name": name, "task": "ranking",
            "columns": {"group": [qc[q] for q, _, _ in run], "item": [dc[d] for _, d, _ in run],
                        "score": [s for _, _, s in run],
                        "relevance": [float(judged.get((q, d), float("nan"))) for q, d, _ in run]},
            "expected": expected}


def main():
    te = os.environ.get("TREC_EVAL")
    if not te:
        sys.exit("set TREC_EVAL to a trec_eval 10.0 binary (see the docstring)")
    te9 = os.environ.get("TREC_EVAL9")
    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        run, qrels = make_case(1)
        cases.append(case("graded ties unjudged no-rel run-only topic", te, [], {}, run, qrels, tmp))
        cases.append(case("relevance level 2", te, ["-l2"], {"relevance_level": 2}, run, qrels, tmp))
        cases.append(case("max docs 10", te, ["-M10"], {"max_docs": 10}, run, qrels, tmp))
        run, qrels = make_case(2, missing_topic=True)
        cases.append(case("missing topic counted (-c)", te, ["-c"], {"count_missing_topics": True}, run, qrels, tmp))
        run, qrels = make_case(3, n_queries=10, negatives=True)
        cases.append(case("negative judgments", te, [], {}, run, qrels, tmp))
        cases.append(case("negative judgments level 3", te, ["-l3"], {"relevance_level": 3}, run, qrels, tmp))
        if te9:
            run, qrels = make_case(4, missing_topic=True)
            cases.append(case("trec_eval 9 missing topic skipped", te9, [], {}, run, qrels, tmp, version="9"))
            cases.append(case("trec_eval 9 missing topic counted (-c)", te9, ["-c"], {"count_missing_topics": True},
                              run, qrels, tmp, version="9"))
        run, qrels = make_case(5)
        run = [r for r in run if any(q == r[0] for q, _, _ in qrels)]
        joined = [joined_case("joined run, graded, ties", te, [], {}, run, qrels, tmp),
                  joined_case("joined run, level 2", te, ["-l2"], {"relevance_level": 2}, run, qrels, tmp)]
    with open(GOLDEN, "w") as f:
        json.dump({"generator": "tools/golden/ranking.py", "reference": "trec_eval 10.0 (usnistgov/trec_eval f425365)",
                   "cases": joined}, f, separators=(",", ":"))
    doc = {"generator": "tools/golden/ranking.py",
           "reference": "trec_eval 10.0 (usnistgov/trec_eval f425365)" + (" and 9.0.8" if te9 else ""),
           "cases": cases}
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print("wrote", OUT, sum(len(c["expected"]) for c in cases), "expected values")


if __name__ == "__main__":
    main()
