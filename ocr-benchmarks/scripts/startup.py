#!/usr/bin/env python3
"""Start-up of the CLI and the mock jar: the wall and CPU time of each command, --runs times each.

  - `bin/ocr` of the unpacked distribution: `--version`, `scan credit-card --mock IMAGE` and `demo`,
    with its CDS archive (made by the first launch's training run, waited for here) and without it;
  - the mock jar as a user starts it (`java -jar ocr-mock-server.jar`) and through `bin/ocr mock`:
    ready is the first answer of the public-key route (the protocol's first call) on a connection
    this process opens, polled from the moment the process is started.
CPU is the child's user + system time (wait4). Needs the distribution built (ocr-cli package).

  startup.py DIST_TAR_GZ MOCK_JAR CLI_JAR [--runs 5] [--json]
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APP_KEY, SECRET = "startup-app", "startup-secret"
READY_TIMEOUT_S = 30


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


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PUBLIC_KEY = (f"GET /v2.0/appkeys/{APP_KEY}/public-keys/credit-card HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              f"Authorization: {SECRET}\r\nConnection: close\r\n\r\n").encode()
ANY_PAGE = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"


def answers(port, request, status):
    """Whether the mock answers request with a status line starting with status now."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(request)
            return s.recv(16).startswith(status)
    except OSError:
        return False


def ready(cmd, env, request=PUBLIC_KEY, status=b"HTTP/1.1 200"):
    """Seconds from starting the mock to its first answer of request (by default the public-key route)."""
    port = free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd + ["--port", str(port), "--app-key", APP_KEY, "--secret-key", SECRET], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not answers(port, request, status):
            if proc.poll() is not None or time.perf_counter() - t0 > READY_TIMEOUT_S:
                sys.exit(f"{' '.join(cmd)} did not answer")
            time.sleep(0.002)  # the poll interval bounds the error of the figure
        return time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(10)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dist")
    ap.add_argument("mock_jar")
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
            commands.append({"key": "mock-ready-ocr", "command": "ocr mock (until the public key answers)",
                             "cds": cds, "wall": [ready([ocr, "mock"], cds_env) for _ in range(args.runs)]})
        jar = ["java", "-jar", args.mock_jar]
        commands.append({"key": "mock-http", "command": "java -jar ocr-mock-server.jar (until HTTP answers at all)",
                         "cds": "JDK's", "wall": [ready(jar, env, ANY_PAGE, b"HTTP/1.1 ") for _ in range(args.runs)]})
        commands.append({"key": "mock-ready", "command": "java -jar ocr-mock-server.jar (until the public key answers)",
                         "cds": "JDK's", "wall": [ready(jar, env) for _ in range(args.runs)]})
        load_after = open("/proc/loadavg").read().split()[:3]
        method = (f"`ocr-benchmarks/scripts/startup.py`: `bin/ocr` of the unpacked distribution, {args.runs} runs of "
                  "each command with its CDS archive (made on this machine by the first launch) and without; wall "
                  "time from start to exit, and the process's CPU (user + system). The mock is *ready* when its "
                  "public-key route, the protocol's first call, answers 200 on a connection opened by the "
                  "measuring process, polled every 2 ms from the moment the process is started. The plain "
                  "`java -jar` row uses only the JDK's own CDS archive: that is what a user who types it gets.")
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
