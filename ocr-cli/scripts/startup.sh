#!/bin/sh
# Start-up (issue 15): bin/ocr from the unpacked distribution, 5 runs of each command with and
# without the CDS archive; the median, min and max of the wall time, and the median CPU time
# (user + system: on a shared machine the wall time also measures the neighbours).
#
#   ocr-cli/scripts/startup.sh        (after: ./mvnw -o -q package -pl ocr-cli -am -DskipTests)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$root"/ocr-cli/target/ocr-cli-*.tar.gz -C "$work"
ocr=$(ls -d "$work"/ocr-cli-*/bin/ocr)
export XDG_CACHE_HOME="$work/cache"
java -cp "$work"/ocr-cli-*/lib/ocr-cli.jar "$root/ocr-cli/scripts/SampleBatch.java" "$work/images" 1
image=$work/images/card-0000.png
"$ocr" --version >/dev/null
while ! ls "$XDG_CACHE_HOME"/ocrkit/cds/*.jsa >/dev/null 2>&1; do sleep 1; done  # the first launch's training run
echo "load before: $(cat /proc/loadavg)"
for cds in on off; do
  for cmd in "--version" "scan credit-card --mock $image" "demo"; do
    runs=""
    for i in 1 2 3 4 5; do
      # shellcheck disable=SC2086
      runs="$runs $(OCR_CDS=$cds /usr/bin/time -f '%e,%U,%S' "$ocr" $cmd 2>&1 >/dev/null | tail -1)"
    done
    python3 -c '
import statistics, sys
runs = [tuple(map(float, r.split(","))) for r in sys.argv[3:]]
wall = sorted(w for w, _, _ in runs); cpu = statistics.median(u + s for _, u, s in runs)
print("CDS %-3s %-26s wall median %.2f s (min %.2f, max %.2f), CPU median %.2f s"
      % (sys.argv[1], sys.argv[2], statistics.median(wall), wall[0], wall[-1], cpu))' "$cds" "$(echo "$cmd" | cut -c1-26)" $runs
  done
done
echo "load after: $(cat /proc/loadavg)"
