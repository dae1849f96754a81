"""Shared benchmark setup: the run's sizes, a place for the measured numbers, and a summary.

Three ways to run ``benchmarks/`` (they need the ``bench`` extra: ``pip install -e '.[bench]'``):

* ``pytest benchmarks --benchmark-disable``: every benchmarked function runs once at a tiny size,
  as a smoke test; the goal checks skip, since one timing would make them flaky.
* ``BENCHMARK_SMALL=1 pytest benchmarks --benchmark-enable -p no:randomly``: the CI step. The
  sizes shrink (the `small` fixture) so the run takes well under a minute on two cores, and the
  goal checks run. Small sizes suit only *ratio* goals (ours against a floor or another library
  measured in the same run) and the budgets the issue states absolutely.
* ``pytest benchmarks -p no:randomly``: the full sizes, for the numbers in
  docs/performance.md (a few minutes on a quiet machine).

Each benchmark writes what it measured into :func:`results` (a dict kept in ``config.stash``),
only when benchmarking is enabled; the goal checks read from there. A ratio goal times its two
sides in interleaved pairs and takes the median ratio: load on a shared machine comes in bursts
of seconds, and both sides of a pair meet the same burst (timed one after the other, the ratio
swung by 1.7x on a busy 2-core machine; in pairs, by 5%). At the end of the run the numbers are
printed as one short summary, so a run by hand needs no JSON digging.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

_RESULTS = pytest.StashKey[dict[str, Any]]()
SMALL_ENV = "BENCHMARK_SMALL"


def is_small() -> bool:
    """Whether this run uses the small sizes (``BENCHMARK_SMALL=1``, the CI step)."""
    return os.environ.get(SMALL_ENV, "") not in {"", "0"}


def is_enabled(config: pytest.Config) -> bool:
    """Whether pytest-benchmark times this run (``--benchmark-enable``)."""
    return bool(config.getoption("benchmark_enable") or not config.getoption("benchmark_disable"))


@pytest.fixture(scope="session")
def small() -> bool:
    """True in the CI step: the benchmarks use their small sizes."""
    return is_small()


@pytest.fixture(scope="session")
def enabled(request: pytest.FixtureRequest) -> bool:
    """True when the benchmarks are timed, False when they only smoke-test."""
    return is_enabled(request.config)


@pytest.fixture
def results(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The numbers measured in this run, shared by all benchmark modules."""
    return request.config.stash.setdefault(_RESULTS, {})


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.3f} µs"


def _lifecycle_lines(res: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    per_transition = res.get("transition", {})
    for path in sorted({p for _, p in per_transition}):
        row = {impl: s for (impl, p), s in per_transition.items() if p == path}
        lines.append(f"per transition, median ({path}):")
        lines.extend(f"  {impl:<20} {_us(s)}" for impl, s in row.items())
        gw = row.get("gedragswerk_core")
        if gw:
            if "transitions" in row:
                lines.append(f"  transitions / gedragswerk_core = {row['transitions'] / gw:.2f}x")
            if "floor" in row:
                lines.append(f"  gedragswerk_core / floor = {gw / row['floor']:.2f}x")
            if "python-statemachine" in row:
                ratio = row["python-statemachine"] / gw
                lines.append(f"  python-statemachine / gedragswerk_core = {ratio:.2f}x")
    for impl, s in res.get("lifecycle", {}).items():
        lines.append(f"per step incl. create, median ({impl}): {_us(s)}")
    for impl, m in res.get("memory", {}).items():
        # Every number the lifecycle module records (tracemalloc, sizeof walk, with moments, ...).
        parts = ", ".join(f"{k} {v:.0f}" for k, v in m.items() if isinstance(v, int | float))
        lines.append(f"bytes per intervention after four events ({impl}): {parts}")
    return lines


def _own_lines(res: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    imp = res.get("import")
    if imp:
        lines.append(
            f"median in a fresh interpreter: `{imp['library']}` {imp['library_ms']:.1f} ms,"
            f" `{imp['dependencies']}` {imp['dependencies_ms']:.1f} ms, ratio {imp['ratio']:.2f}"
        )
    lp = res.get("leerplicht", {})
    for impl, m in lp.items():
        lines.append(
            f"leerplicht status of {m['pupils']:,} pupils ({impl}): median {m['median_s']:.3f} s,"
            f" {m['median_s'] / m['pupils'] * 1e6:.3f} µs a pupil"
        )
    if "leerplicht_ratio" in res:
        ratio = res["leerplicht_ratio"]
        lines.append(f"  gedragswerk_core / floor, median of interleaved pairs = {ratio:.2f}x")
    rap = res.get("rapportage", {})
    for (impl, n), m in sorted(rap.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        lines.append(
            f"annual figures of {n:,} interventions ({impl}): median {m['median_s']:.3f} s,"
            f" {m['median_s'] / n * 1e9:.0f} ns an intervention"
        )
    if "rapportage_ratio" in res:
        ratio = res["rapportage_ratio"]
        lines.append(f"  jaarcijfers / floor, median of interleaved pairs = {ratio:.2f}x")
    mem = res.get("rapportage_memory")
    if mem:
        lines.append(
            f"bytes per intervention read from its dict form (tracemalloc, {mem['n']:,} read):"
            f" {mem['bytes']:.0f}"
        )
    return lines


def _frames_lines(res: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for impl, m in res.get("frames_status", {}).items():
        lines.append(
            f"frames: leerplicht status of {m['n']:,} pupils ({impl}):"
            f" median {m['median_s']:.3f} s, {m['median_s'] / m['n'] * 1e9:.0f} ns a pupil"
        )
    if "frames_status_ratio" in res:
        lines.append(
            f"  frames / NumPy floor, interleaved pairs = {res['frames_status_ratio']:.2f}x"
        )
    for impl, m in res.get("frames_reports", {}).items():
        lines.append(
            f"frames: DUO reports of {m['n']:,} absence records ({impl}): median"
            f" {m['median_s']:.3f} s, {m['median_s'] / m['n'] * 1e9:.0f} ns a record"
        )
    large = res.get("frames_large")
    if large:
        lines.append(
            f"frames: DUO reports of {large['n']:,} records from Parquet (subprocess):"
            f" {large['seconds']:.2f} s ({large['cpu_seconds']:.2f} s CPU),"
            f" peak RSS {large['peak_bytes'] / 1024**3:.2f} GiB"
        )
    lin = res.get("frames_linear")
    if lin:
        klein, groot = lin["sizes"]
        w, c = lin["wall"], lin["cpu"]
        lines.append(
            f"frames: cost per row at {groot:,} / at {klein:,} (wall; CPU):"
            f" status {w['status']:.2f}; {c['status']:.2f},"
            f" reports {w['reports']:.2f}; {c['reports']:.2f}"
        )
    return lines


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Print the measured numbers when the benchmarks ran enabled."""
    res = config.stash.get(_RESULTS, {})
    lines = _lifecycle_lines(res) + _own_lines(res) + _frames_lines(res)
    if lines:
        terminalreporter.section("gedragswerk-core benchmark numbers")
        for line in lines:
            terminalreporter.write_line(line)
