#!/usr/bin/env python3
"""Loads a mock server jar running in its own JVM from this separate process.

Starts `java -jar JAR --crypto C` (loopback only), measures the first request's latency after
"listening on", then for each connection count sends pre-sealed 200 KB PNG scans over keep-alive
connections for a bounded time and prints requests/s, p50/p99 and the mock's CPU per request
(utime+stime of its /proc/<pid>/stat before and after each phase), and this loader's own CPU.

Requests are sealed before the clock starts (RSA-wrapped fresh AES-256 keys, AES-256-CBC image,
the protocol's envelope) so that the loader's own crypto does not share the cores with the mock
during a phase. Needs python3 with `cryptography`.

  mock-load.py JAR [--crypto jca|bc] [--conns 1,4,16] [--seconds 10] [--image-kb 200] [--json]
"""
import argparse
import base64
import http.client
import json
import os
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


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    return resp.status, resp.read()


def public_key(port):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    status, body = request(conn, "GET", f"/v2.0/appkeys/{APP_KEY}/public-keys/credit-card",
                           headers={"Authorization": SECRET})
    conn.close()
    result = json.loads(body)["result"]
    key = serialization.load_der_public_key(base64.b64decode(result["key"]))
    return result["version"], key


def seal(version, key, image, n):
    """n scan requests, each under its own symmetric key."""
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
        headers = {"Authorization": SECRET, "X-Key-Version": version,
                   "Symmetric-Key": base64.b64encode(key.encrypt(sym, rsa_padding.PKCS1v15())).decode(),
                   "Content-Type": f"multipart/form-data; boundary={boundary}"}
        sealed.append((headers, body))
    return sealed


def phase(port, pid, sealed, conns, seconds):
    path = f"/v2.0/appkeys/{APP_KEY}/credit-card"
    latencies = [[] for _ in range(conns)]
    errors = [0] * conns
    deadline = [0.0]
    start_gate = threading.Barrier(conns + 1)

    def worker(i):
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        k = i
        start_gate.wait()
        while time.perf_counter() < deadline[0]:
            headers, body = sealed[k % len(sealed)]
            k += conns
            t0 = time.perf_counter()
            status, answer = request(conn, "POST", path, body, headers)
            latencies[i].append(time.perf_counter() - t0)
            if status != 200 or b'"resultCode":0' not in answer.replace(b" ", b""):
                errors[i] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(conns)]
    for t in threads:
        t.start()
    cpu0, own0, t0 = proc_cpu(pid), time.process_time(), time.perf_counter()
    deadline[0] = t0 + seconds
    start_gate.wait()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    cpu1, own1 = proc_cpu(pid), time.process_time()
    lat = sorted(x for per in latencies for x in per)
    n = len(lat)
    return {"conns": conns, "requests": n, "errors": sum(errors), "rps": n / elapsed,
            "p50_ms": 1000 * lat[n // 2], "p99_ms": 1000 * lat[min(n - 1, int(n * 0.99))],
            "mock_cpu_ms_per_req": 1000 * (cpu1 - cpu0) / n, "loader_cpu_ms_per_req": 1000 * (own1 - own0) / n}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jar")
    ap.add_argument("--crypto", default=None)
    ap.add_argument("--conns", default="1,4,16")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--image-kb", type=int, default=200)
    ap.add_argument("--warmup", type=float, default=5)
    ap.add_argument("--first-delay", type=float, default=0,
                    help="seconds between 'listening on' and the first request")
    ap.add_argument("--first-only", action="store_true", help="measure the first request only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    cmd = ["java", "-jar", args.jar, "--port", "0", "--app-key", APP_KEY, "--secret-key", SECRET]
    if args.crypto:
        cmd += ["--crypto", args.crypto]
    mock = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in mock.stdout:
            if line.startswith("listening on http://"):
                port = int(line.strip().rsplit(":", 1)[1])
                break
        if port is None:
            sys.exit("the mock did not start")
        threading.Thread(target=lambda: [None for _ in mock.stdout], daemon=True).start()
        time.sleep(args.first_delay)  # the loader's own pacing; the mock under test has no sleep
        t0 = time.perf_counter()
        version, key = public_key(port)
        first_ms = 1000 * (time.perf_counter() - t0)
        if args.first_only:
            print(json.dumps({"crypto": args.crypto or "default", "first_request_ms": first_ms}))
            return
        sealed = seal(version, key, png(args.image_kb, 1), 64)
        phase(port, mock.pid, sealed, 4, args.warmup)  # JIT warm-up, not reported
        results = [phase(port, mock.pid, sealed, int(c), args.seconds) for c in args.conns.split(",")]
        out = {"crypto": args.crypto or "default", "first_request_ms": first_ms,
               "body_bytes": len(sealed[0][1]), "phases": results}
        if args.json:
            print(json.dumps(out))
        else:
            print(f"crypto={out['crypto']} first request {first_ms:.1f} ms, body {out['body_bytes']} B")
            for r in results:
                print(f"  {r['conns']:>2} conns: {r['rps']:7.1f} req/s  p50 {r['p50_ms']:6.2f} ms  "
                      f"p99 {r['p99_ms']:6.2f} ms  mock CPU {r['mock_cpu_ms_per_req']:.2f} ms/req  "
                      f"loader CPU {r['loader_cpu_ms_per_req']:.2f} ms/req  errors {r['errors']}")
    finally:
        mock.terminate()
        mock.wait(10)


if __name__ == "__main__":
    main()
