#!/usr/bin/python3
"""Golden fold assignments for `verdict split` from scikit-learn 1.2.1 (run with /usr/bin/python3).

Writes verdict-validation/src/test/resources/golden/splits.json: a list of cases, each with its inputs and the
expected fold of every row (TimeSeriesSplit: -1 for rows never in a test block) as produced by the sklearn call in
"source". Deterministic splitters are compared exactly; for shuffled KFold / StratifiedKFold only fold sizes (and the
per-class allocation) are compared, because Verdict's seeded generator is not numpy's.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.model_selection import GroupKFold, KFold, StratifiedKFold, TimeSeriesSplit

assert sklearn.__version__ == "1.2.1", sklearn.__version__
rng = np.random.RandomState(20240611)
cases = []


def folds_of(splitter, n, **kw):
    fold = np.full(n, -1, dtype=int)
    for f, (_, test) in enumerate(splitter.split(np.zeros((n, 1)), **kw)):
        assert (fold[test] == -1).all()
        fold[test] = f
    return [int(x) for x in fold]


def add(name, source, fold, **inputs):
    case = {"name": name, "source": source, "folds": fold}
    case.update(inputs)
    cases.append(case)


# KFold without shuffling: exact; with shuffling: sizes only.
for n, k in [(10, 3), (7, 7), (101, 5), (2, 2), (1000, 10)]:
    add("kfold n=%d k=%d" % (n, k), "KFold(n_splits=%d).split(X)" % k, folds_of(KFold(k), n),
        method="kfold", n=n, k=k, shuffle=False)
    add("kfold shuffled n=%d k=%d" % (n, k), "KFold(n_splits=%d, shuffle=True, random_state=0).split(X)" % k,
        folds_of(KFold(k, shuffle=True, random_state=0), n), method="kfold", n=n, k=k, shuffle=True)

# StratifiedKFold: classes by first appearance; imbalance; a class smaller than k.
for n, k, p, labels in [(50, 5, [0.5, 0.5], [0, 1]), (97, 4, [0.1, 0.6, 0.3], ["b", "a", "c"]),
                        (200, 10, [0.02, 0.98], [1, 0]), (33, 3, [0.3, 0.3, 0.2, 0.2], [3, 1, 2, 0]),
                        (12, 5, [0.85, 0.15], [0, 1])]:
    y = [labels[i] for i in rng.choice(len(labels), size=n, p=p)]
    add("stratified n=%d k=%d" % (n, k), "StratifiedKFold(n_splits=%d).split(X, y)" % k,
        folds_of(StratifiedKFold(k), n, y=y), method="stratified", n=n, k=k, shuffle=False, y=y)
    add("stratified shuffled n=%d k=%d" % (n, k),
        "StratifiedKFold(n_splits=%d, shuffle=True, random_state=0).split(X, y)" % k,
        folds_of(StratifiedKFold(k, shuffle=True, random_state=0), n, y=y), method="stratified", n=n, k=k,
        shuffle=True, y=y)

# GroupKFold: deterministic; many equal-sized groups so that numpy's unstable argsort order matters.
group_cases = [
    ("few groups", [int(g) for g in rng.randint(0, 6, size=40)], 3),
    ("many equal groups", [int(g) for g in np.repeat(np.arange(40), 3)[rng.permutation(120)]], 4),
    ("mixed sizes", [int(g) for g in rng.choice(60, size=500, p=np.arange(1, 61) / np.arange(1, 61).sum())], 5),
    ("string ids", ["u%02d" % g for g in rng.randint(0, 25, size=90)], 4),
    ("sizes 1..3 ties", [int(g) for g in np.concatenate([np.full(1 + (i % 3), 100 - i) for i in range(70)])], 6),
    ("k equals groups", [int(g) for g in rng.randint(0, 5, size=30)], 5),
]
for name, groups, k in group_cases:
    add("group " + name, "GroupKFold(n_splits=%d).split(X, groups=groups)" % k,
        folds_of(GroupKFold(k), len(groups), groups=groups), method="group", n=len(groups), k=k, groups=groups)

# TimeSeriesSplit: deterministic, with and without a gap.
for n, k, gap in [(10, 3, 0), (10, 3, 2), (100, 5, 0), (100, 5, 7), (7, 6, 0), (53, 4, 3)]:
    add("time n=%d k=%d gap=%d" % (n, k, gap), "TimeSeriesSplit(n_splits=%d, gap=%d).split(X)" % (k, gap),
        folds_of(TimeSeriesSplit(k, gap=gap), n), method="time", n=n, k=k, gap=gap)

out = os.path.join(os.path.dirname(__file__), "..", "..", "verdict-validation", "src", "test", "resources", "golden",
                   "splits.json")
with open(out, "w") as fh:
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases}, fh, separators=(",", ":"))
print("wrote %d cases to %s" % (len(cases), os.path.normpath(out)))
