#!/usr/bin/env bash
# Bootstrap speed: verdict-stats (sort once, one weighted O(n) pass per resample) versus the naive loop
# (resample indices, call scikit-learn's metric), side by side on the same 1M rows.
#
#   [METRICS="roc_auc average_precision"] bash bench/bootstrap_vs_sklearn.sh [ROWS] [RESAMPLES] [SKLEARN_RESAMPLES]
#   (defaults 1000000 1000 50)
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
for METRIC in ${METRICS:-roc_auc average_precision}; do
  for METHOD in percentile bca; do
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
