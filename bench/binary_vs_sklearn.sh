#!/usr/bin/env bash
# End-to-end benchmark: `verdict evaluate` vs pandas.read_csv + scikit-learn on the same 10M-row binary CSV
# and the same metrics (roc_auc, average_precision, log_loss, brier, accuracy, precision, recall, f1, mcc).
#
#   bash bench/binary_vs_sklearn.sh [ROWS]        (default 10000000)
#
# Needs Debian's python3-sklearn python3-pandas (run with /usr/bin/python3). Prints both wall times, the ratio
# and verdict's peak RSS.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-10000000}"
DATA="$ROOT/bench/data/binary_${ROWS}.csv"
PY=/usr/bin/python3
mkdir -p "$ROOT/bench/data"
if [ ! -f "$DATA" ]; then
  echo "generating $DATA ..."
  "$PY" "$ROOT/bench/gen_binary.py" "$ROWS" "$DATA"
fi
"$ROOT/verdict" --version >/dev/null   # build the jar first, outside the timing

echo "== verdict evaluate"
best_v=""
for i in 1 2 3; do
  s=$(date +%s.%N)
  /usr/bin/time -f "%M" -o /tmp/verdict_rss "$ROOT/verdict" evaluate --plan "$ROOT/bench/binary-plan.yaml" --data "$DATA" >/tmp/verdict_out
  e=$(date +%s.%N)
  t=$(echo "$e - $s" | bc -l)
  echo "  run $i: ${t} s, peak RSS $(( $(cat /tmp/verdict_rss) / 1024 )) MiB"
  if [ -z "$best_v" ] || (( $(echo "$t < $best_v" | bc -l) )); then best_v=$t; fi
done
cat /tmp/verdict_out

echo "== pandas + scikit-learn"
best_s=""
for i in 1 2; do
  out=$("$PY" "$ROOT/bench/sklearn_binary.py" "$DATA")
  t=$(echo "$out" | awk '/^TOTAL/ {print $2}')
  echo "  run $i: ${t} s"
  if [ -z "$best_s" ] || (( $(echo "$t < $best_s" | bc -l) )); then best_s=$t; fi
done
echo "$out"
echo "== best of runs: verdict ${best_v} s, sklearn ${best_s} s, speed-up $(echo "scale=2; $best_s / $best_v" | bc -l)x"
echo "   columns read: $(( ROWS * 16 / 1048576 )) MiB as doubles; verdict peak RSS: $(( $(cat /tmp/verdict_rss) / 1024 )) MiB"
