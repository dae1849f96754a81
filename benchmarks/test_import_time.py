"""First use: what does ``from gedragswerk_core import Interventie`` cost next to its dependencies?

What is measured is first real use, not ``import gedragswerk_core`` alone: every name is imported
eagerly (there is no lazy loader), but naming a class is what a user's code does first, so the
child runs ``from gedragswerk_core import Interventie``. Side by side, in the same run, a child
runs ``import attrs, cattrs, pendulum``: the library's dependencies, which it imports too, so the
difference is what the library itself adds.

Method. Every measurement runs in a fresh interpreter (``sys.executable -I -c ...``), so nothing
is cached in ``sys.modules``. The child reads ``time.perf_counter_ns()`` right before and right
after the import statement and prints the difference: interpreter start-up and the cost of
spawning the process stay out of the number. The two children are interleaved (alternating which
goes first) for ``ROUNDS`` pairs, after one discarded warm-up pair that writes the bytecode
caches, and the medians are compared. ``-I`` (isolated mode) keeps ``PYTHON*`` environment
variables and the current directory out of the children, and ``COVERAGE_PROCESS_*`` is removed
so a coverage run does not trace the children's imports.

The ``benchmark`` fixture times one interleaved pair per round (wall time of two interpreter
launches, start-up included); the numbers that matter are the in-child medians in
``extra_info`` and in the summary at the end of the run. With ``--benchmark-enable`` one extra
child runs with ``-X importtime`` and the library's own modules with the most self time are
recorded too, to show where the time goes.

There is no goal: the issue sets no import budget, so this benchmark reports and does not
judge. Run::

    .venv/bin/python -m pytest benchmarks/test_import_time.py --benchmark-enable -p no:randomly
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from typing import Any

import pytest

LIBRARY = "gedragswerk_core"
FIRST_USE = f"from {LIBRARY} import Interventie"
DEPENDENCIES = "import attrs, cattrs, pendulum"
ROUNDS = {"full": 21, "small": 7}

_CHILD = "import time; t0 = time.perf_counter_ns(); {}; print(time.perf_counter_ns() - t0)"
_ENV = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-I", *args],
        capture_output=True,
        text=True,
        check=True,
        env=_ENV,
    )


def _import_ns(statement: str) -> int:
    """Nanoseconds ``statement`` takes in a fresh interpreter."""
    return int(_run("-c", _CHILD.format(statement)).stdout)


def _own_modules_self_us(top: int = 8) -> dict[str, int]:
    """The library's modules with the most self time (µs) in one ``-X importtime`` run."""
    stderr = _run("-X", "importtime", "-c", FIRST_USE).stderr
    own: dict[str, int] = {}
    for line in stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) == 3 and fields[2].strip().startswith(LIBRARY):
            own[fields[2].strip()] = int(fields[0])
    return dict(sorted(own.items(), key=lambda kv: -kv[1])[:top])


def test_first_use_imports_the_class():
    assert int(_run("-c", f"{FIRST_USE}; print(len(Interventie.__name__))").stdout) == 11


@pytest.mark.benchmark(group="import time")
def test_import_time(benchmark, results, small):
    library: list[int] = []
    dependencies: list[int] = []
    turn = [0]

    def pair() -> None:
        first, second = (FIRST_USE, DEPENDENCIES)[:: 1 if turn[0] % 2 == 0 else -1]
        turn[0] += 1
        for statement in (first, second):
            (library if statement == FIRST_USE else dependencies).append(_import_ns(statement))

    if benchmark.enabled:
        pair()  # warm-up: bytecode caches, file system caches
        library.clear()
        dependencies.clear()
    benchmark.pedantic(pair, rounds=ROUNDS["small" if small else "full"])

    lib_ms = statistics.median(library) / 1e6
    deps_ms = statistics.median(dependencies) / 1e6
    assert lib_ms > 0
    assert deps_ms > 0
    info: dict[str, Any] = {
        "library": FIRST_USE,
        "dependencies": DEPENDENCIES,
        "library_ms": lib_ms,
        "dependencies_ms": deps_ms,
        "ratio": lib_ms / deps_ms,
        "rounds": len(library),
    }
    benchmark.extra_info.update(info)
    if benchmark.enabled:
        info["own_modules_self_us"] = _own_modules_self_us()
        benchmark.extra_info["own_modules_self_us"] = info["own_modules_self_us"]
        results["import"] = info
