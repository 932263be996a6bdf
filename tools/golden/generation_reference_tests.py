#!/usr/bin/env python3
"""Conformance fixture from the reference tools' OWN test vectors:
verdict-core/src/test/resources/generation/generation_reference_tests.json.

Only the plain data (hypotheses, references, options, expected score) is taken; no test code is copied.
  sacreBLEU 2.6.0 (mjpost/sacrebleu @ f615c72): test/test_bleu.py, test/test_chrf.py, test/test_ter.py are imported
    (pytest only provides the parametrize decorator) and their case lists read. Each expected value keeps the
    upstream tolerance as "abs" (BLEU 1e-8 on 0-1 or 0-100 as upstream, max-order cases are 2-decimal strings so
    0.005, chrF 1e-4, TER 1e-3) and is also recomputed with the installed sacreBLEU ("recomputed").
  rouge-score (google-research rouge/rouge_scorer_test.py): the expected values written as literals in the tests
    testRouge1, testRouge2, testRougeLConsecutive, testRougeLNonConsecutive, testMultipleRougeTypes, testRougeEmpty,
    testRougeLsum, transcribed below with the test name (assertAlmostEqual default: 7 places; 'places=3' kept).
Skipped (feature not offered by Verdict): raw_corpus_bleu cases (use_effective_order=True), chrF eps_smoothing=True
cases, sentence-level chrF (eps smoothing), BLEU.compute_bleu on bare statistics, the rouge tests that read
testdata files.

  PYTHONPATH=/tmp/sb:/tmp/rougepkg SACREBLEU_SRC=/tmp/sb /usr/bin/python3 tools/golden/generation_reference_tests.py
"""
import json
import os
import sys

import sacrebleu
from sacrebleu.metrics import BLEU, CHRF, TER
from rouge import rouge_scorer

SB = os.environ.get("SACREBLEU_SRC", "/tmp/sb")
sys.path.insert(0, os.path.join(SB, "test"))
import test_bleu  # noqa: E402  (sacreBLEU's test module: only its data lists are used)
import test_chrf  # noqa: E402
import test_ter  # noqa: E402

OUT = "verdict-core/src/test/resources/generation/generation_reference_tests.json"


def case(name, hyps, ref_streams, expected):
    rows = [[s[i] for s in ref_streams] for i in range(len(hyps))]
    return {"name": name, "task": "generation", "columns": {"text": list(hyps), "references": rows},
            "expected": expected}


def bleu_cases():
    out = []
    for k, (hyps, refs, kwargs, exp) in enumerate(test_bleu.test_corpus_bleu_cases):
        got = BLEU(**kwargs).corpus_score(list(hyps), refs).score
        out.append(case("sacreBLEU test_bleu.py test_corpus_bleu_cases[%d]" % k, hyps, refs, [
            {"metric": "bleu", "params": kwargs, "value": exp, "abs": test_bleu.EPSILON, "recomputed": got,
             "source": "sacrebleu test/test_bleu.py::test_corpus_bleu (corpus_bleu(hyps, refs, **%r))" % kwargs}]))
    for order, hyps, refs, exp in test_bleu.test_bleu_max_order:
        got = BLEU(max_ngram_order=order).corpus_score(hyps, refs).score
        out.append(case("sacreBLEU test_bleu.py test_bleu_max_order order=%d" % order, hyps, refs, [
            {"metric": "bleu", "params": {"max_ngram_order": order}, "value": float(exp), "abs": 0.005,
             "recomputed": got,
             "source": "sacrebleu test/test_bleu.py::test_max_ngram_order (expected '%s', 2 decimals)" % exp}]))
    return out


def chrf_cases():
    out = []
    groups = [("test_cases_effective_order", test_chrf.test_cases_effective_order, {"beta": 3}, False),
              ("test_cases_keep_whitespace", test_chrf.test_cases_keep_whitespace, {"beta": 3, "whitespace": True},
               True)]
    for label, cases, params, ws in groups:
        for k, (hyps, refs, exp) in enumerate(cases):
            got = CHRF(char_order=6, word_order=0, beta=3, whitespace=ws).corpus_score(hyps, [refs]).score
            out.append(case("sacreBLEU test_chrf.py %s[%d]" % (label, k), hyps, [refs], [
                {"metric": "chrf", "params": params, "value": exp, "abs": test_chrf.EPSILON, "recomputed": got,
                 "source": "sacrebleu test/test_chrf.py::%s (corpus_chrf, char_order=6, word_order=0, beta=3%s)" % (
                     label, ", remove_whitespace=False" if ws else ", eps_smoothing=False")}]))
    return out


def ter_cases():
    out = []
    for k, (hyps, refs, exp) in enumerate(test_ter.test_cases):
        got = TER().corpus_score(hyps, [refs]).score
        out.append(case("sacreBLEU test_ter.py test_cases[%d]" % k, hyps, [refs], [
            {"metric": "ter", "params": {}, "value": 100 * exp, "abs": test_ter.EPSILON, "recomputed": got,
             "source": "sacrebleu test/test_ter.py::test_ter (TER().corpus_score, expected %r x 100)" % exp}]))
    return out


# (test name, rouge type, target, prediction, precision, recall, fmeasure, places)
ROUGE_TESTS = [
    ("testRouge1", "rouge1", "testing one two", "testing", 1, 1 / 3, 1 / 2, 7),
    ("testRouge2", "rouge2", "testing one two", "testing one", 1, 1 / 2, 2 / 3, 7),
    ("testRougeLConsecutive", "rougeL", "testing one two", "testing one", 1, 2 / 3, 4 / 5, 7),
    ("testRougeLNonConsecutive", "rougeL", "testing one two", "testing two", 1, 2 / 3, 4 / 5, 7),
    ("testMultipleRougeTypes", "rouge1", "testing one two", "testing one", 1, 2 / 3, 4 / 5, 7),
    ("testMultipleRougeTypes", "rougeL", "testing one two", "testing one", 1, 2 / 3, 4 / 5, 7),
    ("testRougeEmpty", "rouge1", "testing one two", "", 0, 0, 0, 7),
    ("testRougeEmpty", "rouge2", "testing one two", "", 0, 0, 0, 7),
    ("testRougeEmpty", "rougeL", "testing one two", "", 0, 0, 0, 7),
    ("testRougeEmpty", "rougeLsum", "testing one two", "", 0, 0, 0, 7),
    ("testRougeLsum", "rougeLsum", "w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", 0.4, 0.8, 0.5333, 3),
    ("testRougeLsum", "rougeLsum", "w1 w2 w3 w4 w5", "", 0, 0, 0, 3),
    ("testRougeLsum", "rougeLsum", "", "w1", 0, 0, 0, 3),
    ("testRougeLsum", "rougeLsum", "w1 w2 w3 w4 w5", "/", 0, 0, 0, 3),
]


def rouge_cases():
    out = []
    for k, (test, rtype, target, pred, p, r, f, places) in enumerate(ROUGE_TESTS):
        got = rouge_scorer.RougeScorer([rtype]).score(target, pred)[rtype]
        exp = []
        for measure, value, field in (("precision", p, "precision"), ("recall", r, "recall"), ("f", f, "fmeasure")):
            exp.append({"metric": rtype, "params": {"measure": measure}, "value": float(value),
                        "abs": 0.5 * 10 ** -places, "recomputed": float(getattr(got, field)),
                        "source": "rouge/rouge_scorer_test.py::%s (assertAlmostEqual, places=%d)" % (test, places)})
        out.append(case("rouge-score rouge_scorer_test.py %s #%d" % (test, k), [pred], [[target]], exp))
    return out


def main():
    cases = bleu_cases() + chrf_cases() + ter_cases() + rouge_cases()
    for c in cases:
        for e in c["expected"]:
            assert abs(e["value"] - e["recomputed"]) <= e["abs"], (c["name"], e)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"generator": "tools/golden/generation_reference_tests.py",
                   "reference": "test vectors of sacreBLEU 2.6.0 (test/test_bleu.py, test_chrf.py, test_ter.py) "
                                "and rouge-score (rouge/rouge_scorer_test.py)", "cases": cases},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
