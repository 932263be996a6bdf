#!/usr/bin/env bash
# End-to-end benchmark: `verdict evaluate` (ranking plan on TREC files) vs trec_eval on the same run and qrels,
# measures map, ndcg, P_10 and recip_rank.
#
#   bash bench/ranking_vs_trec_eval.sh [QUERIES] [DOCS_PER_QUERY]      (default 10000 x 1000 = 10M run lines)
#
# TREC_EVAL overrides the trec_eval binary (default /tmp/trec_eval/trec_eval; build it from
# github.com/usnistgov/trec_eval with `make`). Data goes to bench/data/ranking (not committed). Prints the best of
# 3 wall times of each tool and the ratio verdict / trec_eval.
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

best() { # best of 3 wall times of "$@", output of the last run in /tmp/ranking_bench_out
  local b=""
  for i in 1 2 3; do
    local s e t
    s=$(date +%s.%N)
    "$@" >/tmp/ranking_bench_out
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    echo "  run $i: $t s" >&2
    if [ -z "$b" ] || (( $(echo "$t < $b" | bc -l) )); then b=$t; fi
  done
  echo "$b"
}

echo "== verdict evaluate"
tv=$(best "$ROOT/verdict" evaluate --plan "$ROOT/bench/ranking-plan.yaml")
cat /tmp/ranking_bench_out
echo "== trec_eval"
tt=$(best "$TREC_EVAL" -m map -m ndcg -m P.10 -m recip_rank "$DATA/qrels.txt" "$DATA/run.txt")
cat /tmp/ranking_bench_out
printf "verdict %.2f s, trec_eval %.2f s, ratio verdict/trec_eval %.2f\n" "$tv" "$tt" "$(echo "$tv / $tt" | bc -l)"
