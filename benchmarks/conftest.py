"""Shared benchmark setup: a place for the measured numbers, and a summary printed at the end.

Each benchmark writes what it measured into :func:`results` (a dict kept in ``config.stash``),
but only when benchmarking is enabled. The goal tests read from there and skip when the
numbers were not measured with ``--benchmark-enable``: with the default ``--benchmark-disable``
of CI every benchmarked function runs once as a smoke test, and timings from one run would only
make the goals flaky.

At the end of the run the numbers are printed as one short summary (per transition, ratios,
bytes per intervention, import times), so a full run by hand needs no JSON digging::

    .venv/bin/python -m pytest benchmarks --benchmark-enable -p no:cacheprovider -q
"""

from __future__ import annotations

from typing import Any

import pytest

_RESULTS = pytest.StashKey[dict[str, Any]]()


@pytest.fixture
def results(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The numbers measured in this run, shared by all benchmark modules."""
    return request.config.stash.setdefault(_RESULTS, {})


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.3f} µs"


def _lines(res: dict[str, Any]) -> list[str]:
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
        lines.append(
            f"bytes per intervention after four events ({impl}): "
            f"tracemalloc {m['tracemalloc']:.0f} (with own moments {m['with_moments']:.0f}),"
            f" sizeof walk {m['walk']:.0f}"
        )
    imp = res.get("import")
    if imp:
        lines.append(
            f"import, median in a fresh interpreter: gedragswerk_core {imp['library_ms']:.1f} ms,"
            f" attrs+cattrs+pendulum {imp['dependencies_ms']:.1f} ms,"
            f" ratio {imp['ratio']:.3f} (library adds {imp['added_percent']:.1f}%)"
        )
    return lines


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Print the measured numbers when the benchmarks ran enabled."""
    lines = _lines(config.stash.get(_RESULTS, {}))
    if lines:
        terminalreporter.section("gedragswerk-core benchmark numbers")
        for line in lines:
            terminalreporter.write_line(line)
