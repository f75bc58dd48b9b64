#!/usr/bin/env python3
"""How soon a mock server started by a command answers (issue 15: the mock jar ready in under 0.5 s).

"Ready" is measured from outside, as a user's test would see it: from just before this process starts
the command to the first HTTP 200 of `GET /mock/v1/requests` (a cheap admin route) on the port it was
told to use, polled over fresh connections every 2 ms. Also measured: the first public key
(`GET .../public-keys/credit-card`, what every SDK call starts with; it may wait for the key pair made
in the background), and the CPU the mock's JVM had used when it first answered (user + system, all
its threads, and its main thread alone: on a shared machine the wall time also measures the neighbours).

  mock-ready.py [--runs 5] [--json] -- java [JVM OPTIONS] -jar ocr-mock-server/target/ocr-mock-server.jar
  mock-ready.py -- bin/ocr mock

The command gets `--port P --app-key A --secret-key S` appended.
"""
import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import time

HOST = "127.0.0.1"
APP_KEY = "ready-app"
SECRET = "ready-secret"
TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(port, path, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def tree_cpu(pid):
    """CPU seconds of pid and its descendants (bin/ocr is a shell script that execs java, or not)."""
    total = 0.0
    for child in [pid] + descendants(pid):
        try:
            with open(f"/proc/{child}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / TICKS
        except FileNotFoundError:
            pass
    return total


def main_thread_cpu(pid):
    """CPU seconds of the JVM's threads still named "java": the launcher's and the main thread (HotSpot
    names the threads it starts itself: compilers, GC, the mock's pools). The launcher only waits, so
    this is the start path's own work, without the JIT's and GC's, and less moved by the neighbours."""
    total = 0.0
    for child in [pid] + descendants(pid):
        for tid in os.listdir(f"/proc/{child}/task"):
            try:
                with open(f"/proc/{child}/task/{tid}/stat") as f:
                    stat = f.read()
            except FileNotFoundError:
                continue
            if stat[stat.index("(") + 1:stat.rindex(")")] == "java":
                fields = stat.rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


def descendants(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            children = [int(c) for c in f.read().split()]
    except FileNotFoundError:
        return []
    return children + [d for c in children for d in descendants(c)]


def once(command):
    port = free_port()
    t0 = time.perf_counter()
    mock = subprocess.Popen(command + ["--port", str(port), "--app-key", APP_KEY, "--secret-key", SECRET],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if get(port, "/mock/v1/requests") == 200:
                    break
            except OSError:
                if mock.poll() is not None:
                    raise SystemExit(f"the mock ended with exit code {mock.returncode}")
                time.sleep(0.002)
        ready = time.perf_counter() - t0
        cpu = tree_cpu(mock.pid)
        main_cpu = main_thread_cpu(mock.pid)
        status = get(port, f"/v2.0/appkeys/{APP_KEY}/public-keys/credit-card", {"Authorization": SECRET})
        if status != 200:
            raise SystemExit(f"the public key answered HTTP {status}")
        return {"ready_s": ready, "cpu_at_ready_s": cpu, "main_cpu_at_ready_s": main_cpu, "first_key_s": time.perf_counter() - t0}
    finally:
        mock.terminate()
        mock.wait(10)


def summary(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0], "max": values[-1]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--label", default="", help="printed before the figures")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("no command")
    runs = [once(command) for _ in range(args.runs)]
    out = {key: summary([r[key] for r in runs]) for key in ("ready_s", "first_key_s", "cpu_at_ready_s", "main_cpu_at_ready_s")}
    out["runs"] = len(runs)
    if args.json:
        print(json.dumps(out))
        return
    print(f"{args.label}ready median %.2f s (min %.2f, max %.2f), first public key median %.2f s, "
          "CPU at ready median %.2f s (main thread %.2f s)"
          % (out["ready_s"]["median"], out["ready_s"]["min"], out["ready_s"]["max"], out["first_key_s"]["median"],
             out["cpu_at_ready_s"]["median"], out["main_cpu_at_ready_s"]["median"]))


if __name__ == "__main__":
    main()
