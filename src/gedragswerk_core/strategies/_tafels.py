"""Hypothesis strategies for the standing tables and the links to an intervention (R-TAF-1, R-IT-1).

Tables are built the way a user builds them: set up, then random steps through the commands,
each step one the table's own check allows (refused steps are skipped), so every generated table
is a valid history.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st

from gedragswerk_core.errors import RefusedError
from gedragswerk_core.koppeling import DIMENSIES, Herbeoordeling, InterventieRef
from gedragswerk_core.partijen import Partij, Rol
from gedragswerk_core.strategies._basis import (
    labels,
    leerling_refs,
    momenten,
    partijen,
    regionale_partijen,
)
from gedragswerk_core.tafels.gebeurtenissen import (
    CasusAfgesloten,
    CasusIngebracht,
    LidToegetreden,
    LidVertrokken,
    OverlegGehouden,
    TafelIngesteld,
    TeamGestart,
)
from gedragswerk_core.tafels.tafel import (
    Actietafel,
    Interventieteam,
    Tafelstand,
    breng_in,
    houd_overleg,
    sluit_casus,
    start_interventieteam,
    stel_actietafel_in,
    treed_toe,
    vertrek,
)

__all__ = [
    "actietafels",
    "herbeoordelingen",
    "interventie_refs",
    "interventieteams",
    "tafelgebeurtenissen",
    "tafelstanden",
]

_GEDRAGSWERK = Partij("Gedragswerk", Rol.SPARRING_PARTNER)


@cache
def interventie_refs() -> st.SearchStrategy[InterventieRef]:
    """References of interventions, such as ``GW-2015-017``."""
    return st.builds(lambda n: InterventieRef(f"GW-{n:04d}"), st.integers(0, 9999))


@st.composite
def _herbeoordeling(draw: st.DrawFn) -> Herbeoordeling:
    opgelost = draw(st.integers(0, 6))
    verbeterd = draw(st.sets(st.sampled_from(DIMENSIES))) if opgelost else set()
    return Herbeoordeling(
        opgelost,
        draw(st.integers(0, 6)),
        draw(st.integers(0, 6)),
        draw(st.integers(0, 6)),
        tuple(d for d in DIMENSIES if d in verbeterd),
        draw(st.none() | interventie_refs()),
    )


@cache
def herbeoordelingen() -> st.SearchStrategy[Herbeoordeling]:
    """Reassessments at afronding, with or without their intervention (R-KKW-3)."""
    return _herbeoordeling()


def _stap(draw: st.DrawFn, tafel: Any, moment: Any) -> Any:
    stand = tafel.stand
    soort = draw(st.integers(0, 4))
    leden = stand.leden
    if soort == 0:
        return treed_toe(tafel, moment, draw(regionale_partijen() | st.just(_GEDRAGSWERK)))
    if soort == 1 and leden:
        return vertrek(tafel, moment, draw(st.sampled_from(leden)))
    if soort == 2:  # noqa: PLR2004
        door = draw(st.sampled_from(leden)) if leden else draw(partijen())
        ref = draw(st.none() | interventie_refs())
        return breng_in(tafel, moment, draw(leerling_refs()), door, interventie=ref)
    if soort == 3 and len(leden) >= 2:  # noqa: PLR2004
        aanwezig = draw(st.lists(st.sampled_from(leden), min_size=2, unique=True))
        besproken = (
            draw(st.lists(st.sampled_from(stand.open_casussen), unique=True))
            if stand.open_casussen
            else []
        )
        return houd_overleg(tafel, moment, tuple(aanwezig), tuple(besproken))
    if stand.open_casussen:
        ref = draw(st.sampled_from(stand.open_casussen))
        return sluit_casus(tafel, moment, ref, passend_onderwijs=draw(st.booleans()))
    return tafel


@st.composite
def _tafel(draw: st.DrawFn, *, team: bool, max_stappen: int) -> Any:
    moment = draw(momenten())
    if team:
        tafel: Any = start_interventieteam(moment)
    else:
        tafel = stel_actietafel_in(
            draw(labels()), draw(labels()), moment, ritme_weken=draw(st.integers(1, 8))
        )
    for _ in range(draw(st.integers(0, max_stappen))):
        moment = moment.add(days=draw(st.integers(0, 60)))
        try:
            tafel = _stap(draw, tafel, moment)
        except RefusedError:
            continue
    return tafel


def actietafels(*, max_stappen: int = 10) -> st.SearchStrategy[Actietafel]:
    """Standing actietafels with a valid history of members, cases and meetings (R-TAF-1)."""
    return _tafel(team=False, max_stappen=max_stappen)


def interventieteams(*, max_stappen: int = 10) -> st.SearchStrategy[Interventieteam]:
    """Interventieteams with a valid history of members, cases and reviews (R-IT-1)."""
    return _tafel(team=True, max_stappen=max_stappen)


@cache
def tafelstanden() -> st.SearchStrategy[Tafelstand]:
    """The folded state of generated tables."""
    return actietafels(max_stappen=6).map(lambda t: t.stand)


def tafelgebeurtenissen(cls: type | None = None) -> st.SearchStrategy[Any]:
    """Events of ``cls`` (any of the table's event classes if ``None``), valid field values."""
    velden: dict[type, tuple[st.SearchStrategy[Any], ...]] = {
        TafelIngesteld: (labels(), labels(), st.integers(1, 52)),
        TeamGestart: (),
        LidToegetreden: (partijen(),),
        LidVertrokken: (partijen(),),
        CasusIngebracht: (leerling_refs(), partijen(), st.none() | interventie_refs()),
        OverlegGehouden: (
            st.lists(partijen(), min_size=1, max_size=3, unique=True).map(tuple),
            st.lists(leerling_refs(), max_size=3, unique=True).map(tuple),
        ),
        CasusAfgesloten: (leerling_refs(), st.booleans()),
    }
    if cls is None:
        return st.one_of([st.builds(soort, momenten(), *rij) for soort, rij in velden.items()])
    return st.builds(cls, momenten(), *velden[cls])
