#!/usr/bin/env bash
# Measures the mock and the SDK on this machine, in one run, and writes BENCHMARKS.md and its charts:
#   - the floor: the envelope's primitives with the JDK's providers (Floor), openssl speed beside them;
#   - the mock jar in its own JVM, loaded from a separate process (mock-load.py) at 1, 4 and 16
#     connections, 20 KB and 200 KB: req/s, p50/p99, the mock's and the loader's CPU per request;
#   - the mock jar ready: 5 starts, process start to its first answer (ocr-benchmarks/scripts/mock-ready.py);
#   - the SDK's sync scan against a bare post, interleaved in one JVM against one mock (SdkVsBare);
#   - batches: `ocr scan --output` with the embedded mock against the mock jar's capacity (batch-load.py);
#   - start-up: bin/ocr's commands, with and without its CDS archive (startup.py);
#   - JMH: seal and open, and the mock in the benchmark's own JVM (labelled as such).
#
#   ocr-benchmarks/scripts/run-benchmarks.sh           # about 11 minutes on 2 cores: run it on a quiet machine
#   ocr-benchmarks/scripts/run-benchmarks.sh --quick   # about 3 minutes; writes under ocr-benchmarks/target/bench only
#
# QUICK=1 in the environment is the same as --quick. SKIP_BUILD=1 reuses the jars already built.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

quick="${QUICK:-0}"
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

out="$root/ocr-benchmarks/target/bench"
mkdir -p "$out"
# Results of an earlier run must not end up in this run's report.
rm -f "$out"/*.json "$out"/*.txt "$out"/*.jfr

bench_jar=ocr-benchmarks/target/benchmarks.jar
mock_jar=ocr-mock-server/target/ocr-mock-server.jar
cli_jar=ocr-cli/target/ocr-cli.jar
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$bench_jar" ] || [ ! -f "$mock_jar" ] || [ ! -f "$cli_jar" ]; then
  echo "== building $bench_jar, $mock_jar and $cli_jar" >&2
  ./mvnw -o -B -q -DskipTests -Dfuzz.skip package -pl ocr-benchmarks,ocr-mock-server,ocr-cli -am
fi
cli_dist=$(ls ocr-cli/target/ocr-cli-*.tar.gz)

if [ "$quick" = 1 ]; then
  echo "quick" > "$out/quick.txt"
  md="$out/BENCHMARKS.md"; chart="$out/benchmarks.svg"; seal_chart="$out/seal-throughput.svg"
  floor_opts=(--rounds 3 --round-ms 150)
  load_opts=(--runs 3 --seconds 1.5 --warmup 4 --jfr-seconds 3)
  pair_opts=(--runs 3 --run-ms 1500 --warmup-ms 3000)
  jmh_opts=(-foe true -wi 1 -i 2 -w 1 -r 1)
  crypto_params=(-p imageBytes=1048576,5242880)
  openssl_seconds=1
  batch_opts=(--files 300 --runs 1 --capacity-seconds 3)
  startup_opts=(--runs 2)
else
  md="$root/BENCHMARKS.md"; chart="$root/ocr-benchmarks/benchmarks.svg"; seal_chart="$root/ocr-benchmarks/seal-throughput.svg"
  floor_opts=(--rounds 5 --round-ms 250)
  load_opts=(--runs 3 --seconds 5 --warmup 10 --jfr-seconds 8)
  pair_opts=(--runs 3 --run-ms 6000 --warmup-ms 6000)
  jmh_opts=(-foe true -wi 2 -i 3 -w 1 -r 1)
  crypto_params=(-p imageBytes=102400,1048576,5242880)
  openssl_seconds=2
  batch_opts=(--files 1000 --runs 3 --steady-files 6000 --capacity-seconds 8)
  startup_opts=(--runs 5)
fi
java_opts=(-Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)

# Another busy process makes every figure doubtful: the report shows the load on both sides of the run.
cut -d' ' -f1-3 /proc/loadavg > "$out/load-before.txt"

echo "== openssl speed: rsa2048, aes-256-cbc (encrypt, decrypt), sha256" >&2
openssl version > "$out/openssl-version.txt"
{
  openssl speed -seconds "$openssl_seconds" rsa2048 2>/dev/null | grep '^rsa 2048'
  openssl speed -seconds "$openssl_seconds" -bytes 16384 -evp aes-256-cbc 2>/dev/null | grep -i '^aes-256-cbc' | sed 's/^/encrypt /'
  openssl speed -seconds "$openssl_seconds" -bytes 16384 -decrypt -evp aes-256-cbc 2>/dev/null | grep -i '^aes-256-cbc' | sed 's/^/decrypt /'
  openssl speed -seconds "$openssl_seconds" -bytes 16384 -evp sha256 2>/dev/null | grep -i '^sha256'
} > "$out/openssl-speed.txt"

echo "== the floor: the envelope's primitives with the JDK's providers" >&2
java "${java_opts[@]}" -cp "$bench_jar" io.ocrkit.bench.Floor --image-kb 20,200,100,1024 "${floor_opts[@]}" > "$out/floor.json"

echo "== the mock jar in its own JVM, loaded from another process" >&2
python3 ocr-benchmarks/scripts/mock-load.py "$mock_jar" --conns 1,4,16 --image-kb 200,20 "${load_opts[@]}" --json \
  --jfr "$out/profile" > "$out/mock-load.json"

echo "== the mock jar ready: 5 starts, from process start to its first answer" >&2
python3 ocr-benchmarks/scripts/mock-ready.py --runs 5 --json -- java -jar "$mock_jar" > "$out/mock-ready.json"

echo "== SDK against a bare post, interleaved in one JVM" >&2
java "${java_opts[@]}" -cp "$bench_jar" io.ocrkit.bench.SdkVsBare --image-kb 100,1024 "${pair_opts[@]}" > "$out/sdk-vs-bare.json"

echo "== batches with the embedded mock, against the mock jar's capacity" >&2
python3 ocr-benchmarks/scripts/batch-load.py "$cli_jar" "$mock_jar" --concurrency 16 "${batch_opts[@]}" --json \
  > "$out/batch.json"

echo "== start-up: bin/ocr and the mock jar" >&2
python3 ocr-benchmarks/scripts/startup.py "$cli_dist" "$cli_jar" "${startup_opts[@]}" --json \
  > "$out/startup.json"

# The JMH part is the least of the report: if it fails, the rest is still written (its tables say "not run").
echo "== JMH: seal and open (with -prof gc)" >&2
java -jar "$bench_jar" 'SealBenchmark|OpenBenchmark' \
  -prof gc "${jmh_opts[@]}" "${crypto_params[@]}" -rf json -rff "$out/crypto.json" > "$out/crypto.txt" \
  || { echo "JMH seal/open failed: see $out/crypto.txt" >&2; rm -f "$out/crypto.json"; }

echo "== JMH: the mock in the benchmark's own JVM" >&2
java -jar "$bench_jar" 'MockThroughput' "${jmh_opts[@]}" -rf json -rff "$out/http.json" > "$out/http.txt" \
  || { echo "JMH MockThroughput failed: see $out/http.txt" >&2; rm -f "$out/http.json"; }

cut -d' ' -f1-3 /proc/loadavg > "$out/load-after.txt"
{
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores: $(nproc)"
  echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "python: $(python3 --version 2>&1)"
  echo "os: $(uname -sr)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
} > "$out/machine.txt"

python3 ocr-benchmarks/scripts/report.py "$out" "$md" "$chart" "$seal_chart"
echo "wrote $md" >&2
