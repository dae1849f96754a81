"""The leerplicht status of a million pupils, three ways, one run: what does gedragswerk_core cost?

The work is the status of R-LPW-1..4 for pupils of whom only the birth date is known, on one
reference date: the category (volledig leerplichtig, kwalificatieplichtig, RMC target group, not
covered) and four dates — the first day of leerplicht (the 1st of the month after the fifth
birthday), its last day (31 July of the school year of the 16th birthday), and the last days of
the kwalificatieplicht and of the RMC target group (the day before the 18th and 23rd birthdays),
with 29 February birthdays reaching an age on 1 March in other years. It is written three times:

* ``gedragswerk_core``: `leerplicht_status_bulk` (integer ordinals from tables, rows of
  ``(Categorie, int, int, int, int)``);
* ``floor``: plain ``datetime.date`` arithmetic, one ``date(...)`` per date — what any careful
  implementation must at least do, so the cost of the library's choices shows;
* ``pendulum``: the same dates as ``pendulum.Date`` method chains (``add(...)``,
  ``start_of(...)``, ``subtract(...)``), the way the rest of the library writes date arithmetic.

:func:`test_the_implementations_agree` checks that the three give the same rows (as ordinals) on
a sample that includes every 29 February in the range.

Timing (group "leerplicht: status of N pupils"): one round is one call over all ``N`` pupils,
from a list of ``datetime.date`` birth dates made once outside the clock. ``N`` = 1,000,000 with
``--benchmark-enable`` (5 rounds for the library and the floor, 1 for pendulum, which takes about
half a minute a round); with the default ``--benchmark-disable`` ``N`` = 2,000 and every function
runs once as a smoke test. The reported time is the median round.

The goals of the issue are checked by the ``test_goal_*`` tests, only with numbers measured with
``--benchmark-enable``: at most 2 s for 1,000,000 pupils, within 4x of the floor, at least 8x
faster than the pendulum chains. Run::

    .venv/bin/python -m pytest benchmarks/test_leerplicht.py --benchmark-enable -q
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pendulum
import pytest

from gedragswerk_core.leerplicht import Categorie, leerplicht_status, leerplicht_status_bulk

N_ENABLED = 1_000_000
N_DISABLED = 2_000
ROUNDS = {"gedragswerk_core": 5, "floor": 5, "pendulum": 1}
PEILDATUM = dt.date(2016, 1, 15)
# Born 1990-2013: on 15 January 2016 every category occurs.
EERSTE_GEBOORTE = dt.date(1990, 1, 1).toordinal()
LAATSTE_GEBOORTE = dt.date(2013, 12, 31).toordinal()
SEED = 20160115
IMPLEMENTATIONS = ("gedragswerk_core", "floor", "pendulum")

NIET, VOLLEDIG, KWALIFICATIE, RMC = (
    Categorie.NIET_GEDEKT,
    Categorie.VOLLEDIG_LEERPLICHTIG,
    Categorie.KWALIFICATIEPLICHTIG,
    Categorie.RMC_DOELGROEP,
)


def _geboortedata(n: int) -> list[dt.date]:
    rnd = random.Random(SEED)  # noqa: S311 — test data, not security
    return [dt.date.fromordinal(rnd.randint(EERSTE_GEBOORTE, LAATSTE_GEBOORTE)) for _ in range(n)]


def _categorie(peil: Any, begin: Any, lp: Any, kp: Any, rmc: Any) -> Categorie:
    if peil < begin:
        return NIET
    if peil <= lp:
        return VOLLEDIG
    if peil <= kp:
        return KWALIFICATIE
    if peil <= rmc:
        return RMC
    return NIET


# --- (b) the floor: plain datetime.date arithmetic ----------------------------------------------

EEN_DAG = dt.timedelta(days=1)


def floor_status(geboortedata: list[dt.date], peildatum: dt.date) -> list[tuple[Any, ...]]:
    rijen = []
    append = rijen.append
    date = dt.date
    for b in geboortedata:
        j, m, d = b.year, b.month, b.day
        if m == 2 and d == 29:  # five, 18 and 23 fall in years without 29 February: 1 March
            begin = date(j + 5, 4, 1)
            kp = date(j + 18, 3, 1) - EEN_DAG
            rmc = date(j + 23, 3, 1) - EEN_DAG
        else:
            begin = date(j + 5 + (m == 12), m % 12 + 1, 1)
            kp = date(j + 18, m, d) - EEN_DAG
            rmc = date(j + 23, m, d) - EEN_DAG
        lp = date(j + 16 + (m >= 8), 7, 31)
        append((_categorie(peildatum, begin, lp, kp, rmc), begin, lp, kp, rmc))
    return rijen


# --- (c) pendulum method chains -----------------------------------------------------------------


def pendulum_status(geboortedata: list[dt.date], peildatum: dt.date) -> list[tuple[Any, ...]]:
    peil = pendulum.Date(peildatum.year, peildatum.month, peildatum.day)
    rijen = []
    append = rijen.append
    for b in geboortedata:
        geboren = pendulum.Date(b.year, b.month, b.day)
        schrikkel = b.month == 2 and b.day == 29  # pendulum clamps to 28 February: move on a day
        vijf = geboren.add(years=5)
        if schrikkel:
            vijf = vijf.add(days=1)
        begin = vijf.add(months=1).start_of("month")
        # 31 July ending the school year of the 16th birthday: five months on lands in the
        # calendar year in which that school year ends.
        lp = geboren.add(years=16).add(months=5).start_of("year").add(months=7).subtract(days=1)
        achttien = geboren.add(years=18)
        drieentwintig = geboren.add(years=23)
        if schrikkel:
            achttien, drieentwintig = achttien.add(days=1), drieentwintig.add(days=1)
        kp = achttien.subtract(days=1)
        rmc = drieentwintig.subtract(days=1)
        append((_categorie(peil, begin, lp, kp, rmc), begin, lp, kp, rmc))
    return rijen


STATUS: dict[str, Callable[[list[dt.date], dt.date], list[tuple[Any, ...]]]] = {
    "gedragswerk_core": leerplicht_status_bulk,
    "floor": floor_status,
    "pendulum": pendulum_status,
}


def _als_ordinalen(rij: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(x if isinstance(x, Categorie | int) else x.toordinal() for x in rij)


# --- correctness first: the three agree, and agree with the full status -------------------------


@pytest.fixture(scope="module")
def geboortedata(request: pytest.FixtureRequest) -> list[dt.date]:
    config = request.config
    enabled = config.getoption("benchmark_enable") or not config.getoption("benchmark_disable")
    return _geboortedata(N_ENABLED if enabled else N_DISABLED)


def test_the_implementations_agree():
    schrikkeldagen = [dt.date(j, 2, 29) for j in range(1992, 2014, 4)]
    sample = _geboortedata(5_000) + schrikkeldagen
    rijen = {impl: [_als_ordinalen(r) for r in STATUS[impl](sample, PEILDATUM)] for impl in STATUS}
    assert rijen["floor"] == rijen["gedragswerk_core"]
    assert rijen["pendulum"] == rijen["gedragswerk_core"]
    assert {r[0] for r in rijen["floor"]} == {NIET, VOLLEDIG, KWALIFICATIE, RMC}
    for b, rij in list(zip(sample, rijen["gedragswerk_core"], strict=True))[::250]:
        status = leerplicht_status(b, PEILDATUM)
        assert rij == (
            status.categorie,
            status.leerplicht.begin.toordinal(),
            status.leerplicht.einde.toordinal(),
            status.kwalificatieplicht.einde.toordinal(),
            status.rmc.einde.toordinal(),
        )


# --- timing -------------------------------------------------------------------------------------


@pytest.mark.benchmark(group="leerplicht: status of N pupils")
@pytest.mark.parametrize("impl", IMPLEMENTATIONS)
def test_status(benchmark, results, geboortedata, impl):
    """The status of every pupil in ``geboortedata`` on ``PEILDATUM``; one call per round."""
    n = len(geboortedata)
    rijen = benchmark.pedantic(
        STATUS[impl], args=(geboortedata, PEILDATUM), rounds=ROUNDS[impl], iterations=1
    )
    assert len(rijen) == n
    benchmark.extra_info["pupils"] = n
    if benchmark.enabled:
        median = benchmark.stats.stats.median
        benchmark.extra_info["median_per_pupil_us"] = median / n * 1e6
        results.setdefault("leerplicht", {})[impl] = {"median_s": median, "pupils": n}


# --- the goals of the issue: checked only on numbers measured with --benchmark-enable ------------


def _gemeten(results: dict[str, Any], impl: str) -> float:
    value = results.get("leerplicht", {}).get(impl)
    if value is None:
        pytest.skip(
            f"no leerplicht numbers for {impl}: run the whole module with --benchmark-enable "
            "(with the default --benchmark-disable the benchmarks only smoke-test)"
        )
    return value["median_s"] * N_ENABLED / value["pupils"]


def test_goal_at_most_2s_for_a_million_pupils(results):
    gw = _gemeten(results, "gedragswerk_core")
    assert gw <= 2.0, f"{gw:.2f} s for 1,000,000 pupils, goal 2 s"


def test_goal_within_4x_of_the_floor(results):
    gw = _gemeten(results, "gedragswerk_core")
    floor = _gemeten(results, "floor")
    assert gw / floor <= 4, f"{gw / floor:.2f}x the datetime.date floor, goal at most 4x"


def test_goal_at_least_8x_faster_than_pendulum_chains(results):
    gw = _gemeten(results, "gedragswerk_core")
    chains = _gemeten(results, "pendulum")
    assert chains / gw >= 8, f"only {chains / gw:.1f}x faster than pendulum chains, goal 8x"
