"""Strategies for the diagnosis and its effect, the regio and its exploration, systemic questions.

Private: use them through `gedragswerk_core.strategies`, which checks that Hypothesis is there.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pendulum
from hypothesis import strategies as st

from gedragswerk_core.diagnose.diagnose import Beoordeling, Diagnose, Dimensie, Oordeel
from gedragswerk_core.diagnose.effect import Celwijziging, Effect, Vergelijking, vergelijk
from gedragswerk_core.koppeling import InterventieRef
from gedragswerk_core.leerling import LeerlingRef
from gedragswerk_core.partijen import Partij, Rol
from gedragswerk_core.regio.regio import (
    Antwoord,
    Regio,
    RegionaleVraag,
    Schaal,
    Verkenning,
    Vraagstand,
)
from gedragswerk_core.regio.systeemvragen import SYSTEEMVRAGEN, Systeemvraag
from gedragswerk_core.strategies import _basis as basis

__all__ = [
    "antwoorden",
    "antwoordreeksen",
    "beoordelingen",
    "celwijzigingen",
    "diagnoseparen",
    "diagnoses",
    "effecten",
    "geschreven_systeemvraagcodes",
    "regios",
    "systeemvraagcodes",
    "systeemvragen",
    "vergelijkingen",
    "verkenningen",
    "vraagstanden",
]

# --- the diagnosis (R-KKW-1, R-KKW-2) and its effect (R-KKW-3) ----------------------------------

# A fixed pool keeps generation fast; names and roles do not matter to the diagnosis rules.
_POOL = (
    Partij("Het Lingecollege", Rol.SCHOOLLEIDER),
    Partij("Gemeente Tiel", Rol.WETHOUDER),
    Partij("ouders L-2015-017", Rol.OUDER),
    Partij("SWV Rivierenland", Rol.SAMENWERKINGSVERBAND),
    Partij("Leerplicht Tiel", Rol.LEERPLICHTAMBTENAAR),
    Partij("Jeugdteam", Rol.ZORG),
    Partij("Sportclub", Rol.OVERIG, omschrijving="sportvereniging"),
)
_DIAGNOSEDATA = (dt.date(2010, 1, 1), dt.date(2030, 12, 31))


@cache
def _partijlijsten() -> st.SearchStrategy[tuple[Partij, ...]]:
    return st.lists(st.sampled_from(_POOL), min_size=1, max_size=4, unique=True).map(tuple)


@cache
def _notities() -> st.SearchStrategy[str | None]:
    return st.none() | st.text(min_size=1, max_size=40).filter(str.strip)


@cache
def _diagnosedata() -> st.SearchStrategy[pendulum.Date | None]:
    return st.none() | basis.datums(*_DIAGNOSEDATA)


def beoordelingen(partijen: tuple[Partij, ...] | None = None) -> st.SearchStrategy[Beoordeling]:
    """Assessments of one of ``partijen`` (by default a fixed pool of seven parties).

    Any dimension and judgement, sometimes with a note and a date (2010–2030).
    """
    return st.builds(
        Beoordeling,
        st.sampled_from(partijen if partijen is not None else _POOL),
        st.sampled_from(Dimensie),
        st.sampled_from(Oordeel),
        notitie=_notities(),
        datum=_diagnosedata(),
    )


def diagnoses(
    partijen: tuple[Partij, ...] | None = None, *, max_beoordelingen: int = 12
) -> st.SearchStrategy[Diagnose]:
    """Valid diagnoses: some involved parties and a recording history about them (R-KKW-2).

    Without ``partijen``, one to four parties from a fixed pool of seven.
    """
    if partijen is None and max_beoordelingen == 12:  # noqa: PLR2004 - the default
        return _alle_diagnoses()
    return _diagnoses(partijen, max_beoordelingen)


@cache
def _alle_diagnoses() -> st.SearchStrategy[Diagnose]:
    return _diagnoses(None, 12)


_INTERVENTIE = InterventieRef("GW-0001")


@st.composite
def _diagnoses(
    draw: st.DrawFn, partijen: tuple[Partij, ...] | None, max_beoordelingen: int
) -> Diagnose:
    ps = draw(_partijlijsten()) if partijen is None else partijen
    lijst = draw(st.lists(beoordelingen(ps), max_size=max_beoordelingen))
    # One reference at most, so that any two drawn diagnoses may be compared (R-KKW-3).
    ref = draw(st.sampled_from((None, _INTERVENTIE)))
    return Diagnose(ps, tuple(lijst), interventie=ref)


@st.composite
def _paren(draw: st.DrawFn, max_beoordelingen: int) -> tuple[Diagnose, Diagnose]:
    gedeeld = draw(_partijlijsten())
    extra = tuple(p for p in draw(_partijlijsten()) if p not in gedeeld)
    voor = draw(_diagnoses(gedeeld, max_beoordelingen))
    na_partijen = draw(st.sampled_from([gedeeld, gedeeld + extra, extra or gedeeld]))
    return voor, draw(_diagnoses(na_partijen, max_beoordelingen))


@cache
def diagnoseparen() -> st.SearchStrategy[tuple[Diagnose, Diagnose]]:
    """A diagnosis before and one after, of one case; the parties may partly change (R-KKW-3).

    Each has up to twelve assessments, as `diagnoses`.
    """
    return _paren(12)


@cache
def vergelijkingen() -> st.SearchStrategy[Vergelijking]:
    """Comparisons (`vergelijk`) of a diagnosis before and after, each up to four assessments."""
    return _paren(4).map(lambda paar: vergelijk(*paar))


@cache
def celwijzigingen() -> st.SearchStrategy[Celwijziging]:
    """Cells with a knelpunt before, after, or both (R-KKW-3)."""
    paren = [(a, b) for a in Oordeel for b in Oordeel if Oordeel.KNELPUNT in (a, b)]
    return st.builds(
        lambda partij, dimensie, paar: Celwijziging(partij, dimensie, *paar),
        st.sampled_from(_POOL),
        st.sampled_from(Dimensie),
        st.sampled_from(paren),
    )


@st.composite
def _effect(draw: st.DrawFn) -> Effect:
    vergeleken = draw(st.integers(0, 50))
    met_knelpunt = draw(st.integers(0, vergeleken))
    verbeterd = draw(st.integers(0, met_knelpunt))
    return Effect(draw(st.sampled_from(Dimensie)), vergeleken, met_knelpunt, verbeterd)


@cache
def effecten() -> st.SearchStrategy[Effect]:
    """Counts per dimension with ``verbeterd ≤ met_knelpunt ≤ vergelijkingen`` (R-KKW-3)."""
    return _effect()


# --- the regio (R-REG-4) and its exploration (R-REG-1 … R-REG-3) -------------------------------


@cache
def regios() -> st.SearchStrategy[Regio]:
    """Regions of any scale with zero to three distinct parties (R-REG-4)."""
    return st.builds(
        Regio,
        basis.labels(),
        st.sampled_from(Schaal),
        st.lists(basis.partijen(), max_size=3, unique=True).map(tuple),
    )


@cache
def _antwoordteksten() -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=40).filter(str.strip)


def antwoorden(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[Antwoord]:
    """Answers to any of the six questions, dated between the bounds, about 0–3 pupils."""
    if min_value is None and max_value is None:
        return _alle_antwoorden()
    return _antwoorden(basis.datums(min_value, max_value))


@cache
def _alle_antwoorden() -> st.SearchStrategy[Antwoord]:
    return _antwoorden(basis.datums())


def _antwoorden(data: st.SearchStrategy[pendulum.Date]) -> st.SearchStrategy[Antwoord]:
    return st.builds(
        Antwoord,
        st.sampled_from(RegionaleVraag),
        data,
        basis.labels(),
        _antwoordteksten(),
        st.lists(basis.leerling_refs(), max_size=3).map(tuple),
    )


@st.composite
def _reeksen(draw: st.DrawFn, max_size: int) -> tuple[Antwoord, ...]:
    lijst = draw(st.lists(antwoorden(), max_size=max_size))
    data = sorted(a.datum for a in lijst)
    return tuple(
        Antwoord(a.vraag, datum, a.bron, a.tekst, a.leerlingen)
        for a, datum in zip(lijst, data, strict=True)
    )


def antwoordreeksen(max_size: int = 10) -> st.SearchStrategy[tuple[Antwoord, ...]]:
    """Answers in date order, the questions in any order: not necessarily a valid exploration.

    Question 1 is not necessarily first, so `Verkenning` may refuse them (R-REG-2).
    """
    return _reeksen(max_size)


def _met_leerling(antwoord: Antwoord, ref: LeerlingRef) -> Antwoord:
    """``antwoord``, naming ``ref`` when it is an answer to question 1 without pupils (R-REG-2)."""
    if antwoord.vraag is not RegionaleVraag.THUISZITTERS or antwoord.leerlingen:
        return antwoord
    return Antwoord(antwoord.vraag, antwoord.datum, antwoord.bron, antwoord.tekst, (ref,))


@st.composite
def _verkenning(draw: st.DrawFn, max_antwoorden: int) -> Verkenning:
    reeks = draw(_reeksen(max_antwoorden))
    if reeks and reeks[0].vraag is not RegionaleVraag.THUISZITTERS:
        eerste = reeks[0]
        vraag_1 = Antwoord(RegionaleVraag.THUISZITTERS, eerste.datum, eerste.bron, eerste.tekst)
        reeks = (vraag_1, *reeks)
    reeks = tuple(_met_leerling(a, draw(basis.leerling_refs())) for a in reeks)
    genoemd = list(
        dict.fromkeys(
            r for a in reeks if a.vraag is RegionaleVraag.THUISZITTERS for r in a.leerlingen
        )
    )
    # Some of the pupils of question 1 placed, in any order (R-REG-3).
    volgorde = draw(st.permutations(genoemd))
    geplaatst = tuple(volgorde[: draw(st.integers(0, len(volgorde)))])
    return Verkenning(draw(regios()), reeks, geplaatst)


def verkenningen(*, max_antwoorden: int = 10) -> st.SearchStrategy[Verkenning]:
    """Valid explorations: question 1 first, naming pupils; the answers in date order (R-REG-2).

    Some of the pupils named under question 1 are placed (R-REG-3). Up to ``max_antwoorden``
    answers, one more when question 1 had to be put first.
    """
    if max_antwoorden == 10:  # noqa: PLR2004 - the default
        return _alle_verkenningen()
    return _verkenning(max_antwoorden)


@cache
def _alle_verkenningen() -> st.SearchStrategy[Verkenning]:
    return _verkenning(10)


@st.composite
def _vraagstand(draw: st.DrawFn) -> Vraagstand:
    aantal = draw(st.integers(0, 20))
    laatst = draw(basis.datums()) if aantal else None
    return Vraagstand(draw(st.sampled_from(RegionaleVraag)), aantal, laatst)


@cache
def vraagstanden() -> st.SearchStrategy[Vraagstand]:
    """How far a question is answered: a latest date exactly when there are answers."""
    return _vraagstand()


# --- the catalogue of systemic questions (seed 002 §3.1.1) --------------------------------------


@cache
def systeemvraagcodes() -> st.SearchStrategy[str]:
    """The catalogue codes ``SYS-01`` … ``SYS-16``."""
    return st.integers(1, 16).map(lambda n: f"SYS-{n:02d}")


def _geschreven(code: str, schrijf: str, rand: str) -> str:
    return rand + (code.lower() if schrijf == "klein" else code) + rand


@cache
def geschreven_systeemvraagcodes() -> st.SearchStrategy[str]:
    """Catalogue codes as people type them: lower case or not, with spaces around or not."""
    return st.builds(
        _geschreven,
        systeemvraagcodes(),
        st.sampled_from(["zoals", "klein"]),
        st.sampled_from(["", " "]),
    )


@cache
def systeemvragen() -> st.SearchStrategy[Systeemvraag]:
    """Questions of the catalogue, and questions made up with a valid code."""
    return st.sampled_from(SYSTEEMVRAGEN) | st.builds(
        Systeemvraag,
        systeemvraagcodes(),
        basis.labels(),
        _antwoordteksten(),
        basis.labels(),
    )
