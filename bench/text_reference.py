#!/usr/bin/env python3
"""Reference side of bench/text_vs_reference.sh: sacreBLEU BLEU + chrF, rouge-score rouge1+rouge2+rougeL and
sacreBLEU TER on the same TSV (hypothesis \\t reference). Needs sacreBLEU and rouge-score on PYTHONPATH (see the .sh).

  /usr/bin/python3 bench/text_reference.py data.tsv [ter_rows]
"""
import sys
import time

from sacrebleu.metrics import BLEU, CHRF, TER
from rouge import rouge_scorer


def main():
    hyps, refs = [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            h, r = line.rstrip("\n").split("\t")
            hyps.append(h)
            refs.append(r)
    t, c = time.time(), time.process_time()
    b = BLEU().corpus_score(hyps, [refs])
    ch = CHRF().corpus_score(hyps, [refs])
    print("REFERENCE bleu+chrf: %.3f s (process CPU %.3f s) bleu=%r chrf=%r" % (
        time.time() - t, time.process_time() - c, b.score, ch.score), flush=True)
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])
    t, c = time.time(), time.process_time()
    s = [sc.score(r, h) for h, r in zip(hyps, refs)]
    el, cpu = time.time() - t, time.process_time() - c
    means = {k: sum(x[k].fmeasure for x in s) / len(s) for k in ["rouge1", "rouge2", "rougeL"]}
    print("REFERENCE rouge1+rouge2+rougeL: %.3f s (process CPU %.3f s) rouge1=%r rouge2=%r rougeL=%r" % (
        el, cpu, means["rouge1"], means["rouge2"], means["rougeL"]), flush=True)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else len(hyps)
    t, c = time.time(), time.process_time()
    ter = TER().corpus_score(hyps[:n], [refs[:n]])
    print("REFERENCE ter (%d rows): %.3f s (process CPU %.3f s) ter=%r" % (
        n, time.time() - t, time.process_time() - c, ter.score), flush=True)


if __name__ == "__main__":
    main()
