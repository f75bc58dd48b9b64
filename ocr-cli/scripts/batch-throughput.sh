#!/bin/sh
# Batch throughput (issue 15): `ocr scan credit-card DIR --mock --concurrency 16` over N sample
# images, against the mock's own capacity measured by mock-load.py (the mock jar in its own JVM,
# 16 keep-alive connections, images of the same size) before the first run and after each: on a
# shared machine the load drifts, so each run is compared with the capacity measured on either
# side of it. Prints each run's rate and ratio, their median with min and max, and the load.
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
caps=$(capacity)
echo "mock capacity: $caps req/s (16 connections, $kb KiB images)"
rates=""
i=1
while [ "$i" -le "$runs" ]; do
  start=$(date +%s.%N)
  java -jar "$jar" scan credit-card "$work/images" --mock --concurrency "$concurrency" \
    --output "$work/run-$i.jsonl" > "$work/summary-$i.txt" 2>/dev/null || true
  end=$(date +%s.%N)
  rate=$(sed -n 's/.*files scanned in .* (\(.*\)\/s).*/\1/p' "$work/summary-$i.txt")
  wall=$(echo "$start $end $n" | awk '{ printf "%.1f", $3 / ($2 - $1) }')
  ok=$(grep -c '"outcome":"ok"' "$work/run-$i.jsonl" || true)
  cap=$(capacity)
  echo "batch run $i: $rate files/s while scanning ($wall with JVM start), $ok/$n ok; mock capacity after: $cap req/s"
  rates="$rates $rate"
  caps="$caps $cap"
  i=$((i + 1))
done
echo "load after: $(cat /proc/loadavg)"
python3 -c '
import statistics, sys
n = int(sys.argv[1]); caps = [float(c) for c in sys.argv[2:n + 3]]; rates = [float(r) for r in sys.argv[n + 3:]]
ratios = [r / ((caps[i] + caps[i + 1]) / 2) for i, r in enumerate(rates)]
print("batch %.1f files/s median (min %.1f, max %.1f); capacity %.1f req/s median (min %.1f, max %.1f)"
      % (statistics.median(rates), min(rates), max(rates), statistics.median(caps), min(caps), max(caps)))
print("ratio to the capacity on either side: median %.0f%% (min %.0f%%, max %.0f%%)"
      % (100 * statistics.median(ratios), 100 * min(ratios), 100 * max(ratios)))' "$runs" $caps $rates
