#!/usr/bin/env bash
# End-to-end benchmark: `verdict evaluate` (ranking plan on TREC files) vs trec_eval on the same run and qrels,
# measures map, ndcg, P_10 and recip_rank.
#
#   bash bench/ranking_vs_trec_eval.sh [QUERIES] [DOCS_PER_QUERY]      (default 10000 x 1000 = 10M run lines)
#   FULL=1 bash bench/ranking_vs_trec_eval.sh    trec_eval's default measure set (bench/ranking-plan-full.yaml)
#
# TREC_EVAL overrides the trec_eval binary (default /tmp/trec_eval/trec_eval; build it from
# github.com/usnistgov/trec_eval with `make`). Data goes to bench/data/ranking (not committed). Prints the best of
# wall times of each tool (RUNS, default 3, alternating) and the speed-up trec_eval / verdict.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
Q="${1:-10000}"
D="${2:-1000}"
TREC_EVAL="${TREC_EVAL:-/tmp/trec_eval/trec_eval}"
DATA="$ROOT/bench/data/ranking"
if [ ! -f "$DATA/run.txt" ] || [ "$(cat "$DATA/size" 2>/dev/null)" != "${Q}x${D}" ]; then
  echo "generating $DATA (${Q} queries x ${D} documents) ..."
  python3 "$ROOT/bench/gen_ranking.py" "$Q" "$D" "$DATA"
  echo "${Q}x${D}" > "$DATA/size"
fi
"$ROOT/verdict" --version >/dev/null   # build the jar first, outside the timing

# Runs the two tools alternately (verdict, trec_eval, verdict, ...) so both see the same machine load; prints each
# run's wall and CPU (user + sys) time and the best wall time of each tool.
RUNS="${RUNS:-3}"
if [ "${FULL:-0}" = 1 ]; then   # trec_eval's default measure set
  PLAN="$ROOT/bench/ranking-plan-full.yaml"; MEASURES=()
else                             # map, ndcg, P_10, recip_rank
  PLAN="$ROOT/bench/ranking-plan.yaml"; MEASURES=(-m map -m ndcg -m P.10 -m recip_rank)
fi
timed() { # wall and CPU seconds of "$@" -> "wall cpu", output in /tmp/ranking_bench_out
  /usr/bin/time -f "%e %U %S" -o /tmp/ranking_bench_time "$@" >/tmp/ranking_bench_out
  awk '{printf "%.2f %.2f", $1, $2 + $3}' /tmp/ranking_bench_time
}
bv=""; bt=""
for i in $(seq "$RUNS"); do
  read -r w c <<<"$(timed "$ROOT/verdict" evaluate --plan "$PLAN")"
  cp /tmp/ranking_bench_out /tmp/ranking_bench_verdict
  echo "  run $i verdict:   wall $w s, cpu $c s (load $(cut -d' ' -f1 /proc/loadavg))"
  if [ -z "$bv" ] || (( $(echo "$w < $bv" | bc -l) )); then bv=$w; fi
  read -r w c <<<"$(timed "$TREC_EVAL" "${MEASURES[@]}" "$DATA/qrels.txt" "$DATA/run.txt")"
  cp /tmp/ranking_bench_out /tmp/ranking_bench_trec
  echo "  run $i trec_eval: wall $w s, cpu $c s"
  if [ -z "$bt" ] || (( $(echo "$w < $bt" | bc -l) )); then bt=$w; fi
done
echo "== verdict evaluate (last run)"
cat /tmp/ranking_bench_verdict
echo "== trec_eval (last run)"
cat /tmp/ranking_bench_trec
printf "best wall: verdict %.2f s, trec_eval %.2f s; trec_eval / verdict = %.2fx\n" "$bv" "$bt" "$(echo "$bt / $bv" | bc -l)"
