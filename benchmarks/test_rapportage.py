"""The annual figures of 10,000, 100,000 and 1,000,000 interventions: one pass, linear cost.

The work is `jaarcijfers` for 2015–2016 over a log of ``N`` interventions: every figure of the
annual report (R-RAP) — start month, region, status on 31 July, pupils, systemic questions,
actietafels — in one pass over the log.

The log: building a million interventions through the commands would take minutes, so the log is
made of the 182 interventions of the fictional 2015–2016 case log
(`voorbeelden.jaarverslag2015`: 178 in the year, four just outside it) as templates, cycled.
Each copy is its own `Interventie` holding its own `Toestand` with its own ``begin`` and
``laatste`` moments (new ``pendulum.DateTime`` objects of equal value), so the pass reads
``N`` distinct objects spread over memory, as with real data; the events tuple, the hulpvraag and
the other moments are shared with the template (they are only read for the 30% of interventions
with an escalation or with events after 31 July). The copies are built outside the clock. The mix
is the case log's: about 70% counted from the folded state alone, 30% from their events.

Correctness: the figures of a log of ``N`` must equal those of the templates added up ``N // 182``
times plus those of the first ``N % 182`` (`Jaarcijfers` addition, itself tested in
tests/test_rapportage.py).

Timing (group "rapportage: annual figures of N interventions"): one round is one call over the
whole log; 50 rounds at 10,000, 10 at 100,000, 5 at 1,000,000 with ``--benchmark-enable`` (with
the default ``--benchmark-disable`` the sizes are 500, 1,000, 2,000 and each runs once as a smoke
test). The reported time is the median round; per intervention = median / ``N``.

The goals of the issue are checked by the ``test_goal_*`` tests, only with numbers measured with
``--benchmark-enable``: at most 1 s for 1,000,000 interventions, and linear cost — the time per
intervention at 1,000,000 within 1.3x of that at 10,000. Run::

    .venv/bin/python -m pytest benchmarks/test_rapportage.py --benchmark-enable -q
"""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest

from gedragswerk_core import jaarverslag2015
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.rapportage.jaarcijfers import Jaarcijfers, jaarcijfers

N_ENABLED = (10_000, 100_000, 1_000_000)
N_DISABLED = (500, 1_000, 2_000)
ROUNDS = {10_000: 50, 100_000: 10, 1_000_000: 5}
SCHOOLJAAR = jaarverslag2015.SCHOOLJAAR
TEMPLATES = jaarverslag2015.interventies()


def _moment(m: pendulum.DateTime) -> pendulum.DateTime:
    """An equal moment in a new object."""
    return pendulum.DateTime(
        m.year,
        m.month,
        m.day,
        m.hour,
        m.minute,
        m.second,
        m.microsecond,
        tzinfo=m.tzinfo,
        fold=m.fold,
    )


def _kopie(template: Interventie) -> Interventie:
    """A new intervention with the template's events, its first and last with new, equal moments.

    Built with the constructor (which replays the events); the reading of moments cannot lean
    on shared objects.
    """
    gebeurtenissen = template.gebeurtenissen
    nieuw = [attrs.evolve(g, moment=_moment(g.moment)) for g in gebeurtenissen[:1]]
    if len(gebeurtenissen) > 1:
        laatste = gebeurtenissen[-1]
        nieuw += [*gebeurtenissen[1:-1], attrs.evolve(laatste, moment=_moment(laatste.moment))]
    return Interventie(nieuw)


def _log(n: int) -> list[Interventie]:
    aantal = len(TEMPLATES)
    return [_kopie(TEMPLATES[k % aantal]) for k in range(n)]


def _maal(cijfers: Jaarcijfers, keer: int) -> Jaarcijfers | None:
    """``cijfers`` added up ``keer`` times (by doubling), or ``None`` for zero times."""
    totaal = None
    macht = cijfers
    while keer:
        if keer & 1:
            totaal = macht if totaal is None else totaal + macht
        macht = macht + macht
        keer >>= 1
    return totaal


def _verwacht(n: int) -> Jaarcijfers:
    heel, rest = divmod(n, len(TEMPLATES))
    delen = [
        _maal(jaarcijfers(TEMPLATES, SCHOOLJAAR), heel),
        jaarcijfers(TEMPLATES[:rest], SCHOOLJAAR) if rest else None,
    ]
    aanwezig = [d for d in delen if d is not None]
    totaal = aanwezig[0]
    for deel in aanwezig[1:]:
        totaal = totaal + deel
    return totaal


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("benchmark_enable") or not config.getoption("benchmark_disable"))


@pytest.fixture(scope="module")
def logs(request: pytest.FixtureRequest) -> dict[int, list[Interventie]]:
    sizes = N_ENABLED if _enabled(request.config) else N_DISABLED
    grootste = _log(max(sizes))
    # The smaller logs are the start of the largest: the same objects, fewer of them.
    return {n: grootste[:n] for n in sizes}


def test_de_kopieen_zijn_gelijk_aan_hun_sjabloon():
    for template in TEMPLATES:
        kopie = _kopie(template)
        assert kopie == template
        assert kopie.toestand == template.toestand
        assert kopie.gebeurtenissen[0].moment is not template.gebeurtenissen[0].moment
        assert kopie.gebeurtenissen[-1].moment is not template.gebeurtenissen[-1].moment


def test_de_sjablonen_geven_de_gepubliceerde_cijfers():
    cijfers = jaarcijfers(TEMPLATES, SCHOOLJAAR)
    assert (cijfers.interventies, cijfers.aantal_regios, cijfers.afgerond.teller) == (178, 132, 112)


# --- timing -------------------------------------------------------------------------------------


@pytest.mark.benchmark(group="rapportage: annual figures of N interventions")
@pytest.mark.parametrize("index", [0, 1, 2], ids=["small", "medium", "large"])
def test_jaarcijfers(benchmark, results, logs, index):
    """The figures of 2015–2016 over a log of ``N`` interventions; one call per round."""
    n = sorted(logs)[index]
    log = logs[n]
    rounds = ROUNDS.get(n, 1) if benchmark.enabled else 1
    cijfers = benchmark.pedantic(jaarcijfers, args=(log, SCHOOLJAAR), rounds=rounds, iterations=1)
    assert cijfers == _verwacht(n)
    benchmark.extra_info["interventions"] = n
    if benchmark.enabled:
        median = benchmark.stats.stats.median
        benchmark.extra_info["median_per_intervention_ns"] = median / n * 1e9
        results.setdefault("rapportage", {})[n] = median


# --- the goals of the issue: checked only on numbers measured with --benchmark-enable ------------


def _gemeten(results: dict[str, Any], n: int) -> float:
    value = results.get("rapportage", {}).get(n)
    if value is None:
        pytest.skip(
            f"no rapportage numbers for {n:,}: run the whole module with --benchmark-enable "
            "(with the default --benchmark-disable the benchmarks only smoke-test)"
        )
    return float(value)


def test_goal_at_most_1s_for_a_million_interventions(results):
    seconden = _gemeten(results, 1_000_000)
    assert seconden <= 1.0, f"{seconden:.3f} s for 1,000,000 interventions, goal 1 s"


def test_goal_linear_cost_per_intervention(results):
    klein = _gemeten(results, 10_000) / 10_000
    groot = _gemeten(results, 1_000_000) / 1_000_000
    assert groot / klein <= 1.3, (
        f"{groot * 1e9:.0f} ns per intervention at 1,000,000 vs {klein * 1e9:.0f} ns at 10,000: "
        f"{groot / klein:.2f}x, goal at most 1.3x"
    )
