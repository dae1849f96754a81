"""Strategies for the hulpvraag, the intervention events and whole interventions.

Private: use them through `gedragswerk_core.strategies`, which checks that Hypothesis is there.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
import pendulum
from hypothesis import strategies as st

from gedragswerk_core.errors import RefusedError
from gedragswerk_core.interventie.gebeurtenissen import (
    Afgerond,
    Afrondingsverklaring,
    Doorverwezen,
    Escalatie,
    Geaccepteerd,
    Gebeurtenis,
    Gecorrigeerd,
    Geescaleerd,
    GesprekGevoerd,
    Heropend,
    HulpvraagOntvangen,
    Overdrachtsvoorstel,
    Overgedragen,
    Partijverklaring,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    Uitspraak,
    Verklaard,
    WerkagendaAfgesproken,
)
from gedragswerk_core.interventie.hulpvraag import (
    ONDERWIJSZORGCONSULENTEN,
    BetrokkenLeerling,
    Hulpvraag,
    Kanaal,
    LeerlingSituatie,
)
from gedragswerk_core.interventie.interventie import Interventie, ontvang, pas_toe
from gedragswerk_core.interventie.stappen import OVERGANGEN, Status
from gedragswerk_core.interventie.vastlegging import laatst_vastgelegd
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.partijen import SparringRol
from gedragswerk_core.strategies._basis import (
    labels,
    leerling_refs,
    momenten,
    partijen,
    regionale_partijen,
)
from gedragswerk_core.strategies._tafels import herbeoordelingen, interventie_refs

__all__ = [
    "afrondingsverklaringen",
    "betrokken_leerlingen",
    "correcties",
    "gebeurtenissen",
    "gebeurtenissen_na",
    "hulpvragen",
    "interventies",
    "overdrachtsvoorstellen",
    "partijverklaringen",
]


@st.composite
def _betrokken(draw: st.DrawFn) -> BetrokkenLeerling:
    ref = draw(leerling_refs())
    situatie = draw(st.sampled_from(LeerlingSituatie))
    sinds = None
    if situatie is LeerlingSituatie.THUISZITTER and draw(st.booleans()):
        sinds = draw(momenten()).date()
    return BetrokkenLeerling(ref, situatie, sinds)


@cache
def betrokken_leerlingen() -> st.SearchStrategy[BetrokkenLeerling]:
    """Pupils named in a hulpvraag, in any situation; a thuiszitter sometimes with a date."""
    return _betrokken()


@cache
def _omschrijvingen() -> st.SearchStrategy[str | None]:
    return st.none() | st.text(min_size=1, max_size=50).filter(str.strip)


def hulpvragen(
    *,
    consulenten_betrokken: bool | None = None,
    systemisch_aspect: bool | None = None,
) -> st.SearchStrategy[Hulpvraag]:
    """Hulpvragen about one to four distinct pupils; fix the R-LC-7 facts to steer the intake.

    Left open, ``systemisch_aspect`` is drawn from yes, no and "not yet established" (``None``).
    """
    if consulenten_betrokken is None and systemisch_aspect is None:
        return _alle_hulpvragen()
    return _hulpvragen(consulenten_betrokken, systemisch_aspect)


@cache
def _alle_hulpvragen() -> st.SearchStrategy[Hulpvraag]:
    return _hulpvragen(None, None)


def _hulpvragen(
    consulenten_betrokken: bool | None, systemisch_aspect: bool | None
) -> st.SearchStrategy[Hulpvraag]:
    return st.builds(
        Hulpvraag,
        vrager=regionale_partijen(),
        leerlingen=st.lists(
            betrokken_leerlingen(), min_size=1, max_size=4, unique_by=lambda b: b.ref
        ).map(tuple),
        regio=labels(),
        kanaal=st.sampled_from(Kanaal),
        consulenten_betrokken=st.booleans()
        if consulenten_betrokken is None
        else st.just(consulenten_betrokken),
        systemisch_aspect=_drie() if systemisch_aspect is None else st.just(systemisch_aspect),
        omschrijving=_omschrijvingen(),
    )


@cache
def _drie() -> st.SearchStrategy[bool | None]:
    """A fact mostly stated, yes or no, and one time in four not (``None``: R-VKL-1).

    Not stated, a party's statement recorded in the history decides, or nothing does
    (undecided); drawn as often as yes or no, most histories would stall on it.
    """
    return st.one_of(st.booleans(), st.booleans(), st.booleans(), st.none())


@cache
def partijverklaringen() -> st.SearchStrategy[Partijverklaring]:
    """One party's statement at the afronding, any party (Gedragswerk too: R-LC-4 refuses it)."""
    return st.builds(Partijverklaring, partijen(), st.booleans(), st.booleans())


@cache
def afrondingsverklaringen() -> st.SearchStrategy[Afrondingsverklaring]:
    """Every combination of the three facts of R-LC-5, as booleans or as parties' statements."""
    return st.builds(Afrondingsverklaring, st.booleans(), _drie(), _drie()) | st.builds(
        Afrondingsverklaring,
        st.booleans(),
        verklaringen=st.lists(partijverklaringen(), min_size=1, max_size=3).map(tuple),
    )


@cache
def overdrachtsvoorstellen() -> st.SearchStrategy[Overdrachtsvoorstel]:
    """Handover proposals with every combination of the facts of R-LC-6."""
    return st.builds(
        Overdrachtsvoorstel,
        partijen(),
        st.booleans(),
        _drie(),
        _drie(),
    )


@cache
def _doorverwijsdoelen() -> st.SearchStrategy[Any]:
    """Mostly the consulenten (the default, R-LC-7), sometimes any other party."""
    return st.just(ONDERWIJSZORGCONSULENTEN) | partijen()


@cache
def _deelnemers() -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(partijen(), min_size=1, max_size=4).map(tuple)


@cache
def _vaste_velden() -> dict[type, tuple[st.SearchStrategy[Any], ...]]:
    """The strategies for each event's fields after its moment, but a booked result's pupil."""
    return {
        HulpvraagOntvangen: (hulpvragen(), st.none() | interventie_refs()),
        Geaccepteerd: (),
        Doorverwezen: (_doorverwijsdoelen(),),
        GesprekGevoerd: (_deelnemers(), st.sampled_from(SparringRol), st.booleans()),
        WerkagendaAfgesproken: (_deelnemers(),),
        SystemischeVraagOpgepakt: (labels(),),
        Geescaleerd: (st.sampled_from(Escalatie), st.none() | labels()),
        Afgerond: (afrondingsverklaringen(), st.none() | herbeoordelingen()),
        Overgedragen: (overdrachtsvoorstellen(),),
        Verklaard: (partijen(), st.sampled_from(Uitspraak), st.booleans()),
        Heropend: (labels(),),
    }


def _velden(refs: st.SearchStrategy[LeerlingRef]) -> dict[type, tuple[Any, ...]]:
    """The strategies for each event's fields after its moment, in the order of GEBEURTENISSEN."""
    vast = _vaste_velden()
    return {
        HulpvraagOntvangen: vast[HulpvraagOntvangen],
        Geaccepteerd: vast[Geaccepteerd],
        Doorverwezen: vast[Doorverwezen],
        GesprekGevoerd: vast[GesprekGevoerd],
        WerkagendaAfgesproken: vast[WerkagendaAfgesproken],
        ResultaatGeboekt: (refs,),
        SystemischeVraagOpgepakt: vast[SystemischeVraagOpgepakt],
        Geescaleerd: vast[Geescaleerd],
        Afgerond: vast[Afgerond],
        Overgedragen: vast[Overgedragen],
        Verklaard: vast[Verklaard],
        Heropend: vast[Heropend],
        Gecorrigeerd: (
            st.integers(0, 20),
            st.deferred(lambda: _vervangingen()),  # noqa: PLW0108 - deferred takes a function, not a cache
            labels(),
        ),
    }


@cache
def _vervangingen() -> st.SearchStrategy[Gebeurtenis]:
    """Any event but a correction: what a correction on its own may hold."""
    velden = _velden(leerling_refs())
    return st.one_of(
        [st.builds(cls, momenten(), *velden[cls]) for cls in velden if cls is not Gecorrigeerd]
    )


@cache
def _soorten_na() -> st.SearchStrategy[type]:
    return st.sampled_from(
        [cls for cls in _velden(leerling_refs()) if cls not in {HulpvraagOntvangen, Gecorrigeerd}]
    )


@cache
def _soorten_in() -> Mapping[Status, st.SearchStrategy[type]]:
    """Per status, the event types whose step may follow it (the lifecycle's own table).

    A step that leaves another status is drawn twice as often as one that stays: with eight
    steps that stay while lopend, the closing ones would otherwise be rare. The steps that stay
    come first, so the simplest draws (which Hypothesis favours) extend a history rather than
    stopping at a refused intake.
    """
    return {status: st.sampled_from(_soorten_gewogen(status)) for status in Status}


def _soorten_gewogen(status: Status) -> list[type]:
    # a correction is drawn apart (`correcties`): it needs an earlier event to correct
    soorten = [cls for cls, van in OVERGANGEN.items() if status in van and cls is not Gecorrigeerd]
    blijven = [cls for cls in soorten if OVERGANGEN[cls][status] is status]
    verlaten = [cls for cls in soorten if OVERGANGEN[cls][status] is not status]
    return blijven + verlaten + verlaten


@st.composite
def _correctie(
    draw: st.DrawFn, interventie: Interventie, moment: pendulum.DateTime, max_seconden: int
) -> Gecorrigeerd:
    """A correction at ``moment`` of an event in force: another moment, or other facts."""
    geldend = interventie.geldende_gebeurtenissen
    positie = draw(st.integers(0, len(geldend) - 1))
    doel = geldend[positie]
    if isinstance(doel, Gecorrigeerd):  # pragma: no cover - the history in force holds none
        raise TypeError(doel)
    verschil = draw(st.integers(-max_seconden, max_seconden))
    nieuw_moment = min(doel.moment.add(seconds=verschil), moment)
    cls = type(doel)
    if cls in {HulpvraagOntvangen, ResultaatGeboekt} or draw(st.booleans()):
        vervanging = attrs.evolve(doel, moment=nieuw_moment)
    else:  # other facts (which may break a rule of a later step: refused, as it should)
        vervanging = cls(nieuw_moment, *(draw(a) for a in _vaste_velden()[cls]))
    return Gecorrigeerd(moment, positie, vervanging, draw(labels()))


@st.composite
def _gebeurtenis_na(
    draw: st.DrawFn,
    interventie: Interventie,
    max_seconden: int,
    soorten: st.SearchStrategy[type] | None = None,
    *,
    laat: bool = False,
) -> Gebeurtenis:
    """An event after ``interventie``, or a correction.

    ``laat``: its moment lies after the latest event in force, maybe before the last recording
    (then it must be recorded late, `_vastgelegd_na`); else after the last recording.
    """
    vastgelegd = laatst_vastgelegd(interventie)
    laatste = interventie.toestand.laatste
    laatste = laatste if laat else max(laatste, vastgelegd)
    moment = laatste.add(seconds=draw(st.integers(0, max_seconden)))
    cls = draw(soorten if soorten is not None else _soorten_na())
    if cls is Gecorrigeerd:
        return draw(_correctie(interventie, max(moment, vastgelegd), max_seconden))
    gebeurtenis: Gebeurtenis = draw(_gebeurtenis_zelf(interventie, cls, moment))
    return gebeurtenis


@st.composite
def _vastgelegd_na(
    draw: st.DrawFn, interventie: Interventie, g: Gebeurtenis, max_seconden: int
) -> pendulum.DateTime | None:
    """When ``g`` is recorded after ``interventie``: late when it must be, one time in ten else."""
    vastgelegd = laatst_vastgelegd(interventie)
    if g.moment >= vastgelegd and draw(st.integers(0, 9)) > 0:
        return None
    return max(g.moment, vastgelegd).add(seconds=draw(st.integers(0, max_seconden)))


@st.composite
def _gebeurtenis_zelf(
    draw: st.DrawFn, interventie: Interventie, cls: type, moment: pendulum.DateTime
) -> Gebeurtenis:
    if cls is ResultaatGeboekt:
        # one of the intervention's own pupils, or one it does not know (refused by the rules)
        refs = sorted(interventie.hulpvraag.refs)
        k = draw(st.integers(0, len(refs)))
        result: Gebeurtenis = ResultaatGeboekt(
            moment, refs[k] if k < len(refs) else LeerlingRef("X-0")
        )
        return result
    if cls is Overgedragen:
        return Overgedragen(moment, draw(_voorstel_na(interventie)))
    gebeurtenis: Gebeurtenis = cls(moment, *(draw(a) for a in _vaste_velden()[cls]))
    return gebeurtenis


@st.composite
def _voorstel_na(draw: st.DrawFn, interventie: Interventie) -> Overdrachtsvoorstel:
    """A handover proposal: any, one to a party that made statements, or one the rules allow.

    To a party that made statements, ``kan`` and ``wil`` are left to them (R-VKL-1); one the
    rules allow is otherwise a rare draw, and handovers should happen in generated histories.
    """
    verklaarders = [e.door for e in interventie.geldende_gebeurtenissen if type(e) is Verklaard]
    soort = draw(st.sampled_from(("elk", "verklaarder", "toegestaan")))
    if soort == "verklaarder" and verklaarders:
        # kan and wil left to the receiver's recorded statements
        return Overdrachtsvoorstel(draw(st.sampled_from(verklaarders)), draw(st.booleans()))
    if soort == "toegestaan":
        return Overdrachtsvoorstel(draw(regionale_partijen()), True, True, True)
    return draw(overdrachtsvoorstellen())


def gebeurtenissen(soort: type[Gebeurtenis] | None = None) -> st.SearchStrategy[Gebeurtenis]:
    """Events of one class (or any class), each valid on its own, not tied to an intervention."""
    velden = _velden(leerling_refs())
    soorten = [soort] if soort is not None else list(velden)
    return st.one_of([st.builds(cls, momenten(), *velden[cls]) for cls in soorten])


def gebeurtenissen_na(
    interventie: Interventie, *, max_stap: pendulum.Duration | None = None, laat: bool = False
) -> st.SearchStrategy[Gebeurtenis]:
    """Any event that could follow ``interventie`` in time (allowed or not by the rules).

    Moments lie from the last recording (`vastlegging.laatst_vastgelegd`) up to ``max_stap``
    (60 days) later. ``laat``: from the latest event in force instead, so an event may have
    happened before the last recording; append it then with a ``vastgelegd`` not before that
    (R-GEB-3). Corrections are drawn by `correcties`.
    """
    stap = max_stap if max_stap is not None else pendulum.duration(days=60)
    return _gebeurtenis_na(interventie, int(stap.total_seconds()), laat=laat)


def correcties(
    interventie: Interventie, *, max_stap: pendulum.Duration | None = None
) -> st.SearchStrategy[Gecorrigeerd]:
    """A correction of an event of ``interventie`` in force (allowed or not by the rules).

    Recorded up to ``max_stap`` (60 days) after the last event was recorded; the replacement
    has the same type, with another moment (up to ``max_stap`` either way, not after the
    correction) or, but for the hulpvraag and a booked result, other facts.
    """
    stap = max_stap if max_stap is not None else pendulum.duration(days=60)
    return _gebeurtenis_na(interventie, int(stap.total_seconds()), st.just(Gecorrigeerd))  # type: ignore[return-value]


_LAATSTE_START = pendulum.datetime(2035, 1, 1)
_ZESTIG_DAGEN = 60 * 24 * 3600


@cache
def _startmomenten() -> st.SearchStrategy[pendulum.DateTime]:
    return momenten(max_value=_LAATSTE_START)


@st.composite
def interventies(draw: st.DrawFn, *, max_stappen: int = 12, laat: bool = False) -> Interventie:
    """Interventions built by applying random commands; refused ones are skipped.

    Each command is one whose step the status allows (`OVERGANGEN`), so a history goes on
    rather than stopping at a refusal: one-event histories are a few in a hundred, and every
    status is reached (issue 18: tests/test_strategies.py counts them). A command refused by a
    condition of its step is tried again, up to ten times a step. About one step in ten is a
    correction of an earlier event (R-GEB-4). ``laat``: some events are recorded late
    (`Interventie.vastgelegd`, R-GEB-2, R-GEB-3); such an intervention is rebuilt with
    `Interventie.met_vastlegging`, not from its events alone.
    """
    kenmerk = draw(st.none() | interventie_refs())
    interventie = ontvang(draw(hulpvragen()), draw(_startmomenten()), kenmerk=kenmerk)
    for _ in range(draw(st.integers(1, max(1, max_stappen)))):
        for _poging in range(_POGINGEN):
            # about one step in ten a correction (R-GEB-4), possible in every status
            correctie = draw(st.integers(0, 9)) == _CORRECTIE
            soorten = st.just(Gecorrigeerd) if correctie else _soorten_in()[interventie.status]
            try:
                g = draw(_gebeurtenis_na(interventie, _ZESTIG_DAGEN, soorten, laat=laat))
                later = draw(_vastgelegd_na(interventie, g, _ZESTIG_DAGEN)) if laat else None
                interventie = pas_toe(interventie, g, vastgelegd=later)
            except RefusedError:
                continue
            break
    return interventie


_POGINGEN = 10
_CORRECTIE = 7  # the draw of 0…9 that makes a step a correction; not 0: Hypothesis favours bounds
