#!/usr/bin/env bash
# End-to-end text benchmark: `verdict evaluate` (fresh JVM through the ./verdict launcher, reading a JSON Lines file,
# as a user runs it) on the seeded pairs of bench/gen_text.py, next to rouge-score and sacreBLEU timed by
# bench/text_reference.py --only rouge|bleu on the same pairs. The reference prints its scoring time (the fairest
# comparison the issue names) and its whole script's time (Python imports + reading the TSV + scoring); Verdict's time
# is the whole command: JVM start, reading the file, scoring, printing.
#
#   SACREBLEU_SRC=/path/to/sacrebleu ROUGE_SRC=/path/to/rougepkg bash bench/text_e2e.sh [ROWS] [RUNS]
#
# See bench/text_vs_reference.sh for how to obtain the reference tools (not part of this repository). The machine's
# load average is printed with every figure: on a shared 2-core machine, Verdict's two reading/scoring threads need
# the second core.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-100000}"
RUNS="${2:-5}"
PY=/usr/bin/python3
: "${SACREBLEU_SRC:?set SACREBLEU_SRC (see bench/text_vs_reference.sh)}"
: "${ROUGE_SRC:?set ROUGE_SRC (see bench/text_vs_reference.sh)}"
mkdir -p "$ROOT/bench/data"
TSV="$ROOT/bench/data/text_${ROWS}.tsv"
JSONL="$ROOT/bench/data/text_${ROWS}.jsonl"
[ -f "$TSV" ] || "$PY" "$ROOT/bench/gen_text.py" "$ROWS" "$TSV"
[ -f "$JSONL" ] || "$PY" - "$TSV" "$JSONL" <<'PYEOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, line in enumerate(f):
        h, r = line.rstrip("\n").split("\t")
        out.write(json.dumps({"id": i, "hyp": h, "refs": [r]}, ensure_ascii=False) + "\n")
PYEOF
cat > "$ROOT/bench/data/text-bleu-chrf.yaml" <<'YAML'
task: generation
data: {path: text.jsonl, prediction: hyp, references: refs}
metrics:
  - {name: bleu}
  - {name: chrf}
YAML
cat > "$ROOT/bench/data/text-rouge.yaml" <<'YAML'
task: generation
data: {path: text.jsonl, prediction: hyp, references: refs}
metrics:
  - {name: rouge1}
  - {name: rouge2}
  - {name: rougeL}
YAML
"$ROOT/verdict" --version >/dev/null   # builds the jar and the class-data archive outside the timing
load() { cut -d' ' -f1 /proc/loadavg; }

# best_of LABEL ENV... : RUNS fresh runs of `verdict evaluate`; prints each wall / CPU time and the best wall time
best_of() {
  local label=$1 plan=$2; shift 2
  local best="" walls=""
  for _ in $(seq "$RUNS"); do
    env "$@" /usr/bin/time -f "%e %U %S" -o /tmp/verdict_e2e.time "$ROOT/verdict" evaluate \
      --plan "$ROOT/bench/data/$plan.yaml" --data "$JSONL" > /tmp/verdict_e2e_$plan.out
    read -r w u s < /tmp/verdict_e2e.time
    walls="$walls $w/$(echo "$u + $s" | bc -l)"
    if [ -z "$best" ] || (( $(echo "$w < $best" | bc -l) )); then best=$w; fi
  done
  echo "VERDICT $label: best of $RUNS fresh runs $best s (wall/CPU:$walls; load $(load))" >&2
  echo "$best"
}

ref() { # ref rouge|bleu : the reference's scoring and whole-script times
  PYTHONPATH="$SACREBLEU_SRC:$ROUGE_SRC" "$PY" "$ROOT/bench/text_reference.py" "$TSV" --only "$1" \
    | tee /tmp/verdict_e2e_ref_$1.out >&2
  echo "  (load $(load))" >&2
}

for group in rouge bleu; do
  plan=$([ $group = rouge ] && echo text-rouge || echo text-bleu-chrf)
  v=$(best_of "$plan" "$plan" VERDICT_CDS=on)
  grep -E "^(bleu|chrf|rouge)" /tmp/verdict_e2e_$plan.out
  ref $group
  v2=$(best_of "$plan (again, after the reference)" "$plan" VERDICT_CDS=on)
  best=$(echo "if ($v2 < $v) $v2 else $v" | bc -l)
  score=$(sed -n 's/^REFERENCE [A-Za-z0-9+]*: \([0-9.]*\) s.*/\1/p' /tmp/verdict_e2e_ref_$group.out)
  whole=$(sed -n 's/.*whole script: \([0-9.]*\) s.*/\1/p' /tmp/verdict_e2e_ref_$group.out)
  printf "RATIO %s: reference scoring %.2f s / verdict %.2f s = %.1fx; reference whole script %.2f s / verdict = %.1fx\n" \
    "$group" "$score" "$best" "$(echo "$score / $best" | bc -l)" "$whole" "$(echo "$whole / $best" | bc -l)"
done
if [ "${WITH_DUCKDB:-0}" = 1 ]; then
  best_of "text-rouge read by DuckDB (-Dverdict.jsonReader=duckdb)" text-rouge \
    VERDICT_JAVA_OPTS="-XX:+UseSerialGC -Xmn160m -XX:PretenureSizeThreshold=1m -XX:TieredStopAtLevel=1 -Dverdict.jsonReader=duckdb" \
    >/dev/null
fi
