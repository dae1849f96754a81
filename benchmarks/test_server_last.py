"""Issue 21: a load test of the decision service — a real uvicorn process, real HTTP requests.

10,000 ``POST /overdracht`` requests (the example case, allowed and refused alternately) from
4 client threads with keep-alive connections; every answer must be 200 with the library's own
decision. Reported: throughput and p50/p99 latency, beside ``GET /health`` on the same server
(the floor: the HTTP stack with no decision). With ``BENCHMARK_SMALL=1`` (CI) or benchmarking
disabled (the plain test run) it sends 200 requests, a smoke run; the numbers in the docs come
from a full run (``pytest benchmarks/test_server_last.py --benchmark-enable -p no:randomly -s``).
"""

import http.client
import json
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from gedragswerk_core import Overdrachtsvoorstel, beoordeel_overdracht, to_dict, voorbeeld

THREADS = 4


def _vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def poort():
    p = _vrije_poort()
    proces = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gedragswerk_core", "serve", "--port", str(p)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", p), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    yield p
    proces.terminate()
    proces.wait(timeout=10)


def _verzoeken():
    uit = []
    for wil in (True, False):
        voorstel = Overdrachtsvoorstel(voorbeeld.partijen()["consulent"], True, True, wil)
        body = {
            "interventie": to_dict(voorbeeld.interventie_na_intake()),
            "voorstel": to_dict(voorstel),
        }
        verwacht = to_dict(beoordeel_overdracht(voorbeeld.interventie_na_intake(), voorstel))
        uit.append((json.dumps(body).encode(), verwacht))
    return uit


def _draai(poort, aantal, methode, pad, verzoeken):
    def werker(n):
        verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
        tijden, fouten = [], 0
        for k in range(n):
            body, verwacht = verzoeken[k % len(verzoeken)]
            start = time.perf_counter()
            verbinding.request(
                methode, pad, body=body, headers={"Content-Type": "application/json"}
            )
            antwoord = verbinding.getresponse()
            data = antwoord.read()
            tijden.append(time.perf_counter() - start)
            if antwoord.status != 200 or (verwacht is not None and json.loads(data) != verwacht):
                fouten += 1
        verbinding.close()
        return tijden, fouten

    per = [aantal // THREADS] * THREADS
    start = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        delen = list(pool.map(werker, per))
    duur = time.perf_counter() - start
    tijden = sorted(t for d, _ in delen for t in d)
    return {
        "verzoeken": len(tijden),
        "fouten": sum(f for _, f in delen),
        "per_seconde": len(tijden) / duur,
        "p50_ms": statistics.median(tijden) * 1000,
        "p99_ms": tijden[int(len(tijden) * 0.99) - 1] * 1000,
    }


def test_tienduizend_verzoeken_zonder_fouten(poort, small, enabled):
    aantal = 10_000 if enabled and not small else 200
    vloer = _draai(poort, aantal, "GET", "/health", [(None, None)])
    meting = _draai(poort, aantal, "POST", "/overdracht", _verzoeken())
    print(  # noqa: T201 - the numbers of a run by hand (-s)
        f"\nserver load: {meting['verzoeken']} POST /overdracht, {meting['fouten']} errors, "
        f"{meting['per_seconde']:.0f}/s, p50 {meting['p50_ms']:.2f} ms, "
        f"p99 {meting['p99_ms']:.2f} ms; floor GET /health {vloer['per_seconde']:.0f}/s, "
        f"p50 {vloer['p50_ms']:.2f} ms, p99 {vloer['p99_ms']:.2f} ms"
    )
    assert meting["verzoeken"] == aantal
    assert meting["fouten"] == 0
    assert vloer["fouten"] == 0
