"""Import time: what does ``import gedragswerk_core`` add on top of its dependencies?

Method. Every measurement runs in a fresh interpreter (``sys.executable -I -c ...``), so nothing
is cached in ``sys.modules``. The child reads ``time.perf_counter_ns()`` right before and right
after the import statement and prints the difference: interpreter start-up (the same for both,
and larger than what is measured) stays out of the number, and so does the cost of spawning the
process. Two children are compared:

* ``import gedragswerk_core`` — the library, which imports attrs, cattrs and pendulum itself;
* ``import attrs, cattrs, pendulum`` — its dependencies alone.

The two are interleaved (alternating which goes first) for ``ROUNDS`` pairs, after one discarded
warm-up pair that writes the bytecode caches, and the medians are compared. ``-I`` (isolated
mode) keeps ``PYTHON*`` environment variables and the current directory out of the children, and
``COVERAGE_PROCESS_*`` is removed so a coverage run does not trace the children's imports.

The ``benchmark`` fixture times one interleaved pair per round (wall time of two interpreter
launches, start-up included); the numbers that matter are the in-child medians in
``extra_info`` and in the summary at the end of the run. With ``--benchmark-enable`` one extra
child runs with ``-X importtime`` and the library's own modules with the most self time are
recorded too, to show where the time goes.

Goal of the issue: the library adds at most 25% on top of its dependencies' import time, i.e.
``median(library) <= 1.25 * median(dependencies)``. Checked only on numbers measured with
``--benchmark-enable`` (:func:`test_goal_adds_at_most_25_percent`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from typing import Any

import pytest

LIBRARY = "gedragswerk_core"
DEPENDENCIES = "attrs, cattrs, pendulum"
ROUNDS = 21
GOAL = 1.25

_CHILD = "import time; t0 = time.perf_counter_ns(); import {}; print(time.perf_counter_ns() - t0)"
_ENV = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-I", *args],
        capture_output=True,
        text=True,
        check=True,
        env=_ENV,
    )


def _import_ns(modules: str) -> int:
    """Nanoseconds ``import <modules>`` takes in a fresh interpreter."""
    return int(_run("-c", _CHILD.format(modules)).stdout)


def _own_modules_self_us(top: int = 8) -> dict[str, int]:
    """The library's modules with the most self time (µs) in one ``-X importtime`` run."""
    stderr = _run("-X", "importtime", "-c", f"import {LIBRARY}").stderr
    own: dict[str, int] = {}
    for line in stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) == 3 and fields[2].strip().startswith(LIBRARY):
            own[fields[2].strip()] = int(fields[0])
    return dict(sorted(own.items(), key=lambda kv: -kv[1])[:top])


@pytest.mark.benchmark(group="import time")
def test_import_time(benchmark, results):
    library: list[int] = []
    dependencies: list[int] = []
    turn = [0]

    def pair() -> None:
        first, second = (LIBRARY, DEPENDENCIES) if turn[0] % 2 == 0 else (DEPENDENCIES, LIBRARY)
        turn[0] += 1
        for modules in (first, second):
            (library if modules == LIBRARY else dependencies).append(_import_ns(modules))

    if benchmark.enabled:
        pair()  # warm-up: bytecode caches, file system caches
        library.clear()
        dependencies.clear()
    benchmark.pedantic(pair, rounds=ROUNDS)

    lib_ms = statistics.median(library) / 1e6
    deps_ms = statistics.median(dependencies) / 1e6
    assert lib_ms > 0
    assert deps_ms > 0
    ratio = lib_ms / deps_ms
    info: dict[str, Any] = {
        "library_ms": lib_ms,
        "dependencies_ms": deps_ms,
        "ratio": ratio,
        "added_percent": (ratio - 1) * 100,
        "rounds": len(library),
    }
    benchmark.extra_info.update(info)
    if benchmark.enabled:
        info["own_modules_self_us"] = _own_modules_self_us()
        benchmark.extra_info["own_modules_self_us"] = info["own_modules_self_us"]
        results["import"] = info


def test_goal_adds_at_most_25_percent(results):
    info = results.get("import")
    if info is None:
        pytest.skip(
            "no import-time numbers: run this module with --benchmark-enable "
            "(with the default --benchmark-disable the benchmark only smoke-tests)"
        )
    assert info["ratio"] <= GOAL, (
        f"import {LIBRARY}: {info['library_ms']:.1f} ms against {info['dependencies_ms']:.1f} ms "
        f"for {DEPENDENCIES}: the library adds {info['added_percent']:.0f}%, goal at most "
        f"{(GOAL - 1) * 100:.0f}%; most self time in {info['own_modules_self_us']}"
    )
