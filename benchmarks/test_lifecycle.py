"""One guarded lifecycle, four implementations, one run: what does gedragswerk_core cost?

The lifecycle is the library's own: create (a hulpvraag comes in), accept (guard: the intake
allows it, R-LC-2/R-LC-7), one conversation (guard: at least one regional party takes part,
R-LC-3), then either

* closing (afronding, R-LC-5; guard: a solution was found OR the actors can AND want to go on), or
* handover (overdracht, R-LC-6; guard: the receiver is another party, it is more for the
  receiver to act, AND the receiver can AND wants to).

Every step also refuses an event earlier than the previous one. It is written four times:

* ``gedragswerk_core``: ``ontvang``, ``accepteer``, ``voer_gesprek``, ``rond_af``/``draag_over``
  (immutable values, an event history, a ``Besluit`` with reasons for every step);
* ``transitions``: a ``Machine`` with ``conditions`` (one machine per model, the documented way);
* ``python-statemachine``: a ``StateMachine`` with ``cond`` guards;
* ``floor``: a plain mutable class with ``__slots__`` and ``if`` checks — the least any correct
  implementation must do, so the cost of everything else shows.

All four read the same input values (the hulpvraag, parties, moments, verklaring and voorstel of
:mod:`voorbeelden.voorbeeld`), so the guards do the same work and only the machinery differs.
:func:`test_the_implementations_agree` checks that they accept and refuse the same steps.

Timing (group "lifecycle: transitions"): ``benchmark.pedantic`` with a ``setup`` that creates
``N`` fresh interventions outside the clock (``N`` = 100; 20 for python-statemachine, which is
slow enough that fewer keep the run short; 2 with benchmarking disabled); the timed target then
runs the three guarded transitions on each of them. One round is ``3 * N`` transitions; the
per-transition median is the median round divided by ``3 * N`` (a median of batch means: a single
transition of a fraction of a microsecond is too short to time on its own). Loop overhead is in
all four alike. Group "lifecycle: create + transitions" also times the create step, per step =
median / ``4 * N``. For ``transitions`` the create step builds one ``Machine`` per model, as its
documentation does; that is why its create cost is large.

Memory: after the four events (received, accepted, conversation, closed), how many bytes does one
intervention hold that are its own? Two methods, both recorded:

* ``tracemalloc`` (the number the goal is checked against): build ``N`` interventions from the
  shared inputs while tracing, keep them alive, collect garbage, and divide the traced growth
  (minus the list that holds them) by ``N``. Inputs were allocated before tracing started, so
  the shared strings, enums and ``Partij`` objects are excluded by construction; intermediate
  values that were freed do not count.
* a ``sys.getsizeof`` walk over ``gc.get_referents``: the objects reachable from one
  intervention that are *not* reachable from a second one built from the same inputs (nor from
  the inputs themselves). What both share — strings, enums, parties, moments, class-level
  defaults, types — is excluded; what is left is summed, and broken down by type.

The same figure is also measured *with the moments*: each intervention then gets moments of its
own (made while tracing, as moments read from storage are), so they count too.

The budgets of issue 16 are checked by the ``test_goal_*`` tests at the end, and only when the
numbers were measured with ``--benchmark-enable``: at most 3 µs median per transition, at least
3x faster than ``transitions``, at most 350 bytes per intervention (without the moments; the
figure with them is reported). A quick CI step runs them at small sizes::

    BENCHMARK_SMALL=1 pytest benchmarks/test_lifecycle.py --benchmark-enable
"""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc
import types
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from statemachine import State, StateMachine
from statemachine.exceptions import TransitionNotAllowed
from transitions import Machine
from transitions.core import MachineError

from gedragswerk_core import (
    Afrondingsverklaring,
    Geaccepteerd,
    Hulpvraag,
    Interventie,
    InvalidValueError,
    Overdrachtsvoorstel,
    Partij,
    RefusedError,
    SparringRol,
    accepteer,
    draag_over,
    ontvang,
    rond_af,
    voer_gesprek,
    voorbeeld,
)

# --- the shared inputs ---------------------------------------------------------------------------

PARTIJEN = voorbeeld.partijen()
HULPVRAAG = voorbeeld.hulpvraag()
# The moments as the library holds them: every event keeps its moment as the UTC instant (one
# representation at the boundary, issue 16), so given in that form the benchmark times the
# lifecycle, not the conversion. A wall time in Europe/Amsterdam costs one conversion more per
# command; test_een_moment_aan_de_grens reports what that adds.
WANDKLOK = tuple(
    voorbeeld.moment(*dag) for dag in ((2015, 9, 14), (2015, 9, 15), (2015, 9, 29), (2016, 3, 1))
)
M0, M1, M2, M3 = (Geaccepteerd(moment).moment for moment in WANDKLOK)
DEELNEMERS = (PARTIJEN["leerplicht"], PARTIJEN["swv"], PARTIJEN["school"], PARTIJEN["sparring"])
ROL = SparringRol.MEDIATOR
# No solution, but can and want: the second arm of the OR is evaluated in full.
VERKLARING = Afrondingsverklaring(
    oplossing_gevonden=False, kunnen_zelf_verder=True, willen_zelf_verder=True
)
VOORSTEL = Overdrachtsvoorstel(
    PARTIJEN["consulent"], meer_aan_ontvanger=True, ontvanger_kan=True, ontvanger_wil=True
)

IMPLEMENTATIONS = ("gedragswerk_core", "transitions", "python-statemachine", "floor")
PATHS = ("afronding", "overdracht")

# The quick CI step (BENCHMARK_SMALL=1, see conftest.py) runs the goals at small sizes, in seconds.
QUICK = os.environ.get("BENCHMARK_SMALL") == "1"
N_ENABLED = 20 if QUICK else 100  # interventions per round
# python-statemachine is ~10x slower per transition: fewer per round keeps the run short.
N_PER_ROUND = {
    impl: (5 if QUICK else 20) if impl == "python-statemachine" else N_ENABLED
    for impl in IMPLEMENTATIONS
}
ROUNDS = 30 if QUICK else 200
WARMUP_ROUNDS = 3 if QUICK else 10
N_MEMORY = 100 if QUICK else 500


# --- the guards, shared by the three competitors -------------------------------------------------


def _intake_ok(hulpvraag: Hulpvraag) -> bool:
    return hulpvraag.consulenten_betrokken and hulpvraag.systemisch_aspect


def _regionale_partij(deelnemers: tuple[Partij, ...]) -> bool:
    return any(not p.is_sparring_partner for p in deelnemers)


def _afronding_ok(verklaring: Afrondingsverklaring) -> bool:
    return verklaring.oplossing_gevonden or (
        verklaring.kunnen_zelf_verder and verklaring.willen_zelf_verder
    )


def _overdracht_ok(voorstel: Overdrachtsvoorstel) -> bool:
    return (
        not voorstel.ontvanger.is_sparring_partner
        and voorstel.meer_aan_ontvanger
        and voorstel.ontvanger_kan
        and voorstel.ontvanger_wil
    )


# --- (d) the floor: a plain mutable class with if-checks -----------------------------------------

ONTVANGEN, LOPEND, AFGEROND, OVERGEDRAGEN = "ontvangen", "lopend", "afgerond", "overgedragen"


class GeweigerdError(Exception):
    """The floor refuses a step."""


class FloorInterventie:
    __slots__ = ("hulpvraag", "laatste", "laatste_gesprek", "state")

    def __init__(self, hulpvraag: Hulpvraag, moment: Any) -> None:
        self.hulpvraag = hulpvraag
        self.state = ONTVANGEN
        self.laatste = moment
        self.laatste_gesprek = None

    def accepteer(self, moment: Any) -> None:
        if self.state is not ONTVANGEN or moment < self.laatste or not _intake_ok(self.hulpvraag):
            raise GeweigerdError
        self.state = LOPEND
        self.laatste = moment

    def voer_gesprek(self, moment: Any, deelnemers: tuple[Partij, ...], rol: SparringRol) -> None:
        del rol
        if self.state is not LOPEND or moment < self.laatste or not _regionale_partij(deelnemers):
            raise GeweigerdError
        self.laatste = self.laatste_gesprek = moment

    def rond_af(self, moment: Any, verklaring: Afrondingsverklaring) -> None:
        if self.state is not LOPEND or moment < self.laatste or not _afronding_ok(verklaring):
            raise GeweigerdError
        self.state = AFGEROND
        self.laatste = moment

    def draag_over(self, moment: Any, voorstel: Overdrachtsvoorstel) -> None:
        if (
            (self.state is not ONTVANGEN and self.state is not LOPEND)
            or moment < self.laatste
            or not _overdracht_ok(voorstel)
        ):
            raise GeweigerdError
        self.state = OVERGEDRAGEN
        self.laatste = moment


# --- (b) transitions: a Machine with conditions ------------------------------------------------

_TRANSITIONS_STATES = [ONTVANGEN, LOPEND, AFGEROND, OVERGEDRAGEN]
_TRANSITIONS_TRANSITIONS = [
    {
        "trigger": "accepteer",
        "source": ONTVANGEN,
        "dest": LOPEND,
        "conditions": ["_op_tijd", "_intake_ok"],
        "after": "_registreer",
    },
    {
        "trigger": "voer_gesprek",
        "source": LOPEND,
        "dest": None,  # an internal transition: stays lopend
        "conditions": ["_op_tijd", "_regionale_partij"],
        "after": "_registreer_gesprek",
    },
    {
        "trigger": "rond_af",
        "source": LOPEND,
        "dest": AFGEROND,
        "conditions": ["_op_tijd", "_afronding_ok"],
        "after": "_registreer",
    },
    {
        "trigger": "draag_over",
        "source": [ONTVANGEN, LOPEND],
        "dest": OVERGEDRAGEN,
        "conditions": ["_op_tijd", "_overdracht_ok"],
        "after": "_registreer",
    },
]


class TransitionsInterventie:
    """The model; ``transitions`` adds ``state`` and the trigger methods."""

    def __init__(self, hulpvraag: Hulpvraag, moment: Any) -> None:
        self.hulpvraag = hulpvraag
        self.laatste = moment
        self.laatste_gesprek = None
        Machine(
            model=self,
            states=_TRANSITIONS_STATES,
            transitions=_TRANSITIONS_TRANSITIONS,
            initial=ONTVANGEN,
            auto_transitions=False,
        )

    def _op_tijd(self, moment: Any, **_: Any) -> bool:
        return moment >= self.laatste

    def _intake_ok(self, **_: Any) -> bool:
        return _intake_ok(self.hulpvraag)

    def _regionale_partij(self, deelnemers: tuple[Partij, ...], **_: Any) -> bool:
        return _regionale_partij(deelnemers)

    def _afronding_ok(self, verklaring: Afrondingsverklaring, **_: Any) -> bool:
        return _afronding_ok(verklaring)

    def _overdracht_ok(self, voorstel: Overdrachtsvoorstel, **_: Any) -> bool:
        return _overdracht_ok(voorstel)

    def _registreer(self, moment: Any, **_: Any) -> None:
        self.laatste = moment

    def _registreer_gesprek(self, moment: Any, **_: Any) -> None:
        self.laatste = self.laatste_gesprek = moment


# --- (c) python-statemachine: a StateMachine with cond guards --------------------------------


class StatemachineInterventie(StateMachine):
    """Guards get the event's keyword arguments by name (dependency injection)."""

    ontvangen = State(initial=True)
    lopend = State()
    afgerond = State(final=True)
    overgedragen = State(final=True)

    accepteer = ontvangen.to(lopend, cond=["_op_tijd", "_intake_ok"], on="_registreer")
    voer_gesprek = lopend.to.itself(
        internal=True, cond=["_op_tijd", "_regionale_partij"], on="_registreer_gesprek"
    )
    rond_af = lopend.to(afgerond, cond=["_op_tijd", "_afronding_ok"], on="_registreer")
    draag_over = ontvangen.to(
        overgedragen, cond=["_op_tijd", "_overdracht_ok"], on="_registreer"
    ) | lopend.to(overgedragen, cond=["_op_tijd", "_overdracht_ok"], on="_registreer")

    def __init__(self, hulpvraag: Hulpvraag, moment: Any) -> None:
        self.hulpvraag = hulpvraag
        self.laatste = moment
        self.laatste_gesprek = None
        super().__init__()

    def _op_tijd(self, moment: Any) -> bool:
        return moment >= self.laatste

    def _intake_ok(self) -> bool:
        return _intake_ok(self.hulpvraag)

    def _regionale_partij(self, deelnemers: tuple[Partij, ...]) -> bool:
        return _regionale_partij(deelnemers)

    def _afronding_ok(self, verklaring: Afrondingsverklaring) -> bool:
        return _afronding_ok(verklaring)

    def _overdracht_ok(self, voorstel: Overdrachtsvoorstel) -> bool:
        return _overdracht_ok(voorstel)

    def _registreer(self, moment: Any) -> None:
        self.laatste = moment

    def _registreer_gesprek(self, moment: Any) -> None:
        self.laatste = self.laatste_gesprek = moment


# --- driving them: the same calls, with keyword arguments, for all four --------------------------


def _gw_afronding(interventies: Iterable[Interventie]) -> list[Interventie]:
    out = []
    for i in interventies:
        j = accepteer(i, moment=M1)
        j = voer_gesprek(j, moment=M2, deelnemers=DEELNEMERS, rol=ROL)
        out.append(rond_af(j, moment=M3, verklaring=VERKLARING))
    return out


def _gw_overdracht(interventies: Iterable[Interventie]) -> list[Interventie]:
    out = []
    for i in interventies:
        j = accepteer(i, moment=M1)
        j = voer_gesprek(j, moment=M2, deelnemers=DEELNEMERS, rol=ROL)
        out.append(draag_over(j, moment=M3, voorstel=VOORSTEL))
    return out


def _mutable_afronding(objs: list[Any]) -> list[Any]:
    for o in objs:
        o.accepteer(moment=M1)
        o.voer_gesprek(moment=M2, deelnemers=DEELNEMERS, rol=ROL)
        o.rond_af(moment=M3, verklaring=VERKLARING)
    return objs


def _mutable_overdracht(objs: list[Any]) -> list[Any]:
    for o in objs:
        o.accepteer(moment=M1)
        o.voer_gesprek(moment=M2, deelnemers=DEELNEMERS, rol=ROL)
        o.draag_over(moment=M3, voorstel=VOORSTEL)
    return objs


CREATE: dict[str, Callable[[Hulpvraag, Any], Any]] = {
    "gedragswerk_core": ontvang,
    "transitions": TransitionsInterventie,
    "python-statemachine": StatemachineInterventie,
    "floor": FloorInterventie,
}
DRIVE: dict[tuple[str, str], Callable[[list[Any]], list[Any]]] = {
    ("gedragswerk_core", "afronding"): _gw_afronding,
    ("gedragswerk_core", "overdracht"): _gw_overdracht,
    **{(impl, "afronding"): _mutable_afronding for impl in IMPLEMENTATIONS[1:]},
    **{(impl, "overdracht"): _mutable_overdracht for impl in IMPLEMENTATIONS[1:]},
}
FINAL = {"afronding": AFGEROND, "overdracht": OVERGEDRAGEN}


def _state(obj: Any) -> str:
    if isinstance(obj, Interventie):
        return obj.status.value
    if isinstance(obj, StatemachineInterventie):
        return obj.current_state_value
    return obj.state


def _create_many(impl: str, n: int) -> list[Any]:
    create = CREATE[impl]
    return [create(HULPVRAAG, M0) for _ in range(n)]


def _lifecycle(impl: str, n: int) -> list[Any]:
    """Create ``n`` interventions and take each through the four events (closing path)."""
    return DRIVE[impl, "afronding"](_create_many(impl, n))


# --- correctness first: the four do the same thing -----------------------------------------------


def _refused(impl: str, step: Callable[[], Any]) -> bool:
    """Whether ``step`` was refused, in the implementation's own way of saying so.

    gedragswerk_core raises ``RefusedError`` (an event too early: ``InvalidValueError``), the floor
    ``GeweigerdError``, python-statemachine ``TransitionNotAllowed``; transitions raises
    ``MachineError`` for a step not possible in the state and returns ``False`` when a condition
    fails.
    """
    try:
        ok = step()
    except (RefusedError, InvalidValueError, GeweigerdError, TransitionNotAllowed, MachineError):
        return True
    # transitions returns False when a condition fails; the others return the new value or None.
    return impl == "transitions" and ok is False


def _step(impl: str, obj: Any, name: str, **kwargs: Any) -> Callable[[], Any]:
    if impl == "gedragswerk_core":
        command = {
            "accepteer": accepteer,
            "voer_gesprek": voer_gesprek,
            "rond_af": rond_af,
            "draag_over": draag_over,
        }[name]
        return lambda: command(obj, **kwargs)
    return lambda: getattr(obj, name)(**kwargs)


@pytest.mark.parametrize("impl", IMPLEMENTATIONS)
def test_the_implementations_agree(impl):
    for path in PATHS:
        (done,) = DRIVE[impl, path](_create_many(impl, 1))
        assert _state(done) == FINAL[path]

    create = CREATE[impl]
    # Accept: refused when the consulenten are not engaged (R-LC-7).
    fresh = create(voorbeeld.ouders_hulpvraag(), M0)
    assert _refused(impl, _step(impl, fresh, "accepteer", moment=M1))
    assert _state(fresh) == ONTVANGEN
    # Accept: refused when earlier than the hulpvraag.
    fresh = create(HULPVRAAG, M1)
    assert _refused(impl, _step(impl, fresh, "accepteer", moment=M0))

    def lopend() -> Any:
        obj = create(HULPVRAAG, M0)
        result = _step(impl, obj, "accepteer", moment=M1)()
        return result if impl == "gedragswerk_core" else obj

    # A conversation with only the sparring partner is refused (R-LC-3).
    alleen = (PARTIJEN["sparring"],)
    assert _refused(
        impl, _step(impl, lopend(), "voer_gesprek", moment=M2, deelnemers=alleen, rol=ROL)
    )
    # Closing: refused with no solution and only "can" (R-LC-5).
    half = Afrondingsverklaring(oplossing_gevonden=False, kunnen_zelf_verder=True)
    obj = lopend()
    assert _refused(impl, _step(impl, obj, "rond_af", moment=M3, verklaring=half))
    assert _state(obj) == LOPEND
    # Handover: refused when the receiver does not want to (R-LC-6).
    wil_niet = Overdrachtsvoorstel(PARTIJEN["consulent"], True, True, False)
    assert _refused(impl, _step(impl, lopend(), "draag_over", moment=M3, voorstel=wil_niet))
    # Handover: refused to the sparring partner itself (R-LC-6).
    zelf = Overdrachtsvoorstel(PARTIJEN["sparring"], True, True, True)
    assert _refused(impl, _step(impl, lopend(), "draag_over", moment=M3, voorstel=zelf))
    # Closing is not possible before acceptance.
    fresh = create(HULPVRAAG, M0)
    assert _refused(impl, _step(impl, fresh, "rond_af", moment=M1, verklaring=VERKLARING))


# --- timing --------------------------------------------------------------------------------------


@pytest.mark.benchmark(group="lifecycle: transitions")
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("impl", IMPLEMENTATIONS)
def test_transitions(benchmark, results, impl, path):
    """Accept, one conversation, close or hand over; ``N`` fresh interventions per round."""
    n = N_PER_ROUND[impl] if benchmark.enabled else 2
    drive = DRIVE[impl, path]

    def setup() -> tuple[tuple[list[Any]], dict[str, Any]]:
        return (_create_many(impl, n),), {}

    done = benchmark.pedantic(drive, setup=setup, rounds=ROUNDS, warmup_rounds=WARMUP_ROUNDS)
    assert all(_state(d) == FINAL[path] for d in done)

    benchmark.extra_info["interventions_per_round"] = n
    benchmark.extra_info["transitions_per_round"] = 3 * n
    if benchmark.enabled:
        per_transition = benchmark.stats.stats.median / (3 * n)
        benchmark.extra_info["median_per_transition_us"] = per_transition * 1e6
        results.setdefault("transition", {})[impl, path] = per_transition


def _lifecycle_own_moments(impl: str, n: int) -> list[Any]:
    """As `_lifecycle`, but every intervention gets moments of its own (as read from storage)."""
    kept = []
    for _ in range(n):
        m0, m1, m2, m3 = (m.add(microseconds=1).subtract(microseconds=1) for m in (M0, M1, M2, M3))
        (obj,) = _create_many_at(impl, m0)
        if impl == "gedragswerk_core":
            obj = accepteer(obj, moment=m1)
            obj = voer_gesprek(obj, moment=m2, deelnemers=DEELNEMERS, rol=ROL)
            obj = rond_af(obj, moment=m3, verklaring=VERKLARING)
        else:
            obj.accepteer(moment=m1)
            obj.voer_gesprek(moment=m2, deelnemers=DEELNEMERS, rol=ROL)
            obj.rond_af(moment=m3, verklaring=VERKLARING)
        kept.append(obj)
    return kept


def _create_many_at(impl: str, moment: Any) -> list[Any]:
    return [CREATE[impl](HULPVRAAG, moment)]


def _bytes_tracemalloc(impl: str, n: int, *, moments: bool = False) -> float:
    build = _lifecycle_own_moments if moments else _lifecycle
    build(impl, 10)  # warm caches, so one-time allocations are not counted
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build(impl, n)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return (after - before - sys.getsizeof(kept)) / n


# Code and namespaces are not data an intervention holds; following them would walk everything.
_NOT_DATA = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.CodeType)


def _reachable(roots: Iterable[object]) -> dict[int, object]:
    seen: dict[int, object] = {}
    todo = list(roots)
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, _NOT_DATA):
            continue
        seen[id(obj)] = obj
        todo.extend(gc.get_referents(obj))
    return seen


def _bytes_walk(impl: str) -> tuple[int, dict[str, int]]:
    first, second = _lifecycle(impl, 2)
    shared = _reachable([second, PARTIJEN, HULPVRAAG, M0, M1, M2, M3, VERKLARING, VOORSTEL])
    own = [obj for key, obj in _reachable([first]).items() if key not in shared]
    by_type: Counter[str] = Counter()
    for obj in own:
        by_type[type(obj).__name__] += sys.getsizeof(obj)
    return sum(by_type.values()), dict(by_type.most_common())


@pytest.mark.benchmark(group="lifecycle: create + transitions")
@pytest.mark.parametrize("impl", IMPLEMENTATIONS)
def test_create_and_transitions(benchmark, results, impl):
    """The four events from scratch (closing path), and the bytes one intervention keeps."""
    n = N_PER_ROUND[impl] if benchmark.enabled else 2
    done = benchmark.pedantic(
        _lifecycle, args=(impl, n), rounds=ROUNDS // 2, warmup_rounds=WARMUP_ROUNDS
    )
    assert all(_state(d) == AFGEROND for d in done)

    traced = _bytes_tracemalloc(impl, N_MEMORY if benchmark.enabled else 50)
    with_moments = _bytes_tracemalloc(impl, N_MEMORY if benchmark.enabled else 50, moments=True)
    walked, by_type = _bytes_walk(impl)
    assert walked > 0
    benchmark.extra_info["interventions_per_round"] = n
    benchmark.extra_info["bytes_per_intervention_tracemalloc"] = traced
    benchmark.extra_info["bytes_per_intervention_with_moments"] = with_moments
    benchmark.extra_info["bytes_per_intervention_sizeof_walk"] = walked
    benchmark.extra_info["bytes_by_type_sizeof_walk"] = by_type
    if benchmark.enabled:
        per_step = benchmark.stats.stats.median / (4 * n)
        benchmark.extra_info["median_per_step_us"] = per_step * 1e6
        results.setdefault("lifecycle", {})[impl] = per_step
        results.setdefault("memory", {})[impl] = {
            "tracemalloc": traced,
            "with_moments": with_moments,
            "walk": walked,
            "by_type": by_type,
        }


# --- the goals of the issue: checked only on numbers measured with --benchmark-enable ------------


def _measured(results: dict[str, Any], kind: str, key: Any) -> Any:
    value = results.get(kind, {}).get(key)
    if value is None:
        pytest.skip(
            f"no {kind} numbers for {key}: run the whole module with --benchmark-enable "
            "(with --benchmark-disable the benchmarks only smoke-test)"
        )
    return value


@pytest.mark.parametrize("path", PATHS)
def test_goal_at_most_3us_median_per_transition(results, path):
    gw = _measured(results, "transition", ("gedragswerk_core", path))
    assert gw <= 3e-6, f"{gw * 1e6:.2f} µs per transition, budget 3 µs"


@pytest.mark.parametrize("path", PATHS)
def test_goal_at_least_3x_faster_than_transitions(results, path):
    gw = _measured(results, "transition", ("gedragswerk_core", path))
    other = _measured(results, "transition", ("transitions", path))
    assert other / gw >= 3, f"only {other / gw:.2f}x faster than transitions, budget 3x"


def test_goal_at_most_350_bytes_per_intervention(results):
    memory = _measured(results, "memory", "gedragswerk_core")
    traced = memory["tracemalloc"]
    assert traced <= 350, (
        f"{traced:.0f} bytes per intervention after four events, budget 350 "
        f"(with its own moments: {memory['with_moments']:.0f}; sizeof walk: {memory['walk']} "
        f"bytes, by type: {memory['by_type']})"
    )


@pytest.mark.parametrize("vorm", ["UTC", "Europe/Amsterdam"])
def test_een_moment_aan_de_grens(benchmark, vorm):
    """What one event costs to make with its moment given in UTC, or as an Amsterdam wall time.

    Reported, not a goal: the difference is the conversion to the UTC instant every event
    keeps, paid once per command by a caller who passes wall times.
    """
    benchmark.group = "lifecycle: a moment at the boundary"
    moment = M1 if vorm == "UTC" else WANDKLOK[1]
    gebeurtenis = benchmark(Geaccepteerd, moment)
    assert gebeurtenis.moment == M1
