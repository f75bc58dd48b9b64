#!/bin/sh
# Start-up (issue 15): bin/ocr from the unpacked distribution, 5 runs of each command with and
# without the CDS archive; the median, min and max of the wall time, and the median CPU time
# (user + system: on a shared machine the wall time also measures the neighbours). Then the mock
# ready (mock-ready.py: from process start to its first answer, polled from this machine):
# `java -jar` of the mock jar as a user types it, the same with a CDS archive made here
# (-XX:ArchiveClassesAtExit, as the README shows), and `ocr mock` through bin/ocr, CDS on and off.
#
#   ocr-cli/scripts/startup.sh        (after: ./mvnw -o -q package -pl ocr-mock-server,ocr-cli -am -DskipTests)
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
mockjar=$root/ocr-mock-server/target/ocr-mock-server.jar
ready="python3 $root/ocr-cli/scripts/mock-ready.py --runs 5"
$ready --label "mock jar, java -jar              " -- java -jar "$mockjar"
# The archive's training run: one start, stopped by SIGTERM once it listens (the JVM writes it at exit).
java -XX:ArchiveClassesAtExit="$work/mock.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$mockjar" --port 0 \
  >"$work/train.out" 2>&1 &
train=$!
until grep -q "listening on" "$work/train.out"; do sleep 0.1; done
kill "$train"; wait "$train" || true
$ready --label "mock jar, java -jar, CDS archive " -- java -XX:SharedArchiveFile="$work/mock.jsa" -Xshare:auto \
  -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$mockjar"
for cds in on off; do
  OCR_CDS=$cds $ready --label "ocr mock (bin/ocr), CDS $cds      " -- "$ocr" mock
done
echo "load after: $(cat /proc/loadavg)"
