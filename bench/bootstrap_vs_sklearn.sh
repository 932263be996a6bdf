#!/usr/bin/env bash
# Bootstrap speed: verdict-stats (sort once, one weighted O(n) pass per resample) versus the naive loop
# (resample indices, call scikit-learn's metric), side by side on the same 1M rows.
#
#   [METRICS="roc_auc average_precision ndcg"] [QUERIES=10000 DOCS=100 NDCG_SKLEARN_RESAMPLES=20] \
#     bash bench/bootstrap_vs_sklearn.sh [ROWS] [RESAMPLES] [SKLEARN_RESAMPLES]
#   (defaults 1000000 1000 50)
#
# ndcg: QUERIES x DOCS rows (graded relevance 0..3, continuous scores, no ties); the unit is the query. verdict resamples
# queries (clustered bootstrap by query) through MetricCatalog + ConfidenceIntervals; the naive loop draws query indices
# and calls sklearn.metrics.ndcg_score on the (queries x documents) matrices of the drawn queries. Before timing, the
# per-query ndcg of verdict (trec_eval's definition) is checked against sklearn's on the same data.
#
# The sklearn side runs SKLEARN_RESAMPLES resamples and is scaled linearly to RESAMPLES (it prints that it does).
# Both wall and CPU time are reported: on a shared machine the wall ratio moves with the load of other jobs, the CPU
# ratio much less (verdict's CPU time sums its worker threads, so that ratio is conservative).
# Needs Debian's python3-sklearn (/usr/bin/python3) and the shaded jar: mvn -B -q -o -pl verdict-bench -am package
# -DskipTests
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-1000000}"
B="${2:-1000}"
BS="${3:-50}"
PY=/usr/bin/python3
JAR="$ROOT/verdict-bench/target/benchmarks.jar"
DATA="$ROOT/bench/data/bootstrap_${ROWS}.bin"
OUT="$(mktemp -d)"
mkdir -p "$ROOT/bench/data"
[ -f "$DATA" ] || "$PY" "$ROOT/bench/bootstrap_vs_sklearn.py" gen "$ROWS" "$DATA"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -o -pl verdict-bench -am package -DskipTests)
echo "machine: $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg) (both sides suffer the same load)"
QUERIES="${QUERIES:-10000}"
DOCS="${DOCS:-100}"
NBS="${NDCG_SKLEARN_RESAMPLES:-20}"
RDATA="$ROOT/bench/data/ranking_${QUERIES}x${DOCS}.bin"
for METRIC in ${METRICS:-roc_auc average_precision ndcg}; do
  if [ "$METRIC" = ndcg ]; then
    [ -f "$RDATA" ] || "$PY" "$ROOT/bench/bootstrap_vs_sklearn.py" gen_ranking "$QUERIES" "$DOCS" "$RDATA"
    java -Xmx4g -cp "$JAR" dev.verdict.bench.BootstrapVsNaive "$RDATA" ndcg 1 percentile 1 "$OUT/per_query.txt" \
      > /dev/null
    "$PY" "$ROOT/bench/bootstrap_vs_sklearn.py" check_ndcg "$RDATA" "$QUERIES" "$DOCS" "$OUT/per_query.txt"
  fi
  for METHOD in percentile bca; do
    if [ "$METRIC" = ndcg ]; then
      echo "== verdict-stats ndcg $METHOD, $QUERIES queries x $DOCS docs, $B resamples of queries"
      java -Xmx4g -cp "$JAR" dev.verdict.bench.BootstrapVsNaive "$RDATA" ndcg "$B" "$METHOD" > "$OUT/java.txt"
      cat "$OUT/java.txt"
      j=$(awk '/^JAVA_SECONDS/ {v=$2} END {print v}' "$OUT/java.txt")
      jc=$(awk '/^JAVA_CPU_SECONDS/ {v=$2} END {print v}' "$OUT/java.txt")
      echo "== sklearn naive loop ndcg ($NBS resamples of queries, scaled to $B)"
      "$PY" "$ROOT/bench/bootstrap_vs_sklearn.py" run_ndcg "$RDATA" "$QUERIES" "$DOCS" "$NBS" "$B" > "$OUT/sklearn.txt"
      cat "$OUT/sklearn.txt"
      s=$(awk '/^SKLEARN_SECONDS/ {print $2}' "$OUT/sklearn.txt")
      sc=$(awk '/^SKLEARN_CPU_SECONDS/ {print $2}' "$OUT/sklearn.txt")
      echo "RESULT ndcg $METHOD: wall verdict ${j} s (2nd run), sklearn ${s} s (scaled): $(echo "$s / $j" | bc -l | cut -c1-6)x;" \
        "CPU verdict ${jc} s (all threads), sklearn ${sc} s: $(echo "$sc / $jc" | bc -l | cut -c1-6)x"
      continue
    fi
    echo "== verdict-stats $METRIC $METHOD, $ROWS rows, $B resamples"
    java -Xmx4g -cp "$JAR" dev.verdict.bench.BootstrapVsNaive "$DATA" "$METRIC" "$B" "$METHOD" > "$OUT/java.txt"
    cat "$OUT/java.txt"
    j=$(awk '/^JAVA_SECONDS/ {v=$2} END {print v}' "$OUT/java.txt")
    jc=$(awk '/^JAVA_CPU_SECONDS/ {v=$2} END {print v}' "$OUT/java.txt")
    echo "== sklearn naive loop $METRIC ($BS resamples, scaled to $B)"
    "$PY" "$ROOT/bench/bootstrap_vs_sklearn.py" run "$DATA" "$METRIC" "$BS" "$B" > "$OUT/sklearn.txt"
    cat "$OUT/sklearn.txt"
    s=$(awk '/^SKLEARN_SECONDS/ {print $2}' "$OUT/sklearn.txt")
    sc=$(awk '/^SKLEARN_CPU_SECONDS/ {print $2}' "$OUT/sklearn.txt")
    echo "RESULT $METRIC $METHOD: wall verdict ${j} s (2nd run), sklearn ${s} s (scaled): $(echo "$s / $j" | bc -l | cut -c1-6)x;" \
      "CPU verdict ${jc} s (all threads), sklearn ${sc} s: $(echo "$sc / $jc" | bc -l | cut -c1-6)x"
  done
done
