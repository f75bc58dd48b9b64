#!/usr/bin/env python3
"""Batches against the mock's own capacity: `ocr scan credit-card DIR --mock --concurrency C --output F`.

Writes N sample images (PNG, each carrying its fixture) with ocr-cli/scripts/SampleBatch.java, then:
  - the mock's capacity: the mock jar in its own JVM loaded by mock-load.py at C connections with
    images of the same size, before the first batch and after each (the load of a shared machine
    drifts, so each batch is compared with the capacity measured on either side of it);
  - each batch of N files in a fresh JVM, as a user runs it: its rate as the CLI prints it, and its
    CPU by thread group from /proc (the JIT compilers' share is what a short batch pays to warm up);
  - with --steady-files M: one batch of M files (the N images linked under several directories),
    its rate over the files between 50% and 90% done, when the JIT has (nearly) finished.

  batch-load.py CLI_JAR MOCK_JAR [--files 1000] [--runs 3] [--concurrency 16] [--steady-files 6000]
                [--capacity-seconds 8] [--json]
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TICKS = os.sysconf("SC_CLK_TCK")
POLL_S = 0.1


def thread_cpu(pid):
    """CPU seconds of each live thread of pid, by thread id: (name, seconds)."""
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                raw = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw.rsplit(")", 1)[1].split()
        out[tid] = (name, (int(fields[11]) + int(fields[12])) / TICKS)
    return out


def group(name):
    if "CompilerThre" in name:
        return "jit"
    if name.startswith("GC Thread") or name.startswith("G1 "):
        return "gc"
    if name.startswith("JettyServerThre") or name.startswith("ocr-mock"):
        return "mock"
    return "cli"


def lines(path):
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def batch(cli_jar, image_dirs, concurrency, out):
    """One batch in a fresh JVM, watched from here: rate, CPU by thread group, (time, lines) samples."""
    cmd = ["java", "-jar", cli_jar, "scan", "credit-card", *image_dirs, "--mock", "--concurrency",
           str(concurrency), "--output", out]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen, samples = {}, []
    while proc.poll() is None:
        # A thread's last reading is the most it used: threads that end keep their share.
        seen.update(thread_cpu(proc.pid))
        samples.append((time.perf_counter() - t0, lines(out)))
        time.sleep(POLL_S)
    summary = proc.stdout.read()
    wall = time.perf_counter() - t0
    cpu = {}
    for name, seconds in seen.values():
        cpu[group(name)] = cpu.get(group(name), 0.0) + seconds
    m = re.search(r"(\d+) files scanned in ([\d.]+) s \(([\d.]+)/s\)", summary)
    with open(out, encoding="utf-8") as f:
        ok = sum(1 for line in f if '"outcome":"ok"' in line)
    return {"files": int(m.group(1)) if m else 0, "rate": float(m.group(3)) if m else 0.0,
            "wall_s": wall, "ok": ok, "exit": proc.returncode, "cpu_s": cpu, "samples": samples}


def steady_rate(samples, total):
    """Files per second between 50% and 90% of the batch, from the (time, lines) samples."""
    lo = next((s for s in samples if s[1] >= 0.5 * total), None)
    hi = next((s for s in samples if s[1] >= 0.9 * total), None)
    if not lo or not hi or hi[0] <= lo[0]:
        return None
    return (hi[1] - lo[1]) / (hi[0] - lo[0])


def capacity(mock_jar, kb, conns, seconds):
    out = subprocess.run([sys.executable, os.path.join(ROOT, "ocr-benchmarks/scripts/mock-load.py"), mock_jar,
                          "--conns", str(conns), "--seconds", str(seconds), "--image-kb", str(kb), "--json"],
                         check=True, capture_output=True, text=True).stdout
    phase = json.loads(out)["phases"][0]
    return {"rps": phase["rps"], "mock_cpu_ms_per_req": phase["mock_cpu_ms_per_req"]}


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values)} if values else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli_jar")
    ap.add_argument("mock_jar")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--steady-files", type=int, default=0)
    ap.add_argument("--capacity-seconds", type=float, default=8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="ocr-batch-")
    try:
        images = os.path.join(work, "images")
        subprocess.run(["java", "-cp", args.cli_jar, os.path.join(ROOT, "ocr-cli/scripts/SampleBatch.java"),
                        images, str(args.files)], check=True, stdout=subprocess.DEVNULL)
        kb = os.path.getsize(os.path.join(images, "card-0000.png")) // 1024
        load_before = open("/proc/loadavg").read().split()[:3]
        caps = [capacity(args.mock_jar, kb, args.concurrency, args.capacity_seconds)]
        runs = []
        for i in range(args.runs):
            run = batch(args.cli_jar, [images], args.concurrency, os.path.join(work, f"run-{i}.jsonl"))
            caps.append(capacity(args.mock_jar, kb, args.concurrency, args.capacity_seconds))
            run["capacity_rps"] = (caps[-2]["rps"] + caps[-1]["rps"]) / 2
            run["ratio"] = run["rate"] / run["capacity_rps"]
            cpu_total = sum(run["cpu_s"].values())
            run["jit_share"] = run["cpu_s"].get("jit", 0.0) / cpu_total if cpu_total else 0.0
            run["cpu_ms_per_file"] = {k: 1000 * v / max(1, run["files"]) for k, v in run["cpu_s"].items()}
            del run["samples"]
            runs.append(run)
        steady = None
        if args.steady_files > 0:
            copies = -(-args.steady_files // args.files)
            dirs = []
            for k in range(copies):
                d = os.path.join(work, f"steady-{k}")
                os.makedirs(d)
                for name in sorted(os.listdir(images)):
                    os.link(os.path.join(images, name), os.path.join(d, name))
                dirs.append(d)
            run = batch(args.cli_jar, dirs, args.concurrency, os.path.join(work, "steady.jsonl"))
            caps.append(capacity(args.mock_jar, kb, args.concurrency, args.capacity_seconds))
            rate = steady_rate(run["samples"], run["files"])
            steady = {"files": run["files"], "ok": run["ok"], "rate_50_90": rate,
                      "capacity_rps": (caps[-2]["rps"] + caps[-1]["rps"]) / 2}
            steady["ratio"] = rate / steady["capacity_rps"] if rate else None
        load_after = open("/proc/loadavg").read().split()[:3]
        ratios = [r["ratio"] for r in runs]
        out = {"image_kb": kb, "files": args.files, "concurrency": args.concurrency,
               "load_before": load_before, "load_after": load_after, "capacity": caps, "runs": runs,
               "rate": summary([r["rate"] for r in runs]), "ratio": summary(ratios),
               "capacity_rps": summary([c["rps"] for c in caps]),
               "jit_share": summary([r["jit_share"] for r in runs]), "steady": steady}
        if args.json:
            print(json.dumps(out))
            return
        print(f"load before: {' '.join(load_before)}")
        for i, r in enumerate(runs):
            print(f"batch {i + 1}: {r['rate']:.1f} files/s ({r['ok']}/{r['files']} ok), "
                  f"{100 * r['ratio']:.0f}% of the capacity on either side ({r['capacity_rps']:.0f} req/s); "
                  f"JIT {100 * r['jit_share']:.0f}% of its CPU; CPU ms/file "
                  + ", ".join(f"{k} {v:.2f}" for k, v in sorted(r["cpu_ms_per_file"].items())))
        if steady:
            print(f"steady: {steady['rate_50_90']:.1f} files/s over 50-90% of {steady['files']} files, "
                  f"{100 * steady['ratio']:.0f}% of the capacity ({steady['capacity_rps']:.0f} req/s)")
        print(f"load after: {' '.join(load_after)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
