"""BENCHMARKS.md's batch and start-up sections and their targets, from batch-load.py's and
startup.py's JSON (report.py calls these; each returns its Markdown lines)."""
import statistics

BATCH_MIN_OF_CAPACITY = 0.60
BATCH_FILES = 1000
# Issue 15's start-up targets, seconds of wall time, median of 5 runs.
STARTUP_TARGETS = [("ocr --version", "version", 0.3), ("ocr scan --mock, one image", "scan-mock", 1.5),
                   ("ocr demo", "demo", 2.5)]
MOCK_MAX_READY_S = 0.5


def fig3(d):
    """(median, min, max) of a batch-load.py summary, or None."""
    return (d["median"], d["min"], d["max"]) if d else None


def spread(values):
    return (statistics.median(values), min(values), max(values)) if values else None


def batch_targets(batch):
    """Target rows: (text, figure, target, at_most, pattern, suffix)."""
    if not batch:
        return [(f"batch \u2265 {BATCH_MIN_OF_CAPACITY:.0%} of the mock's capacity, {BATCH_FILES:,} images, "
                 "16 in flight", None, BATCH_MIN_OF_CAPACITY, False, ".0%", "")]
    return [(f"batch \u2265 {BATCH_MIN_OF_CAPACITY:.0%} of the mock's capacity, {batch['files']:,} images, "
             f"{batch['concurrency']} in flight", fig3(batch["ratio"]), BATCH_MIN_OF_CAPACITY, False, ".0%", "")]


def batch_section(batch, fmt):
    lines = ["## Batches", ""]
    if not batch:
        return lines + ["(not run)", ""]
    kb, n, c = batch["image_kb"], batch["files"], batch["concurrency"]
    lines += [f"`ocr scan credit-card DIR --mock --concurrency {c} --output results.jsonl` over {n:,} sample "
              f"images of {kb} KB (PNG, each carrying its fixture), each batch in a fresh JVM as a user runs it "
              "(`ocr-benchmarks/scripts/batch-load.py`). The capacity is the mock jar's in its own JVM, loaded by "
              f"`mock-load.py` at {c} connections with images of the same size, measured before the first batch "
              "and after each; a batch is compared with the mean of the two on either side of it. CPU per file is "
              "the batch JVM's, by thread group, from `/proc`: *mock* is the embedded mock's Jetty threads, *JIT* "
              "the compiler threads, *cli* the rest (the SDK, its HTTP client, the CLI).", "",
              "| batch | files/s | of the capacity | capacity req/s | CPU ms/file: cli | mock | JIT | GC | JIT share |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for i, r in enumerate(batch["runs"]):
        cpu = r["cpu_ms_per_file"]
        lines.append(f"| {i + 1} | {r['rate']:,.1f} | {r['ratio']:.0%} | {r['capacity_rps']:,.0f} | "
                     f"{cpu.get('cli', 0):.2f} | {cpu.get('mock', 0):.2f} | {cpu.get('jit', 0):.2f} | "
                     f"{cpu.get('gc', 0):.2f} | {r['jit_share']:.0%} |")
    lines += ["", f"Median [min\u2013max]: {fmt(fig3(batch['rate']), ',.1f')} files/s, "
                  f"{fmt(fig3(batch['ratio']), '.0%')} of the capacity; capacity "
                  f"{fmt(fig3(batch['capacity_rps']), ',.0f')} req/s. Load average before "
                  f"{' '.join(batch['load_before'])}, after {' '.join(batch['load_after'])}.", ""]
    s = batch.get("steady")
    if s and s.get("rate_50_90"):
        lines += [f"After warm-up: one batch of {s['files']:,} files (the same images under several directories) "
                  f"ran at **{s['rate_50_90']:,.1f} files/s** between 50% and 90% done, {s['ratio']:.0%} of the "
                  f"capacity measured on either side ({s['capacity_rps']:,.0f} req/s). A short batch pays for the "
                  "JIT compilers warming up the mock, the SDK and both HTTP stacks in one JVM on two cores; the "
                  "*JIT share* column is that cost.", ""]
    return lines


def startup_targets(startup):
    rows = []
    by_key = {c["key"]: c for c in (startup or {}).get("commands", []) if c.get("cds") != "off"}
    for text, key, target in STARTUP_TARGETS:
        c = by_key.get(key)
        rows.append((f"{text} < {target:g} s (median of {startup['runs'] if startup else 5})", c and spread(c["wall"]), target, True, ".2f", " s"))
    return rows


def ready_targets(ready):
    fig = ready and fig3(ready["ready_s"])
    starts = f", {ready['runs']} starts" if ready else ""
    return [(f"mock jar ready < {MOCK_MAX_READY_S:g} s (`java -jar`, to its first answer{starts})", fig,
             MOCK_MAX_READY_S, True, ".2f", " s")]


def startup_section(startup, ready, fmt):
    lines = ["## Start-up", ""]
    if startup:
        lines += [startup["method"], "",
                  "| command | CDS archive | wall s | CPU s (median) |", "| --- | --- | ---: | ---: |"]
        for c in startup["commands"]:
            lines.append(f"| `{c['command']}` | {c['cds']} | {fmt(spread(c['wall']))} | "
                         f"{statistics.median(c['cpu']):.2f} |")
        lines += ["", f"Load average before {' '.join(startup['load_before'])}, "
                      f"after {' '.join(startup['load_after'])}.", ""]
    if ready:
        lines += ["The mock jar, `java -jar ocr-mock-server.jar` as a user types it (the JDK's own CDS archive "
                  f"only), {ready['runs']} starts by `ocr-benchmarks/scripts/mock-ready.py`: *ready* is its first HTTP 200 "
                  "of a cheap admin route, polled every 2 ms from another process from the moment it is started; "
                  "the first public key (what every SDK call starts with) may wait for the key pair made in the "
                  "background once it listens.", "",
                  "| ready s | first public key s | CPU at ready s (all threads) | of which the main thread s |",
                  "| ---: | ---: | ---: | ---: |",
                  f"| {fmt(fig3(ready['ready_s']))} | {fmt(fig3(ready['first_key_s']))} | "
                  f"{fmt(fig3(ready['cpu_at_ready_s']))} | {fmt(fig3(ready['main_cpu_at_ready_s']))} |", ""]
    return lines if startup or ready else lines + ["(not run)", ""]
