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
    metric = result.get("secondaryMetrics", {}).get("\u00b7gc.alloc.rate.norm")
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


def main():
    results_dir, md_path, svg_path = sys.argv[1:4]
    crypto = load(os.path.join(results_dir, "crypto.json"))
    http = load(os.path.join(results_dir, "http.json"))
    openssl_text = open(os.path.join(results_dir, "openssl-speed.txt")).read()
    openssl = openssl_mb_per_s(openssl_text)
    machine = open(os.path.join(results_dir, "machine.txt")).read().strip()
    openssl_version = open(os.path.join(results_dir, "openssl-version.txt")).read().strip()

    lines = ["# Benchmarks", "",
             "Made by `ocr-benchmarks/scripts/run-benchmarks.sh` (JMH, then `openssl speed -evp aes-256-cbc` "
             "in the same run). Regenerate with that one command; `QUICK=1` shortens it.", "",
             "## Machine", "", "```", machine, openssl_version, "```", ""]

    seal_points = {}
    lines += ["## Seal (fresh key, RSA-2048 wrap, AES-256-CBC of the image)", "",
              "| provider | image | ops/s | MB/s | vs openssl | alloc B/op | alloc per image byte |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in crypto:
        if not r["benchmark"].endswith("SealBenchmark.seal"):
            continue
        size = int(r["params"]["imageBytes"])
        provider = r["params"]["provider"]
        ops = r["primaryMetric"]["score"]
        mbs = ops * size / MB
        seal_points.setdefault(provider, []).append((size, mbs))
        alloc = gc_norm(r)
        ratio = f"{mbs / openssl:.2f}x" if openssl else "n/a"
        per_byte = f"{alloc / size:.3f}" if alloc is not None else "n/a"
        alloc_s = f"{alloc:,.0f}" if alloc is not None else "n/a"
        lines.append(f"| {provider} | {size:,} | {ops:,.1f} | {mbs:,.0f} | {ratio} | {alloc_s} | {per_byte} |")
    lines += ["", f"openssl AES-256-CBC (16 KiB blocks): **{openssl:,.0f} MB/s**" if openssl else "openssl: n/a", "",
              f"![seal throughput]({os.path.relpath(svg_path, os.path.dirname(md_path))})", ""]

    opens = [r for r in crypto if "OpenBenchmark" in r["benchmark"]]
    if opens:
        lines += ["## Open (decrypt an answer's fields)", "", "| benchmark | provider | answers/s | alloc B/op |",
                  "| --- | --- | ---: | ---: |"]
        for r in opens:
            alloc = gc_norm(r)
            lines.append(f"| {short(r['benchmark'])} | {r['params']['provider']} | {r['primaryMetric']['score']:,.0f} | "
                         f"{alloc:,.0f} |" if alloc is not None else
                         f"| {short(r['benchmark'])} | {r['params']['provider']} | {r['primaryMetric']['score']:,.0f} | n/a |")
        lines.append("")

    if http:
        lines += ["## HTTP", "", "| benchmark | params | score | unit | p50 | p99 |", "| --- | --- | ---: | --- | ---: | ---: |"]
        for r in http:
            pm = r["primaryMetric"]
            pct = pm.get("scorePercentiles", {})
            params = ", ".join(f"{k}={v}" for k, v in r.get("params", {}).items())
            p50 = f"{pct['50.0']:.2f}" if "50.0" in pct else ""
            p99 = f"{pct['99.0']:.2f}" if "99.0" in pct else ""
            lines.append(f"| {short(r['benchmark'])} | {params} | {pm['score']:,.2f} | {pm['scoreUnit']} | {p50} | {p99} |")
        lines.append("")

    lines += ["## Raw output", "", "The JMH JSON and text output of this run are in `ocr-benchmarks/target/bench/` "
              "(not committed).", ""]
    with open(md_path, "w") as f:
        f.write("\n".join(lines))
    chart(seal_points, openssl, svg_path)


if __name__ == "__main__":
    main()
