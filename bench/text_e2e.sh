#!/usr/bin/env bash
# End-to-end text benchmark: `verdict evaluate` (fresh JVM, reading a JSON Lines file, as a user runs it) on the
# seeded pairs of bench/gen_text.py, next to sacreBLEU / rouge-score timed by bench/text_reference.py on the same
# pairs (their time excludes reading the TSV; ours includes JVM start, reading and writing the table).
#
#   SACREBLEU_SRC=/path/to/sacrebleu ROUGE_SRC=/path/to/rougepkg bash bench/text_e2e.sh [ROWS]
#
# See bench/text_vs_reference.sh for how to obtain the reference tools (not part of this repository).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-100000}"
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
"$ROOT/verdict" --version >/dev/null
for plan in text-bleu-chrf text-rouge; do
  best=""
  for i in 1 2 3; do
    s=$(date +%s.%N)
    "$ROOT/verdict" evaluate --plan "$ROOT/bench/data/$plan.yaml" --data "$JSONL" > /tmp/verdict_$plan.out
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  echo "VERDICT $plan: best of 3 fresh runs $best s"
  grep -E "^(bleu|chrf|rouge)" /tmp/verdict_$plan.out
done
PYTHONPATH="$SACREBLEU_SRC:$ROUGE_SRC" "$PY" "$ROOT/bench/text_reference.py" "$TSV" 1000 | grep -E "REFERENCE (bleu|rouge)"
