#!/usr/bin/env python3
"""Writes a seeded binary-classification CSV for the end-to-end benchmark.

    /usr/bin/python3 bench/gen_binary.py ROWS OUT.csv

Columns: label (0/1, ~10% positives), score (probability rounded to 6 decimals, so there are ties).
"""
import sys

import numpy as np

rows = int(sys.argv[1])
out = sys.argv[2]
rng = np.random.default_rng(20261123)
label = (rng.random(rows) < 0.1).astype(np.int8)
logit = rng.normal(-2.0, 1.0, rows) + 1.8 * label
score = np.round(1.0 / (1.0 + np.exp(-logit)), 6)
with open(out, "w") as f:
    f.write("label,score\n")
    chunk = 1_000_000
    for s in range(0, rows, chunk):
        e = min(rows, s + chunk)
        lines = "\n".join(f"{l},{v:.6f}" for l, v in zip(label[s:e].tolist(), score[s:e].tolist()))
        f.write(lines + "\n")
