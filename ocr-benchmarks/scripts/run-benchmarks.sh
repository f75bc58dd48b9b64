#!/usr/bin/env bash
# Runs the JMH suite and openssl's AES-256-CBC speed on this machine, in one run, and writes
# BENCHMARKS.md (figures, ratios against the targets, and a chart) at the repository root.
#
#   ocr-benchmarks/scripts/run-benchmarks.sh            # full suite (about 25 minutes on 2 cores)
#   QUICK=1 ocr-benchmarks/scripts/run-benchmarks.sh    # shorter iterations, for a smoke run
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/ocr-benchmarks/target/bench"
mkdir -p "$out"

if [ ! -f ocr-benchmarks/target/benchmarks.jar ]; then
  mvn -B -q -DskipTests package -pl ocr-benchmarks -am
fi

jmh_opts=()
if [ "${QUICK:-0}" = 1 ]; then
  jmh_opts=(-wi 1 -i 2 -w 1 -r 1)
fi

echo "== openssl speed -evp aes-256-cbc" >&2
openssl speed -evp aes-256-cbc -seconds 3 2>/dev/null > "$out/openssl-speed.txt"
openssl version > "$out/openssl-version.txt"

echo "== JMH: seal and open (with -prof gc)" >&2
java -jar ocr-benchmarks/target/benchmarks.jar 'SealBenchmark|OpenBenchmark' \
  -prof gc "${jmh_opts[@]}" -rf json -rff "$out/crypto.json" | tee "$out/crypto.txt" >&2

echo "== JMH: round trip and mock throughput" >&2
if java -jar ocr-benchmarks/target/benchmarks.jar -l | grep -q 'RoundTripBenchmark\|MockThroughput'; then
  java -jar ocr-benchmarks/target/benchmarks.jar 'RoundTripBenchmark|MockThroughput' \
    "${jmh_opts[@]}" -rf json -rff "$out/http.json" | tee "$out/http.txt" >&2
fi

{
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores: $(nproc)"
  echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "os: $(uname -sr)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
} > "$out/machine.txt"

python3 ocr-benchmarks/scripts/report.py "$out" "$root/BENCHMARKS.md" "$root/ocr-benchmarks/seal-throughput.svg"
echo "wrote BENCHMARKS.md" >&2
