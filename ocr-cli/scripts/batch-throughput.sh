#!/bin/sh
# Batch throughput (issue 15): `ocr scan credit-card DIR --mock --concurrency 16` over N sample
# images, against the mock's own capacity measured right before and after by mock-load.py
# (the mock jar in its own JVM, 16 keep-alive connections, images of the same size). Prints each
# run's rate, the capacity, their ratio, and the load average before and after.
#
#   ocr-cli/scripts/batch-throughput.sh            (after: ./mvnw -o -q package -pl ocr-cli -am -DskipTests)
#   N=1000 RUNS=3 CONCURRENCY=16 ocr-cli/scripts/batch-throughput.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/ocr-cli/target/ocr-cli.jar
mock_jar=$root/ocr-mock-server/target/ocr-mock-server.jar
n=${N:-1000}
runs=${RUNS:-3}
concurrency=${CONCURRENCY:-16}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp "$jar" "$root/ocr-cli/scripts/SampleBatch.java" "$work/images" "$n"
kb=$(( $(wc -c < "$work/images/card-0000.png") / 1024 ))

echo "load before: $(cat /proc/loadavg)"
capacity() {
  python3 "$root/ocr-benchmarks/scripts/mock-load.py" "$mock_jar" --conns 16 --seconds 10 --image-kb "$kb" --json \
    | python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["phases"][0]["rps"])'
}
before=$(capacity)
echo "mock capacity before: $before req/s (16 connections, $kb KiB images)"
i=1
rates=""
while [ "$i" -le "$runs" ]; do
  start=$(date +%s.%N)
  java -jar "$jar" scan credit-card "$work/images" --mock --concurrency "$concurrency" \
    --output "$work/run-$i.jsonl" > "$work/summary-$i.txt" 2>/dev/null || true
  end=$(date +%s.%N)
  rate=$(sed -n 's/.*files scanned in .* (\(.*\)\/s).*/\1/p' "$work/summary-$i.txt")
  wall=$(echo "$start $end $n" | awk '{ printf "%.1f", $3 / ($2 - $1) }')
  ok=$(grep -c '"outcome":"ok"' "$work/run-$i.jsonl" || true)
  echo "batch run $i: $rate files/s while scanning, $wall files/s with JVM start, $ok/$n ok"
  rates="$rates $rate"
  i=$((i + 1))
done
after=$(capacity)
echo "mock capacity after: $after req/s"
echo "load after: $(cat /proc/loadavg)"
python3 -c '
import statistics, sys
before, after, rates = float(sys.argv[1]), float(sys.argv[2]), sorted(float(r) for r in sys.argv[3:])
cap, med = (before + after) / 2, statistics.median(rates)
print("median %.1f files/s (min %.1f, max %.1f) = %.0f%% of the mock capacity %.1f req/s (before %.1f, after %.1f)"
      % (med, rates[0], rates[-1], 100 * med / cap, cap, before, after))' "$before" "$after" $rates
