"""The JMH part of the report: seal, open, and the mock inside the benchmark's own JVM."""
import re

MB = 1024 * 1024
TIMES = "\u00d7"
TO_MS = {"ns/op": 1e-6, "us/op": 1e-3, "\u00b5s/op": 1e-3, "ms/op": 1.0, "s/op": 1e3}


def to_ms(value, unit):
    if unit not in TO_MS:
        raise ValueError(f"unexpected time unit {unit}")
    return value * TO_MS[unit]


def size_label(size):
    return f"{size / MB:g} MB" if size >= MB else f"{size / 1024:g} KB"


def gc_norm(result):
    """Bytes allocated per operation (-prof gc); JMH 1.37 names it without the older leading dot."""
    secondary = result.get("secondaryMetrics", {})
    metric = secondary.get("gc.alloc.rate.norm") or secondary.get("\u00b7gc.alloc.rate.norm")
    return metric["score"] if metric else None


def error(pm):
    err = pm.get("scoreError")
    return err if isinstance(err, (int, float)) and err == err else 0.0


def openssl_aes_mb_per_s(text):
    """openssl speed's AES-256-CBC encryption, 16 KiB blocks, MB/s."""
    for line in text.splitlines():
        m = re.match(r"encrypt aes-256-cbc\s+([\d.]+)k", line, re.I)
        if m:
            return float(m.group(1)) * 1000 / MB
    return None


def seal_rows(crypto, openssl):
    """Each seal result with its 99.9% confidence interval carried into MB/s and the openssl ratio."""
    rows = []
    for r in crypto:
        if not r["benchmark"].endswith("SealBenchmark.seal"):
            continue
        size = int(r["params"]["imageBytes"])
        pm = r["primaryMetric"]
        ops, err = pm["score"], error(pm)
        mbs = ops * size / MB
        alloc = gc_norm(r)
        vs = (mbs / openssl, (ops - err) * size / MB / openssl, (ops + err) * size / MB / openssl) if openssl else None
        rows.append({"provider": r["params"]["provider"], "size": size, "ops": ops, "mbs": mbs, "vs_openssl": vs,
                     "alloc": alloc, "per_byte": alloc / size if alloc is not None else None})
    return sorted(rows, key=lambda row: (row["provider"], row["size"]))


def samples(result):
    total = 0
    for fork in result["primaryMetric"].get("rawDataHistogram", []):
        for iteration in fork:
            total += sum(count for _, count in iteration)
    return total


def in_jvm_rows(http):
    rows = []
    for r in http:
        if "MockThroughput" not in r["benchmark"]:
            continue
        pm = r["primaryMetric"]
        unit = pm["scoreUnit"]
        mean = to_ms(pm["score"], unit)
        pct = pm.get("scorePercentiles", {})
        clients = int(r["threads"])
        rows.append({"clients": clients, "mean": mean, "rps": clients * 1000.0 / mean if mean > 0 else None,
                     "p50": to_ms(pct["50.0"], unit) if "50.0" in pct else None,
                     "p99": to_ms(pct["99.0"], unit) if "99.0" in pct else None, "samples": samples(r)})
    return sorted(rows, key=lambda row: row["clients"])


def opt(value, pattern):
    return "n/a" if value is None else format(value, pattern)


def in_jvm_section(rows):
    lines = ["## The mock inside the benchmark's JVM (JMH, not the mock's capacity)", "",
             "`MockThroughput`: 1, 4 and 16 JMH threads each seal a 200 KB scan under a fresh key and post it to a "
             "mock **in the same JVM**, so clients' sealing and both HTTP stacks share the mock's two cores. It "
             "shows what a test suite running an embedded mock sees, not what the mock can serve: that is the "
             "separate-process table above. Requests/s = clients / mean latency (Little's law).", "",
             "| clients | requests/s | mean ms | p50 ms | p99 ms | samples |", "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(f"| {row['clients']} | {opt(row['rps'], ',.0f')} | {row['mean']:,.2f} | {opt(row['p50'], ',.2f')} | "
                     f"{opt(row['p99'], ',.2f')} | {row['samples']:,} |")
    if not rows:
        lines.append("| (not run) | | | | | |")
    lines.append("")
    return lines


def seal_section(seals, openssl, chart_ref):
    lines = ["## Seal (fresh key, RSA-2048 wrap, AES-256-CBC of the image; JMH)", "",
             "| provider | image | ops/s | MB/s | vs openssl encrypt | alloc B/op | alloc per image byte |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in seals:
        vs = f"{row['vs_openssl'][0]:.2f}{TIMES}" if row["vs_openssl"] else "n/a"
        lines.append(f"| {row['provider']} | {size_label(row['size'])} | {row['ops']:,.1f} | {row['mbs']:,.0f} | {vs} | "
                     f"{opt(row['alloc'], ',.0f')} | {opt(row['per_byte'], '.3f')} |")
    lines += ["", f"openssl AES-256-CBC encrypt (16 KiB blocks): **{openssl:,.0f} MB/s**" if openssl else "openssl: n/a",
              "", f"![seal throughput]({chart_ref})", ""]
    return lines


def open_section(crypto):
    opens = [r for r in crypto if "OpenBenchmark" in r["benchmark"]]
    if not opens:
        return []
    lines = ["## Open (decrypt an answer's fields; JMH)", "",
             "One envelope stays open across the measured answers, so this is the steady cost of decrypting "
             "the fields (6 for a card, 4 for a resident card).", "",
             "| benchmark | provider | answers/s | alloc B/op |", "| --- | --- | ---: | ---: |"]
    for r in opens:
        name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
        lines.append(f"| {name} | {r['params']['provider']} | {r['primaryMetric']['score']:,.0f} | "
                     f"{opt(gc_norm(r), ',.0f')} |")
    lines.append("")
    return lines
