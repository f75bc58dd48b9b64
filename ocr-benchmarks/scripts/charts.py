"""SVG charts for report.py, with the standard library only.

A panel is a list of groups (one per image size); a group is a list of bars; a bar is a list of
stacked segments (value, colour, legend) with an optional (low, high) whisker over its top.
"""
from xml.sax.saxutils import escape

MB = 1024 * 1024


def _panel(svg, x0, y0, w, h, title, unit, groups, ref_lines):
    """Draws one panel at (x0, y0); ref_lines maps a group index to (value, label) dashed marks."""
    left, bottom, top = 56, 40, 28
    plot_w, plot_h = w - left - 10, h - top - bottom
    peak = max([b["high"] or sum(v for v, _, _ in b["segments"]) for g in groups for b in g["bars"]]
               + [v for marks in ref_lines.values() for v, _ in marks] + [1e-9]) * 1.12

    def y(v):
        return y0 + top + plot_h - plot_h * v / peak

    svg.append(f'<text x="{x0 + left}" y="{y0 + 16}" font-size="13" font-weight="bold">{escape(title)}</text>')
    for step in range(6):
        v = peak * step / 5
        svg.append(f'<line x1="{x0 + left}" y1="{y(v):.1f}" x2="{x0 + left + plot_w}" y2="{y(v):.1f}" stroke="#eee"/>')
        svg.append(f'<text x="{x0 + left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.2f}</text>')
    svg.append(f'<text x="{x0 + 12}" y="{y0 + top + plot_h / 2:.0f}" transform="rotate(-90 {x0 + 12} '
               f'{y0 + top + plot_h / 2:.0f})" text-anchor="middle">{escape(unit)}</text>')
    svg.append(f'<line x1="{x0 + left}" y1="{y(0):.1f}" x2="{x0 + left + plot_w}" y2="{y(0):.1f}" stroke="black"/>')
    group_w = plot_w / max(len(groups), 1)
    for gi, group in enumerate(groups):
        n = len(group["bars"])
        bar_w = min(34, group_w * 0.8 / max(n, 1))
        gx = x0 + left + gi * group_w + (group_w - bar_w * n) / 2
        for bi, bar in enumerate(group["bars"]):
            bx = gx + bi * bar_w
            base = 0.0
            for value, colour, _ in bar["segments"]:
                svg.append(f'<rect x="{bx + 2:.1f}" y="{y(base + value):.1f}" width="{bar_w - 4:.1f}" '
                           f'height="{y(base) - y(base + value):.1f}" fill="{colour}"/>')
                base += value
            if bar["low"] is not None:
                cx = bx + bar_w / 2
                svg.append(f'<line x1="{cx:.1f}" y1="{y(bar["low"]):.1f}" x2="{cx:.1f}" y2="{y(bar["high"]):.1f}" stroke="black"/>')
                for v in (bar["low"], bar["high"]):
                    svg.append(f'<line x1="{cx - 4:.1f}" y1="{y(v):.1f}" x2="{cx + 4:.1f}" y2="{y(v):.1f}" stroke="black"/>')
            svg.append(f'<text x="{bx + bar_w / 2:.1f}" y="{y(0) + 13:.1f}" text-anchor="middle" font-size="10">'
                       f'{escape(bar["label"])}</text>')
        for value, label in ref_lines.get(gi, []):
            x1, x2 = gx - 4, gx + bar_w * n + 4
            svg.append(f'<line x1="{x1:.1f}" y1="{y(value):.1f}" x2="{x2:.1f}" y2="{y(value):.1f}" '
                       f'stroke="#d62728" stroke-dasharray="5,3"/>')
            svg.append(f'<text x="{x1:.1f}" y="{y(value) - 3:.1f}" text-anchor="start" font-size="10" fill="#d62728">'
                       f'{escape(label)}</text>')
        svg.append(f'<text x="{x0 + left + gi * group_w + group_w / 2:.1f}" y="{y(0) + 28:.1f}" text-anchor="middle">'
                   f'{escape(group["label"])}</text>')


def _legend(svg, x, y, entries):
    for i, (colour, label) in enumerate(entries):
        svg.append(f'<rect x="{x}" y="{y + i * 16 - 9}" width="10" height="10" fill="{colour}"/>')
        svg.append(f'<text x="{x + 14}" y="{y + i * 16}">{escape(label)}</text>')


def write(path, panels):
    """panels: [(title, unit, groups, ref_lines)], drawn side by side, each with its legend below it."""
    pw, ph = 430, 330
    width = pw * len(panels)
    legends = []
    for _, _, groups, _ in panels:
        legend = []
        for b in (b for g in groups for b in g["bars"]):
            for _, colour, label in b["segments"]:
                if label and (colour, label) not in legend:
                    legend.append((colour, label))
        legends.append(legend)
    height = ph + 16 * max([len(legend) for legend in legends] + [0]) + 16
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="11">', f'<rect width="{width}" height="{height}" fill="white"/>']
    for i, (title, unit, groups, refs) in enumerate(panels):
        _panel(svg, i * pw, 0, pw, ph, title, unit, groups, refs)
        _legend(svg, i * pw + 60, ph + 14, legends[i])
    svg.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(svg) + "\n")


def seal_throughput(points, openssl, path):
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
