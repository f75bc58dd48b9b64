#!/usr/bin/env python3
"""Writes BENCHMARKS.md and its SVG charts from the results of run-benchmarks.sh.

Usage: report.py RESULTS_DIR BENCHMARKS_MD CHART_SVG SEAL_CHART_SVG

A target is "reached" only when its figure's spread (max - min over the runs, or JMH's confidence
interval) is smaller than the figure's distance to the target; when it is not, the status is "not
shown", whichever side of the target the median falls. A quick run's report may not be written
outside a target/ directory, so it can never replace the committed one.
"""
import json
import os
import re
import statistics
import sys

import charts
import cli_tables
import jfr_samples
import jmh_tables

TIMES = jmh_tables.TIMES

# The targets of issues 8 and 15, each judged on the figures of the run it is reported with.
MOCK_MAX_VS_FLOOR = 1.33
MOCK_MIN_RPS = 1200
MOCK_MAX_P99_MS = 50
MOCK_TARGET_CONNS = 16
SDK_MAX_VS_BARE = 1.3
SDK_AT_KB = 1024
SEAL_MIN_VS_OPENSSL = 0.8
SEAL_AT = 5242880
ALLOC_MAX_PER_BYTE = 1.2
DEFAULT_PROVIDER = "jca"


def load(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return json.load(f)


def read(path, default=""):
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return f.read().strip()


def spread(values):
    """(median, min, max) of a list of figures."""
    return statistics.median(values), min(values), max(values)


def fmt(fig, pattern=",.2f", suffix=""):
    """median [min-max], or n/a."""
    if fig is None:
        return "n/a"
    med, lo, hi = fig
    return f"{med:{pattern}}{suffix} [{lo:{pattern}}\u2013{hi:{pattern}}]"


def status(fig, target, at_most, quick):
    """reached / not reached / not shown (spread not smaller than the margin) / not measured."""
    if fig is None:
        return "not measured"
    med, lo, hi = fig
    if hi - lo >= abs(med - target):
        verdict = "**not shown** (spread \u2265 margin)"
    else:
        verdict = "**reached**" if (med <= target if at_most else med >= target) else "**not reached**"
    return verdict + " (quick run: indicative only)" if quick else verdict


def size_label(kb):
    return jmh_tables.size_label(kb * 1024)


# ---- the floor ---------------------------------------------------------------------------------

def mock_floor(floor, kb):
    """RSA private + AES decrypt + SHA-256 of the image, ms: (median, min, max) summed part by part."""
    img = floor["images"][str(kb)]
    parts = [floor["rsaPrivate"], img["aesDecrypt"], img["sha256"]]
    return tuple(sum(p[k] for p in parts) / 1000 for k in ("median", "min", "max"))


def sdk_extra(floor, kb):
    """What the SDK must add to a bare post: RSA public + AES encrypt of the image + field decryption, ms."""
    parts = [floor["rsaPublic"], floor["images"][str(kb)]["aesEncrypt"], floor["fieldDecrypt"]]
    return tuple(sum(p[k] for p in parts) / 1000 for k in ("median", "min", "max"))


def openssl_figures(text):
    """openssl speed's RSA-2048 sign time and throughputs, as microseconds for a given size."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"rsa 2048 bits\s+([\d.]+)s", line)
        if m:
            out["rsaPrivate"] = float(m.group(1)) * 1e6
        m = re.match(r"(encrypt|decrypt) aes-256-cbc\s+([\d.]+)k", line, re.I)
        if m:
            out["aes" + m.group(1).capitalize()] = float(m.group(2)) * 1000  # bytes/s
        m = re.match(r"sha256\s+([\d.]+)k", line, re.I)
        if m:
            out["sha256"] = float(m.group(1)) * 1000
    return out


def floor_section(floor, ossl, kbs):
    lines = ["## The floor: the envelope's primitives", "",
             "CPU per operation of the measuring thread (`io.ocrkit.bench.Floor`, the JDK's own providers), "
             "median [min\u2013max] of its rounds, \u00b5s; `openssl speed` on the same machine in the same run "
             "beside it (RSA: its sign time; AES and SHA-256: its 16 KiB-block throughput applied to the image).", "",
             "| primitive | JDK \u00b5s | openssl \u00b5s |", "| --- | ---: | ---: |"]

    def row(name, fig, ossl_us):
        cell = f"{ossl_us:,.1f}" if ossl_us is not None else "n/a"
        lines.append(f"| {name} | {fig['median']:,.1f} [{fig['min']:,.1f}\u2013{fig['max']:,.1f}] | {cell} |")

    row("RSA-2048 private (unwrap the key)", floor["rsaPrivate"], ossl.get("rsaPrivate"))
    row("RSA-2048 public (wrap the key)", floor["rsaPublic"], None)
    row("AES-256-CBC decrypt of 6 answer fields", floor["fieldDecrypt"], None)
    for kb in kbs:
        img = floor["images"].get(str(kb))
        if not img:
            continue
        nbytes = kb * 1024
        per = {k: (nbytes / ossl[k] * 1e6 if k in ossl else None) for k in ("aesDecrypt", "aesEncrypt", "sha256")}
        row(f"AES-256-CBC decrypt, {size_label(kb)}", img["aesDecrypt"], per["aesDecrypt"])
        row(f"AES-256-CBC encrypt, {size_label(kb)}", img["aesEncrypt"], per["aesEncrypt"])
        row(f"SHA-256, {size_label(kb)}", img["sha256"], per["sha256"])
    lines.append("")
    return lines


# ---- the mock, from a separate process ---------------------------------------------------------

def mock_rows(load_result, floor):
    """Per (image, connections): each figure as (median, min, max) over the runs."""
    by_key = {}
    for p in (load_result or {}).get("phases", []):
        by_key.setdefault((p["image_kb"], p["conns"]), []).append(p)
    rows = []
    for (kb, conns), phases in sorted(by_key.items(), key=lambda kv: (-kv[0][0], kv[0][1])):
        fl = mock_floor(floor, kb) if floor and str(kb) in floor["images"] else None
        cpu = spread([p["mock_cpu_ms_per_req"] for p in phases])
        row = {"kb": kb, "conns": conns, "runs": len(phases), "errors": sum(p["errors"] for p in phases),
               "rps": spread([p["rps"] for p in phases]), "p50": spread([p["p50_ms"] for p in phases]),
               "p99": spread([p["p99_ms"] for p in phases]), "cpu": cpu,
               "loader": spread([p["loader_cpu_ms_per_req"] for p in phases]), "floor": fl,
               "jit": spread([p.get("jit_ms_per_req", 0) for p in phases]),
               "warmup": max(p.get("warmup_s", 0) for p in phases),
               # The floor's own spread widens the ratio's: the worst pairing on each side.
               "vs_floor": (cpu[0] / fl[0], cpu[1] / fl[2], cpu[2] / fl[1]) if fl else None}
        rows.append(row)
    return rows


def mock_section(rows, load_result):
    lines = ["## The mock from a separate process", "",
             "`ocr-mock-server.jar` in its own JVM (default options, JCA crypto), loaded by `mock-load.py` in "
             "another process: pre-sealed credit-card scans of a PNG (each under its own key), a closed loop "
             "on keep-alive connections driven by one selector thread. Each cell is median [min\u2013max] over "
             "the runs; the runs of all connection counts are interleaved. CPU per request is the mock "
             "process's utime + stime (`/proc/<pid>/stat`, every thread: JIT and GC too) over the requests "
             "answered; \u00d7 floor is that over the floor of the same image size in this run.", "",
             "| image | conns | req/s | p50 ms | p99 ms | mock CPU ms/req | of which JIT | \u00d7 floor | loader CPU ms/req | errors |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {size_label(r['kb'])} | {r['conns']} | {fmt(r['rps'], ',.0f')} | {fmt(r['p50'])} | "
                     f"{fmt(r['p99'])} | {fmt(r['cpu'], '.3f')} | {r['jit'][0]:.3f} | {fmt(r['vs_floor'], '.2f', TIMES)} | "
                     f"{fmt(r['loader'], '.3f')} | {r['errors']} |")
    if not rows:
        lines.append("| (not run) | | | | | | | | | |")
    lines += ["", f"Floor per request (RSA-2048 private + AES-256-CBC decrypt + SHA-256 of the image, ms): " +
              ", ".join(f"{size_label(r['kb'])} {fmt(r['floor'], '.3f')}" for r in rows if r["conns"] == rows[0]["conns"]
                        and r["floor"]) if rows else "", ""]
    if load_result:
        warmups = ", ".join(f"{size_label(kb)} {w:.0f} s" for kb, w in
                            sorted({(r["kb"], r["warmup"]) for r in rows}, key=lambda kw: -kw[0]))
        lines += [f"*Of which JIT* is the CPU of the JVM's compiler threads, per request, during the measured "
                  f"phases (median). Each image size is warmed up first at 4 connections, then in turns at every "
                  f"connection count measured, on until a turn at each saw the compilers under 3% of the mock's "
                  f"CPU (at most 4\u00d7 the minimum): {warmups}. "
                  f"First request after `listening on`: {load_result['first_request_ms']:.0f} ms.", ""]
    return lines


# ---- where the mock's CPU goes -------------------------------------------------------------------

# First match wins, in this order: the floor's three primitives, then what the mock adds.
PROFILE_CATEGORIES = [
    ("RSA-2048 private (floor)", ["sun.security.rsa.RSACore"]),
    ("AES-256-CBC decrypt of the image (floor)", ["EnvelopeReader.decrypt"]),
    ("SHA-256 of the image (floor)", ["io.ocrkit.mock.internal.Sha256"]),
    ("answer fields: AES encrypt", ["encryptField"]),
    ("JSON", ["io.ocrkit.mock.internal.JsonText", "org.eclipse.yasson", "org.eclipse.parsson"]),
    ("default answer values", ["DefaultAnswers"]),
    ("request body: read and multipart scan", ["io.ocrkit.mock.internal.Multipart", "EnvelopeReader.image"]),
    ("rest of the mock (gate, journal, fixtures, image headers)", ["io.ocrkit."]),
    ("Jetty and Javalin (HTTP, routing, threads)", ["org.eclipse.jetty", "io.javalin"]),
]


def profile_section(results_dir, kbs):
    shares = {}
    for kb in kbs:
        path = os.path.join(results_dir, f"profile-{kb}kb.jfr")
        if os.path.exists(path):
            shares[kb] = jfr_samples.categorise(path, PROFILE_CATEGORIES)
    if not shares:
        return []
    kbs = sorted(shares, reverse=True)
    lines = ["## Where the mock's CPU goes", "",
             "A JFR recording (`settings=profile`) of one more phase at 16 connections after the measured ones, so "
             "its own cost is in none of them; each execution sample counted once, under the first of these it "
             "falls in (`jfr_samples.py`, `jfr-top.py` for the frames). JFR samples Java code only: the kernel's "
             "share of socket reads and writes and the JIT compilers are not in it.", "",
             "| where | " + " | ".join(size_label(kb) for kb in kbs) + " |", "| --- |" + " ---: |" * len(kbs)]
    for name in [c for c, _ in PROFILE_CATEGORIES] + ["other"]:
        lines.append(f"| {name} | " + " | ".join(f"{100 * shares[kb][0].get(name, 0):.1f}%" for kb in kbs) + " |")
    lines.append("| samples | " + " | ".join(f"{shares[kb][1]:,}" for kb in kbs) + " |")
    lines.append("")
    return lines


# ---- SDK against bare ----------------------------------------------------------------------------

def sdk_rows(pairs, floor):
    rows = []
    for kb, runs in sorted(((int(k), v) for k, v in (pairs or {}).items())):
        extra = sdk_extra(floor, kb) if floor and str(kb) in floor["images"] else None
        sdk = [r["sdk"] for r in runs]
        bare = [r["bare"] for r in runs]
        row = {"kb": kb, "runs": len(runs), "calls": sum(s["calls"] for s in sdk),
               "sdk": spread([s["wallMedianMs"] for s in sdk]), "bare": spread([b["wallMedianMs"] for b in bare]),
               "ratio": spread([s["wallMedianMs"] / b["wallMedianMs"] for s, b in zip(sdk, bare)]),
               "sdk_client": spread([s["cpuMsPerCall"].get("client", 0) for s in sdk]),
               "bare_client": spread([b["cpuMsPerCall"].get("client", 0) for b in bare]),
               "sdk_mock": spread([s["cpuMsPerCall"].get("mock", 0) for s in sdk]),
               "bare_mock": spread([b["cpuMsPerCall"].get("mock", 0) for b in bare]),
               "extra": extra}
        if extra:
            row["floor_wall"] = spread([b["wallMedianMs"] + extra[0] for b in bare])
            row["vs_floor"] = spread([s["wallMedianMs"] / (b["wallMedianMs"] + extra[0]) for s, b in zip(sdk, bare)])
            row["client_over_floor"] = spread([s["cpuMsPerCall"].get("client", 0) - b["cpuMsPerCall"].get("client", 0)
                                               - extra[0] for s, b in zip(sdk, bare)])
        rows.append(row)
    return rows


def sdk_section(rows):
    lines = ["## SDK against a bare post", "",
             "`io.ocrkit.bench.SdkVsBare`: in one JVM against one in-process mock, the SDK's sync "
             "`scanCreditCard` and a bare `HttpClient` post of one request sealed in setup (same image, "
             "framing and headers) take turns in blocks of calls, the order swapped every block. Wall time is "
             "the median call of each run; CPU per call is by thread group (`ThreadMXBean`): *client* is the "
             "calling thread and the HTTP clients' threads, *mock* its Jetty pool. The floor is the bare post "
             "plus what the SDK cannot avoid: an RSA-2048 public operation, AES-256-CBC encryption of the image "
             "and the decryption of the answer's fields (from the floor table). Median [min\u2013max] over the runs.", "",
             "| image | SDK ms | bare ms | SDK / bare | floor ms | SDK / floor | client CPU SDK / bare ms | "
             "SDK client CPU above floor ms | mock CPU SDK / bare ms |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {size_label(r['kb'])} | {fmt(r['sdk'])} | {fmt(r['bare'])} | {fmt(r['ratio'], '.2f', TIMES)} | "
                     f"{fmt(r.get('floor_wall'))} | {fmt(r.get('vs_floor'), '.2f', TIMES)} | "
                     f"{r['sdk_client'][0]:.2f} / {r['bare_client'][0]:.2f} | {fmt(r.get('client_over_floor'), '.2f')} | "
                     f"{r['sdk_mock'][0]:.2f} / {r['bare_mock'][0]:.2f} |")
    if not rows:
        lines.append("| (not run) | | | | | | | | |")
    lines.append("")
    return lines


# ---- targets -------------------------------------------------------------------------------------

def targets_section(mocks, sdks, seals, quick, more_rows=()):
    lines = ["## Targets", "",
             "Each figure is median [min\u2013max] over this run's repetitions (JMH: its 99.9% confidence "
             "interval). A target reads **reached** or **not reached** only when that spread is smaller "
             "than the figure's margin to the target; otherwise **not shown**: the run cannot tell.", "",
             "| target | measured | status |", "| --- | --- | --- |"]

    def row(text, fig, target, at_most, pattern, suffix=""):
        lines.append(f"| {text} | {fmt(fig, pattern, suffix)} | {status(fig, target, at_most, quick)} |")

    at = {(r["kb"], r["conns"]): r for r in mocks}
    for kb in (200, 20):
        r = at.get((kb, MOCK_TARGET_CONNS))
        row(f"mock CPU per request \u2264 {MOCK_MAX_VS_FLOOR:g}{TIMES} its floor, {kb} KB, {MOCK_TARGET_CONNS} conns",
            r and r["vs_floor"], MOCK_MAX_VS_FLOOR, True, ".2f", TIMES)
    r = at.get((200, MOCK_TARGET_CONNS))
    row(f"mock \u2265 {MOCK_MIN_RPS:,} req/s, 200 KB, {MOCK_TARGET_CONNS} conns, from another process",
        r and r["rps"], MOCK_MIN_RPS, False, ",.0f")
    row(f"mock p99 < {MOCK_MAX_P99_MS} ms, 200 KB, {MOCK_TARGET_CONNS} conns", r and r["p99"], MOCK_MAX_P99_MS, True, ".1f", " ms")
    s = next((r for r in sdks if r["kb"] == SDK_AT_KB), None)
    row(f"SDK \u2264 {SDK_MAX_VS_BARE:g}{TIMES} a bare post, {size_label(SDK_AT_KB)}, interleaved", s and s["ratio"],
        SDK_MAX_VS_BARE, True, ".2f", TIMES)
    for provider in sorted({x["provider"] for x in seals}, key=lambda p: (p != DEFAULT_PROVIDER, p)):
        tag = f"{provider}, the SDK's default" if provider == DEFAULT_PROVIDER else provider
        at5 = next((x for x in seals if x["provider"] == provider and x["size"] == SEAL_AT), None)
        row(f"seal \u2265 {SEAL_MIN_VS_OPENSSL:g}{TIMES} openssl AES-256-CBC, 5 MB ({tag})",
            at5 and at5["vs_openssl"], SEAL_MIN_VS_OPENSSL, False, ".2f", TIMES)
        worst = max((x for x in seals if x["provider"] == provider and x["per_byte"] is not None),
                    key=lambda x: x["per_byte"], default=None)
        # Allocation per operation is deterministic to the byte: no spread to speak of.
        fig = (worst["per_byte"],) * 3 if worst else None
        row(f"seal allocates \u2264 {ALLOC_MAX_PER_BYTE:g} B per image byte, every size ({tag})", fig,
            ALLOC_MAX_PER_BYTE, True, ".3f")
    for more in more_rows:
        row(*more)
    lines.append("")
    return lines


# ---- the chart -----------------------------------------------------------------------------------

FLOOR_COLOURS = {"RSA-2048 private": "#9ecae1", "AES-256-CBC decrypt": "#6baed6", "SHA-256": "#3182bd"}
CONN_COLOURS = {1: "#fdae6b", 4: "#e6550d", 16: "#a63603"}


def chart(path, mocks, floor, sdks):
    mock_groups, mock_refs = [], {}
    for kb in sorted({r["kb"] for r in mocks}):
        img = floor["images"][str(kb)]
        bars = [{"label": "floor", "low": None, "high": None, "segments": [
            (floor["rsaPrivate"]["median"] / 1000, FLOOR_COLOURS["RSA-2048 private"], "floor: RSA-2048 private"),
            (img["aesDecrypt"]["median"] / 1000, FLOOR_COLOURS["AES-256-CBC decrypt"], "floor: AES-256-CBC decrypt"),
            (img["sha256"]["median"] / 1000, FLOOR_COLOURS["SHA-256"], "floor: SHA-256")]}]
        for r in sorted((r for r in mocks if r["kb"] == kb), key=lambda r: r["conns"]):
            colour = CONN_COLOURS.get(r["conns"], "#777")
            bars.append({"label": f"{r['conns']}c", "low": r["cpu"][1], "high": r["cpu"][2],
                         "segments": [(r["cpu"][0], colour, f"mock, {r['conns']} conn{'s' if r['conns'] > 1 else ''}")]})
        mock_refs[len(mock_groups)] = [(mock_floor(floor, kb)[0] * MOCK_MAX_VS_FLOOR, f"{MOCK_MAX_VS_FLOOR:g}{TIMES} floor")]
        mock_groups.append({"label": size_label(kb), "bars": bars})
    sdk_groups = []
    for r in sdks:
        extra = r["extra"][0] if r["extra"] else 0
        sdk_groups.append({"label": size_label(r["kb"]), "bars": [
            {"label": "bare", "low": r["bare"][1], "high": r["bare"][2], "segments": [(r["bare"][0], "#74c476", "bare post")]},
            {"label": "floor", "low": None, "high": None, "segments": [
                (r["bare"][0], "#74c476", "bare post"), (extra, "#c7e9c0", "SDK floor: RSA public + AES encrypt + fields")]},
            {"label": "SDK", "low": r["sdk"][1], "high": r["sdk"][2], "segments": [(r["sdk"][0], "#756bb1", "SDK sync scan")]}]})
    charts.write(path, [("Mock CPU per request vs its floor", "ms CPU / request", mock_groups, mock_refs),
                        ("SDK vs bare post, wall time per call", "ms / call", sdk_groups, {})])


# ---- the page ------------------------------------------------------------------------------------

def main():
    results_dir, md_path, svg_path, seal_svg_path = sys.argv[1:5]
    quick = os.path.exists(os.path.join(results_dir, "quick.txt"))
    if quick and "target" not in os.path.abspath(md_path).split(os.sep):
        sys.exit("a quick run's report goes under a target/ directory, not over " + md_path)
    floor = load(os.path.join(results_dir, "floor.json"))
    load_result = load(os.path.join(results_dir, "mock-load.json"))
    pairs = load(os.path.join(results_dir, "sdk-vs-bare.json"))
    crypto = load(os.path.join(results_dir, "crypto.json"), [])
    http = load(os.path.join(results_dir, "http.json"), [])
    batch = load(os.path.join(results_dir, "batch.json"))
    startup = load(os.path.join(results_dir, "startup.json"))
    ready = load(os.path.join(results_dir, "mock-ready.json"))
    ossl_text = read(os.path.join(results_dir, "openssl-speed.txt"))
    ossl = openssl_figures(ossl_text)
    openssl_aes = jmh_tables.openssl_aes_mb_per_s(ossl_text)

    mocks = mock_rows(load_result, floor)
    sdks = sdk_rows(pairs, floor)
    seals = jmh_tables.seal_rows(crypto, openssl_aes)

    md_dir = os.path.dirname(os.path.abspath(md_path))
    lines = ["# Benchmarks", "",
             "Made by `ocr-benchmarks/scripts/run-benchmarks.sh` in one run: the floor of the primitives, "
             "`openssl speed`, the mock jar loaded from a separate process, the SDK against a bare post "
             "interleaved, batches and start-up of the CLI, and the JMH suite. Regenerate with that one command; `--quick` writes its report "
             "under `ocr-benchmarks/target/bench/` instead of here.", ""]
    if quick:
        lines += ["> **Quick run**: short phases. The figures show the suite works; they are not fit to judge "
                  "the targets by.", ""]
    lines += ["## Machine", "", "```", read(os.path.join(results_dir, "machine.txt"), "unknown"),
              read(os.path.join(results_dir, "openssl-version.txt"), "openssl: unknown"),
              "load average (1, 5, 15 min) before the run: " + read(os.path.join(results_dir, "load-before.txt"), "n/a"),
              "load average (1, 5, 15 min) after the run:  " + read(os.path.join(results_dir, "load-after.txt"), "n/a"),
              "```", "",
              "A load average above the core count means other processes shared the cores with the run: "
              "throughput and latency then come out lower and wider than the machine allows, CPU per request "
              "somewhat higher.", ""]
    lines += targets_section(mocks, sdks, seals, quick, cli_tables.batch_targets(batch)
                             + cli_tables.startup_targets(startup) + cli_tables.ready_targets(ready))
    lines += [f"![mock against its floor, SDK against bare]({os.path.relpath(svg_path, md_dir)})", ""]
    lines += mock_section(mocks, load_result)
    lines += profile_section(results_dir, sorted({r["kb"] for r in mocks}))
    if floor:
        lines += floor_section(floor, ossl, sorted({r["kb"] for r in mocks} | {r["kb"] for r in sdks}))
    lines += sdk_section(sdks)
    lines += cli_tables.batch_section(batch, fmt)
    lines += cli_tables.startup_section(startup, ready, fmt)
    lines += jmh_tables.in_jvm_section(jmh_tables.in_jvm_rows(http))
    lines += jmh_tables.seal_section(seals, openssl_aes, os.path.relpath(seal_svg_path, md_dir))
    lines += jmh_tables.open_section(crypto)
    lines += ["## Raw output", "", "The JSON and text output of this run are in `ocr-benchmarks/target/bench/` "
              "(not committed).", ""]
    with open(md_path, "w") as f:
        f.write("\n".join(lines))
    if floor and (mocks or sdks):
        chart(svg_path, mocks, floor, sdks)
    seal_points = {}
    for row in seals:
        seal_points.setdefault(row["provider"], []).append((row["size"], row["mbs"]))
    charts.seal_throughput(seal_points, openssl_aes, seal_svg_path)


if __name__ == "__main__":
    main()
