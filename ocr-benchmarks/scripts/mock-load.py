#!/usr/bin/env python3
"""Loads a mock server jar running in its own JVM from this separate process.

Starts `java [--java-opt ...] -jar JAR --crypto C` (loopback only), measures the first request's
latency after "listening on", then for each image size and connection count sends pre-sealed PNG
scans over keep-alive connections for a bounded time and prints requests/s, p50/p99, the mock's CPU
per request (utime+stime of its /proc/<pid>/stat before and after each phase) and this loader's own.

Requests are sealed and framed into their bytes before the clock starts (RSA-wrapped fresh AES-256
keys, AES-256-CBC image, the protocol's envelope), and one thread drives every connection through
a selector, so that the loader takes as little of the cores it shares with the mock as it can.
Needs python3 with `cryptography`.

  mock-load.py JAR [--crypto jca|bc] [--conns 1,4,16] [--image-kb 200,20] [--seconds 10] [--runs 1]
               [--warmup 5] [--java-opt OPT] [--threads] [--jfr PREFIX [--jfr-seconds 8]] [--json]
               [--against JAR2]

--against JAR2 runs a second mock beside the first (same options) and alternates every measured
phase between the two, the order swapped each run: on a shared machine whose load drifts, a before
and after measured minutes apart compare the neighbours, not the change.
"""
import argparse
import base64
import http.client
import json
import os
import selectors
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib

from cryptography.hazmat.primitives import padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as rsa_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

HOST = "127.0.0.1"
APP_KEY = "load-app"
SECRET = "load-secret"
TICKS = os.sysconf("SC_CLK_TCK")
PATH = f"/v2.0/appkeys/{APP_KEY}/credit-card"


def png(kb, seed):
    """A valid PNG of about kb KiB: random pixels, so zlib cannot shrink it."""
    width = 256
    height = max(1, kb * 1024 // (width * 3))
    rnd = os.urandom(width * 3 * height)
    raw = b"".join(b"\x00" + rnd[y * width * 3:(y + 1) * width * 3] for y in range(height))
    raw = bytes([seed % 256]) + raw[1:]

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b"")


def proc_cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def thread_cpu(pid):
    """CPU seconds by thread name, digits dropped (so a pool's threads add up under one name)."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except FileNotFoundError:
            continue  # the thread ended
        name = "".join(ch for ch in stat[stat.index("(") + 1:stat.rindex(")")] if not ch.isdigit()).strip(" -#")
        fields = stat.rsplit(")", 1)[1].split()
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / TICKS
    return out


def public_key(port):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", f"/v2.0/appkeys/{APP_KEY}/public-keys/credit-card", headers={"Authorization": SECRET})
    body = conn.getresponse().read()
    conn.close()
    result = json.loads(body)["result"]
    key = serialization.load_der_public_key(base64.b64decode(result["key"]))
    return result["version"], key


def seal(version, key, image, n):
    """n scan requests as the bytes sent on the wire, each under its own symmetric key."""
    sealed = []
    for _ in range(n):
        sym = os.urandom(32)
        padder = padding.PKCS7(128).padder()
        plain = padder.update(image) + padder.finalize()
        enc = Cipher(algorithms.AES(sym), modes.CBC(sym[:16])).encryptor()
        cipher_text = enc.update(plain) + enc.finalize()
        boundary = "loadboundary" + os.urandom(8).hex()
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"scan.png\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n").encode() + cipher_text \
            + f"\r\n--{boundary}--\r\n".encode()
        wrapped = base64.b64encode(key.encrypt(sym, rsa_padding.PKCS1v15())).decode()
        head = (f"POST {PATH} HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: {SECRET}\r\n"
                f"X-Key-Version: {version}\r\nSymmetric-Key: {wrapped}\r\n"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        sealed.append(head + body)
    return sealed


class Conn:
    """One keep-alive connection's request in flight: what is left to send, what came back."""

    def __init__(self, port):
        self.sock = socket.create_connection((HOST, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.setblocking(False)
        self.out = None
        self.sent = 0
        self.inbuf = bytearray()
        self.started = 0.0

    def begin(self, request):
        self.out = memoryview(request)
        self.sent = 0
        self.inbuf.clear()
        self.started = time.perf_counter()

    def answer(self):
        """The whole answer's body once it is in, else None."""
        end = self.inbuf.find(b"\r\n\r\n")
        if end < 0:
            return None
        head = bytes(self.inbuf[:end]).lower()
        at = head.find(b"content-length:")
        if at >= 0:
            length = int(head[at + 15:].split(b"\r\n", 1)[0])
            if len(self.inbuf) < end + 4 + length:
                return None
            return bytes(self.inbuf[end + 4:end + 4 + length])
        if b"chunked" in head:
            if not self.inbuf.endswith(b"0\r\n\r\n"):
                return None
            return bytes(self.inbuf[end + 4:])
        raise RuntimeError("an answer without a length")


def phase(port, pid, sealed, conns, seconds):
    """A closed loop: each connection sends its next request as soon as its answer is in."""
    sel = selectors.DefaultSelector()
    pool = [Conn(port) for _ in range(conns)]
    latencies, errors, nxt = [], 0, 0
    threads0 = thread_cpu(pid)
    cpu0, own0, t0 = proc_cpu(pid), time.process_time(), time.perf_counter()
    deadline = t0 + seconds
    for c in pool:
        c.begin(sealed[nxt % len(sealed)])
        nxt += 1
        sel.register(c.sock, selectors.EVENT_WRITE, c)
    live = conns
    while live:
        for key, events in sel.select(timeout=30):
            c = key.data
            if events & selectors.EVENT_WRITE:
                c.sent += c.sock.send(c.out[c.sent:])
                if c.sent == len(c.out):
                    sel.modify(c.sock, selectors.EVENT_READ, c)
                continue
            data = c.sock.recv(65536)
            if not data:
                raise RuntimeError("the mock closed a connection")
            c.inbuf += data
            body = c.answer()
            if body is None:
                continue
            now = time.perf_counter()
            latencies.append(now - c.started)
            if b'"resultCode":0,' not in body.replace(b" ", b""):
                errors += 1
            if now < deadline:
                c.begin(sealed[nxt % len(sealed)])
                nxt += 1
                sel.modify(c.sock, selectors.EVENT_WRITE, c)
            else:
                sel.unregister(c.sock)
                c.sock.close()
                live -= 1
    elapsed = time.perf_counter() - t0
    cpu1, own1 = proc_cpu(pid), time.process_time()
    threads1 = thread_cpu(pid)
    lat = sorted(latencies)
    n = len(lat)
    by_thread = {name: round(1000 * (cpu - threads0.get(name, 0.0)) / n, 3) for name, cpu in threads1.items()}
    return {"conns": conns, "requests": n, "errors": errors, "seconds": elapsed, "rps": n / elapsed,
            "p50_ms": 1000 * lat[n // 2], "p99_ms": 1000 * lat[min(n - 1, int(n * 0.99))],
            "mock_cpu_ms_per_req": 1000 * (cpu1 - cpu0) / n, "loader_cpu_ms_per_req": 1000 * (own1 - own0) / n,
            "mock_threads_ms_per_req": {k: v for k, v in sorted(by_thread.items(), key=lambda kv: -kv[1]) if v > 0},
            "jit_ms_per_req": sum(v for k, v in by_thread.items() if "Compiler" in k and v > 0)}


def warm_up(port, pid, sealed, seconds, conns):
    """Loads the mock for at least `seconds`, then on until its JIT compilers are (nearly) done.

    On a busy machine the compiler threads wait for a core like everything else, so a fixed
    warm-up can end with C2 still compiling the request path: a phase measured then counts that
    work as the mock's cost per request. More connections make C2 compile some of it again (other
    paths turn hot when threads contend), so the warm-up takes turns at every connection count to
    be measured and ends when a turn at each saw the compilers under 3% of the mock's CPU. Stops at
    4 x `seconds` whatever the JIT is doing. Returns how long it took.
    """
    t0 = time.perf_counter()
    phase(port, pid, sealed, 4, seconds)
    quiet = set()
    while time.perf_counter() - t0 < 4 * seconds and quiet != set(conns):
        for c in conns:
            p = phase(port, pid, sealed, c, 2)
            if p["jit_ms_per_req"] < 0.03 * p["mock_cpu_ms_per_req"]:
                quiet.add(c)
            else:
                quiet.discard(c)
    return time.perf_counter() - t0


def jcmd(pid, *command):
    subprocess.run(["jcmd", str(pid), *command], check=True, stdout=subprocess.DEVNULL)


def start_mock(args, jar=None):
    cmd = ["java", *args.java_opt, "-jar", jar or args.jar, "--port", "0", "--app-key", APP_KEY, "--secret-key", SECRET]
    if args.crypto:
        cmd += ["--crypto", args.crypto]
    mock = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in mock.stdout:
        if line.startswith("listening on http://"):
            threading.Thread(target=lambda: [None for _ in mock.stdout], daemon=True).start()
            return mock, int(line.strip().rsplit(":", 1)[1])
    sys.exit("the mock did not start")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jar")
    ap.add_argument("--crypto", default=None)
    ap.add_argument("--conns", default="1,4,16")
    ap.add_argument("--image-kb", default="200", help="comma-separated image sizes, KiB")
    ap.add_argument("--seconds", type=float, default=10, help="each measured phase")
    ap.add_argument("--runs", type=int, default=1, help="measured phases of each image size and connection count")
    ap.add_argument("--warmup", type=float, default=5,
                    help="seconds of warm-up at least, per image size (longer while the JIT still compiles)")
    ap.add_argument("--java-opt", action="append", default=[], help="an option for the mock's JVM (repeatable)")
    ap.add_argument("--first-delay", type=float, default=0,
                    help="seconds between 'listening on' and the first request")
    ap.add_argument("--first-only", action="store_true", help="measure the first request only")
    ap.add_argument("--jfr", metavar="PREFIX",
                    help="after each image size's measured phases, record one more at 16 connections with JFR "
                         "into PREFIX-<kb>kb.jfr")
    ap.add_argument("--jfr-seconds", type=float, default=8)
    ap.add_argument("--threads", action="store_true", help="also print the mock's CPU by thread name")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--against", metavar="JAR2", help="a second jar, measured in alternation with the first")
    args = ap.parse_args()
    mock, port = start_mock(args)
    other = start_mock(args, args.against) if args.against else None
    try:
        time.sleep(args.first_delay)  # the loader's own pacing; the mock under test has no sleep
        t0 = time.perf_counter()
        version, key = public_key(port)
        first_ms = 1000 * (time.perf_counter() - t0)
        if args.first_only:
            print(json.dumps({"crypto": args.crypto or "default", "first_request_ms": first_ms}))
            return
        results = []
        mocks = [(args.jar, mock, port, version, key)]
        if other:
            mocks.append((args.against, other[0], other[1], *public_key(other[1])))
        for kb in (int(k) for k in args.image_kb.split(",")):
            image = png(kb, kb)
            sealed = {jar: seal(v, k, image, 64) for jar, _, _, v, k in mocks}
            warmed = {jar: warm_up(p, m.pid, sealed[jar], args.warmup, [int(c) for c in args.conns.split(",")])
                      for jar, m, p, _, _ in mocks}
            for run in range(args.runs):  # runs interleaved, so each connection count sees the same machine
                for c in args.conns.split(","):
                    for jar, m, p, _, _ in (mocks if run % 2 == 0 else mocks[::-1]):
                        load = os.getloadavg()[0]
                        results.append({"jar": jar, "image_kb": kb, "run": run, "body_bytes": len(sealed[jar][0]),
                                         "warmup_s": warmed[jar], "load_before": load,
                                         **phase(p, m.pid, sealed[jar], int(c), args.seconds)})
            sealed = sealed[args.jar]
            if args.jfr:
                # After the measured phases, so that the recording's own cost is in none of them.
                jcmd(mock.pid, "JFR.start", "name=profile", "settings=profile", f"filename={args.jfr}-{kb}kb.jfr")
                phase(port, mock.pid, sealed, 16, args.jfr_seconds)
                jcmd(mock.pid, "JFR.stop", "name=profile")
        out = {"crypto": args.crypto or "default", "first_request_ms": first_ms, "phases": results}
        if args.json:
            print(json.dumps(out))
        else:
            print(f"crypto={out['crypto']} first request {first_ms:.1f} ms")
            for r in results:
                label = f"{os.path.basename(r['jar'])} " if other else ""
                print(f"  {label}{r['image_kb']:>4} KB {r['conns']:>2} conns: {r['rps']:7.1f} req/s  p50 {r['p50_ms']:6.2f} ms  "
                      f"p99 {r['p99_ms']:6.2f} ms  mock CPU {r['mock_cpu_ms_per_req']:.3f} ms/req  "
                      f"loader CPU {r['loader_cpu_ms_per_req']:.3f} ms/req  errors {r['errors']}")
                if args.threads:
                    print("        mock threads (ms/req): " + ", ".join(
                        f"{k} {v:.3f}" for k, v in r["mock_threads_ms_per_req"].items()))
    finally:
        for m in [mock] + ([other[0]] if other else []):
            m.terminate()
            m.wait(10)


if __name__ == "__main__":
    main()
