#!/usr/bin/env python3
"""Start-up of the CLI: the wall and CPU time of each command, --runs times each.

`bin/ocr` of the unpacked distribution: `--version`, `scan credit-card --mock IMAGE` and `demo`, with
its CDS archive (made by the first launch's training run, waited for here) and without it. CPU is the
child's user + system time (wait4). Needs the distribution built (ocr-cli package). The mock's own
start is measured by ocr-benchmarks/scripts/mock-ready.py.

  startup.py DIST_TAR_GZ CLI_JAR [--runs 5] [--json]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd, env):
    """Wall seconds and child CPU seconds of one command run to its end."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dist")
    ap.add_argument("cli_jar")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="ocr-startup-")
    try:
        with tarfile.open(args.dist) as tar:
            tar.extractall(work)
        home = next(os.path.join(work, d) for d in os.listdir(work) if d.startswith("ocr-cli-"))
        ocr = os.path.join(home, "bin", "ocr")
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
        images = os.path.join(work, "images")
        subprocess.run(["java", "-cp", args.cli_jar, os.path.join(ROOT, "ocr-cli/scripts/SampleBatch.java"),
                        images, "1"], check=True, stdout=subprocess.DEVNULL)
        image = os.path.join(images, "card-0000.png")
        run([ocr, "--version"], env)  # the first launch starts the training run that makes the archive
        cds_dir = os.path.join(env["XDG_CACHE_HOME"], "ocrkit", "cds")
        deadline = time.time() + 120
        while not (os.path.isdir(cds_dir) and any(f.endswith(".jsa") for f in os.listdir(cds_dir))):
            if time.time() > deadline:
                sys.exit("bin/ocr made no CDS archive")
            time.sleep(0.5)
        load_before = open("/proc/loadavg").read().split()[:3]
        commands = []
        for cds in ("on", "off"):
            cds_env = dict(env, OCR_CDS=cds)
            for key, argv in (("version", ["--version"]), ("scan-mock", ["scan", "credit-card", "--mock", image]),
                              ("demo", ["demo"])):
                times = [run([ocr, *argv], cds_env) for _ in range(args.runs)]
                commands.append({"key": key, "command": "ocr " + " ".join(argv).replace(image, "IMAGE"), "cds": cds,
                                 "wall": [w for w, _ in times], "cpu": [c for _, c in times]})
        load_after = open("/proc/loadavg").read().split()[:3]
        method = (f"`ocr-benchmarks/scripts/startup.py`: `bin/ocr` of the unpacked distribution, {args.runs} runs of "
                  "each command with its CDS archive (made on this machine by the first launch) and without; wall "
                  "time from start to exit, and the process's CPU (user + system).")
        out = {"runs": args.runs, "load_before": load_before, "load_after": load_after, "commands": commands,
               "method": method}
        if args.json:
            print(json.dumps(out))
            return
        for c in commands:
            wall = sorted(c["wall"])
            print(f"CDS {c['cds']:<3} {c['command'][:60]:<60} wall median {wall[len(wall) // 2]:.2f} s "
                  f"(min {wall[0]:.2f}, max {wall[-1]:.2f})")
        print(f"load before {' '.join(load_before)}, after {' '.join(load_after)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
