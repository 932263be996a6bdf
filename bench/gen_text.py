#!/usr/bin/env python3
"""Seeded text pairs for bench/text_vs_reference.sh: N lines "hypothesis \\t reference", 8-30 words per reference
drawn from a Zipf-like vocabulary with punctuation and capitals; the hypothesis drops, substitutes, inserts and
moves words of the reference.

  /usr/bin/python3 bench/gen_text.py N out.tsv
"""
import random
import sys

rnd = random.Random(42)
BASE = ["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at",
        "from", "this", "be", "are", "have", "not", "but", "they", "which", "one", "all", "were", "there", "been"]
VOCAB = BASE + ["w%d" % i for i in range(5000)] + ["Running", "cats", "U.S.", "3.5", "1,000", "don't", "e-mail",
                                                     "(note)", "end.", "well,", "why?", "café", "naïve"]
WEIGHTS = [1.0 / (i + 1) for i in range(len(VOCAB))]


def sentence():
    return rnd.choices(VOCAB, WEIGHTS, k=rnd.randint(8, 30))


def hypothesis(ref):
    out = []
    for w in ref:
        x = rnd.random()
        if x < 0.1:
            continue
        out.append(rnd.choice(VOCAB) if x < 0.25 else w)
        if rnd.random() < 0.05:
            out.append(rnd.choice(VOCAB))
    if len(out) > 4 and rnd.random() < 0.3:
        i = rnd.randrange(len(out) - 3)
        block = out[i:i + 3]
        del out[i:i + 3]
        j = rnd.randint(0, len(out))
        out[j:j] = block
    return out


def main():
    n = int(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for _ in range(n):
            ref = sentence()
            hyp = hypothesis(ref)
            if rnd.random() < 0.5:
                ref[-1] += "."
                if hyp:
                    hyp[-1] += "."
            f.write(" ".join(hyp) + "\t" + " ".join(ref) + "\n")


if __name__ == "__main__":
    main()
