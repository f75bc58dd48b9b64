#!/usr/bin/env bash
# Runs the JMH suite and openssl's AES-256-CBC speed on this machine, in one run, and writes
# BENCHMARKS.md (figures, the targets reached or not, and a chart) at the repository root.
#
#   ocr-benchmarks/scripts/run-benchmarks.sh           # full suite, about 7 minutes on 2 cores: run it on a quiet machine
#   ocr-benchmarks/scripts/run-benchmarks.sh --quick   # about two minutes, to see that it all works
#
# QUICK=1 in the environment is the same as --quick. SKIP_BUILD=1 reuses the existing
# ocr-benchmarks/target/benchmarks.jar instead of building it first.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

quick="${QUICK:-0}"
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

out="$root/ocr-benchmarks/target/bench"
mkdir -p "$out"
# Results of an earlier run must not end up in this run's report.
rm -f "$out"/crypto.json "$out"/http.json "$out"/crypto.txt "$out"/http.txt "$out"/quick.txt

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f ocr-benchmarks/target/benchmarks.jar ]; then
  echo "== building ocr-benchmarks/target/benchmarks.jar" >&2
  mvn -B -q -DskipTests package -pl ocr-benchmarks -am
fi
jar=ocr-benchmarks/target/benchmarks.jar

# -foe: a benchmark that fails stops the run, rather than leaving a hole in the report.
jmh_opts=(-foe true)
crypto_params=()
http_params=()
openssl_opts=(-seconds 3)
if [ "$quick" = 1 ]; then
  # One short warm-up, two short iterations, and only the image sizes the targets are judged at.
  jmh_opts+=(-wi 1 -i 2 -w 1 -r 1)
  crypto_params=(-p imageBytes=1048576,5242880)
  http_params=(-p imageBytes=1048576)
  openssl_opts=(-seconds 1 -bytes 16384)
  echo "quick" > "$out/quick.txt"
fi

# Another busy process makes every figure meaningless: the report shows what the load was.
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "== openssl speed -evp aes-256-cbc" >&2
openssl speed -evp aes-256-cbc "${openssl_opts[@]}" 2>/dev/null > "$out/openssl-speed.txt"
openssl version > "$out/openssl-version.txt"

echo "== JMH: seal and open (with -prof gc)" >&2
java -jar "$jar" 'SealBenchmark|OpenBenchmark' \
  -prof gc "${jmh_opts[@]}" "${crypto_params[@]}" -rf json -rff "$out/crypto.json" | tee "$out/crypto.txt" >&2

echo "== JMH: SDK round trip and mock throughput" >&2
java -jar "$jar" 'RoundTripBenchmark|MockThroughput' \
  "${jmh_opts[@]}" "${http_params[@]}" -rf json -rff "$out/http.json" | tee "$out/http.txt" >&2

{
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores: $(nproc)"
  echo "load average (1, 5, 15 min) before the run: $load_before"
  echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "os: $(uname -sr)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
} > "$out/machine.txt"

python3 ocr-benchmarks/scripts/report.py "$out" "$root/BENCHMARKS.md" "$root/ocr-benchmarks/seal-throughput.svg"
echo "wrote BENCHMARKS.md" >&2
