#!/usr/bin/env python3
"""Reference side of bench/text_vs_reference.sh and bench/text_e2e.sh: sacreBLEU BLEU + chrF, rouge-score
rouge1+rouge2+rougeL and sacreBLEU TER on the same TSV (hypothesis \\t reference). Needs sacreBLEU and rouge-score on
PYTHONPATH (see the .sh).

  /usr/bin/python3 bench/text_reference.py data.tsv [ter_rows]     # all three groups
  /usr/bin/python3 bench/text_reference.py data.tsv --only rouge   # rouge-score only (also times its imports + read)
  /usr/bin/python3 bench/text_reference.py data.tsv --only bleu    # sacreBLEU BLEU + chrF only (likewise)
"""
import sys
import time

START = time.time()


def read(path):
    hyps, refs = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            h, r = line.rstrip("\n").split("\t")
            hyps.append(h)
            refs.append(r)
    return hyps, refs


def bleu_chrf(hyps, refs, bleu, chrf):
    t, c = time.time(), time.process_time()
    b = bleu().corpus_score(hyps, [refs])
    ch = chrf().corpus_score(hyps, [refs])
    print("REFERENCE bleu+chrf: %.3f s (process CPU %.3f s) bleu=%r chrf=%r" % (
        time.time() - t, time.process_time() - c, b.score, ch.score), flush=True)


def rouge(hyps, refs, rouge_scorer):
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"])
    t, c = time.time(), time.process_time()
    s = [sc.score(r, h) for h, r in zip(hyps, refs)]
    el, cpu = time.time() - t, time.process_time() - c
    means = {k: sum(x[k].fmeasure for x in s) / len(s) for k in ["rouge1", "rouge2", "rougeL"]}
    print("REFERENCE rouge1+rouge2+rougeL: %.3f s (process CPU %.3f s) rouge1=%r rouge2=%r rougeL=%r" % (
        el, cpu, means["rouge1"], means["rouge2"], means["rougeL"]), flush=True)


def main():
    only = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--only" else None
    if only == "rouge":
        from rouge import rouge_scorer
        hyps, refs = read(sys.argv[1])
        before = time.time() - START
        rouge(hyps, refs, rouge_scorer)
    elif only == "bleu":
        from sacrebleu.metrics import BLEU, CHRF
        hyps, refs = read(sys.argv[1])
        before = time.time() - START
        bleu_chrf(hyps, refs, BLEU, CHRF)
    if only:
        print("REFERENCE %s imports + reading the TSV: %.3f s; whole script: %.3f s" % (
            only, before, time.time() - START), flush=True)
        return
    from sacrebleu.metrics import BLEU, CHRF, TER
    from rouge import rouge_scorer
    hyps, refs = read(sys.argv[1])
    bleu_chrf(hyps, refs, BLEU, CHRF)
    rouge(hyps, refs, rouge_scorer)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else len(hyps)
    t, c = time.time(), time.process_time()
    ter = TER().corpus_score(hyps[:n], [refs[:n]])
    print("REFERENCE ter (%d rows): %.3f s (process CPU %.3f s) ter=%r" % (
        n, time.time() - t, time.process_time() - c, ter.score), flush=True)


if __name__ == "__main__":
    main()
