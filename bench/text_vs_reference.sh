#!/usr/bin/env bash
# Side-by-side: Verdict's text metrics (public API, verdict-bench TextBench) vs sacreBLEU 2.6.0 and rouge-score on the
# same seeded pairs.
#
#   SACREBLEU_SRC=/path/to/sacrebleu ROUGE_SRC=/path/to/rougepkg bash bench/text_vs_reference.sh [ROWS] [TER_ROWS]
#
# The reference tools are NOT part of this repository. Obtain local copies:
#   SACREBLEU_SRC: a checkout of github.com/mjpost/sacrebleu (v2.6.0, commit f615c72) - the directory that contains
#                  the `sacrebleu` package; it needs Debian's python3-regex python3-tabulate python3-portalocker
#                  python3-colorama python3-lxml (and sacrebleu/version.py with __version__ = "2.6.0" if absent).
#   ROUGE_SRC:     a directory containing the package `rouge` = google-research/google-research rouge/
#                  {rouge_scorer,scoring,tokenize,tokenizers}.py (PyPI rouge-score 0.1.2 logic) and python3-nltk.
#   (In the Verdict sandbox these came from the code-search tool's `fetch` / `read_file`; any git clone works.)
# Runs with Debian's /usr/bin/python3. Defaults: 100000 rows; TER on the first 20000 rows (sacreBLEU's TER is slow).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-100000}"
TER_ROWS="${2:-20000}"
PY=/usr/bin/python3
: "${SACREBLEU_SRC:?set SACREBLEU_SRC to a local sacreBLEU checkout (see the header of this script)}"
: "${ROUGE_SRC:?set ROUGE_SRC to a directory holding the rouge package (see the header of this script)}"
DATA="$ROOT/bench/data/text_${ROWS}.tsv"
mkdir -p "$ROOT/bench/data"
[ -f "$DATA" ] || "$PY" "$ROOT/bench/gen_text.py" "$ROWS" "$DATA"
head -n "$TER_ROWS" "$DATA" > "$ROOT/bench/data/text_${ROWS}_ter.tsv"
JAR="$ROOT/verdict-bench/target/benchmarks.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q -o -pl verdict-bench -am package -DskipTests)
fi

echo "== Verdict (JVM, in-process times; run 1 includes JIT warm-up)"
s=$(date +%s.%N)
java -cp "$JAR" dev.verdict.bench.TextBench "$DATA" 5 bleu,rouge | tee /tmp/verdict_text.out
java -cp "$JAR" dev.verdict.bench.TextBench "$ROOT/bench/data/text_${ROWS}_ter.tsv" 3 ter | tee -a /tmp/verdict_text.out
e=$(date +%s.%N)
echo "   (both JVMs incl. startup, file reading and all repetitions: $(echo "$e - $s" | bc -l) s)"

echo "== Reference (sacreBLEU, rouge-score)"
PYTHONPATH="$SACREBLEU_SRC:$ROUGE_SRC" "$PY" "$ROOT/bench/text_reference.py" "$DATA" "$TER_ROWS" | tee /tmp/ref_text.out

echo "== Ratios (reference / Verdict; Verdict run 1 = fresh JVM incl. JIT, best = best of the repetitions)"
num() { sed "s/.*: \([0-9.]*\) s (process CPU \([0-9.]*\) s).*/\\$1/"; }
for g in "bleu+chrf" "rouge1+rouge2+rougeL" "ter"; do
  for k in 1 2; do
    what=$([ $k = 1 ] && echo "wall" || echo "CPU ")
    ref=$(grep "^REFERENCE $g" /tmp/ref_text.out | num $k)
    first=$(grep "^VERDICT $g run 1:" /tmp/verdict_text.out | num $k)
    best=$(grep "^VERDICT $g run" /tmp/verdict_text.out | num $k | sort -g | head -1)
    printf "  %-22s %s reference %8.3f s | verdict run 1 %7.3f s, best %7.3f s | x%.1f run 1, x%.1f best\n" "$g" \
      "$what" "$ref" "$first" "$best" "$(echo "$ref / $first" | bc -l)" "$(echo "$ref / $best" | bc -l)"
  done
done
