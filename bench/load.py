"""A small HTTP load generator: processes × threads, each a loop of GET requests.

Standard library only (raw sockets), so `make bench` needs nothing from the system.
Gunicorn's sync workers close the connection after each response, so every request
opens a new connection, as a client without keep-alive would. The generator runs on
the same machine as the server and takes CPU from it: the figures are comparable
with each other (and with the hello-world ceiling measured the same way), not with
a load generator on another machine.
"""

import socket
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


def _request_bytes(host: str, port: int, path: str, headers: dict) -> bytes:
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _worker(host: str, port: int, path: str, headers: dict, stop_at: float, out):
    """One request per connection, read to the server's close: the cheapest client
    the standard library allows, so that the generator takes little of the CPU."""
    request = _request_bytes(host, port, path, headers)
    latencies, errors = [], 0
    while time.monotonic() < stop_at:
        start = time.perf_counter()
        try:
            with socket.create_connection((host, port), timeout=30) as sock:
                sock.sendall(request)
                first = sock.recv(65536)
                while sock.recv(65536):
                    pass
        except OSError:
            errors += 1
            continue
        if not first.startswith(b"HTTP/1.1 ") or first[9:10] == b"5":
            errors += 1
        latencies.append((time.perf_counter() - start) * 1000)
    out.append((latencies, errors))


def _process(host, port, path, headers, threads, seconds):
    stop_at = time.monotonic() + seconds
    out: list = []
    pool = [
        threading.Thread(target=_worker, args=(host, port, path, headers, stop_at, out))
        for _n in range(threads)
    ]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    latencies = [value for chunk, _errors in out for value in chunk]
    return latencies, sum(errors for _chunk, errors in out)


def run(
    host: str,
    port: int,
    path: str,
    *,
    seconds: float = 5.0,
    processes: int = 2,
    threads: int = 4,
    headers: dict | None = None,
) -> Result:
    headers = {"Accept-Encoding": "gzip", **(headers or {})}
    with ProcessPoolExecutor(processes) as executor:
        futures = [
            executor.submit(_process, host, port, path, headers, threads, seconds)
            for _n in range(processes)
        ]
        parts = [future.result() for future in futures]
    latencies = [value for chunk, _errors in parts for value in chunk]
    errors = sum(errors for _chunk, errors in parts)
    # Each process stops starting requests after ``seconds`` (the pool's start-up is
    # not counted).
    return Result(len(latencies), errors, seconds, latencies)
