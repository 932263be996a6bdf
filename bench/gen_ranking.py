#!/usr/bin/env python3
"""Seeded TREC run + qrels for the ranking benchmark (standard library only).

    python3 bench/gen_ranking.py QUERIES DOCS_PER_QUERY OUT_DIR     (writes OUT_DIR/run.txt, OUT_DIR/qrels.txt)

Each query retrieves DOCS_PER_QUERY distinct documents (scores with 3 decimals, so ties occur); about 5% of a
query's pool is judged (grades 0-2), including documents that were not retrieved.
"""
import os
import random
import sys


def main():
    queries, depth, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(20260101)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "run.txt"), "w") as run, open(os.path.join(out, "qrels.txt"), "w") as qrels:
        for q in range(queries):
            qid = "%d" % (100000 + q)
            base = rnd.randrange(10_000_000)
            docs = ["DOC-%08d" % (base + 7 * i) for i in range(depth)]
            judged = rnd.sample(range(depth + depth // 10), depth // 20 + 1)
            qrels.write("".join("%s 0 DOC-%08d %d\n" % (qid, base + 7 * j, rnd.choice((0, 1, 1, 2)))
                                for j in sorted(judged)))
            lines = []
            for rank, d in enumerate(docs, 1):
                lines.append("%s Q0 %s %d %.3f run1\n" % (qid, d, rank, rnd.random() * 10))
            run.write("".join(lines))


if __name__ == "__main__":
    main()
