"""Hypothesis strategies that generate valid values of the library's public types.

For downstream tests: generate pupils, parties, hulpvragen and whole interventions and check your
own integration against them. Needs the ``testing`` extra (``pip install
'gedragswerk-core[testing]'``); without Hypothesis, importing this module raises
`MissingExtraError`.

Examples:
    >>> from hypothesis import given
    >>> from gedragswerk_core import strategies as gst
    >>> @given(gst.interventies())
    ... def test_state_is_the_fold(interventie):
    ...     assert Interventie(interventie.gebeurtenissen) == interventie
    >>> test_state_is_the_fold()
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from gedragswerk_core.errors import MissingExtraError

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise MissingExtraError("gedragswerk_core.strategies", "testing", "hypothesis") from exc

import pendulum

from gedragswerk_core.besluit import Besluit, Reden
from gedragswerk_core.errors import InvalidValueError, RefusedError
from gedragswerk_core.gebeurtenissen import (
    GEBEURTENISSEN,
    Afgerond,
    Afrondingsverklaring,
    Doorverwezen,
    Escalatie,
    Geaccepteerd,
    Gebeurtenis,
    Geescaleerd,
    GesprekGevoerd,
    Heropend,
    HulpvraagOntvangen,
    Overdrachtsvoorstel,
    Overgedragen,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
    WerkagendaAfgesproken,
)
from gedragswerk_core.hulpvraag import BetrokkenLeerling, Hulpvraag, Kanaal, LeerlingSituatie
from gedragswerk_core.interventie import Interventie, Toestand, ontvang, pas_toe
from gedragswerk_core.leerling import Leerling, LeerlingRef
from gedragswerk_core.partijen import Partij, Rol, SparringRol
from gedragswerk_core.schooljaar import Schooljaar
from gedragswerk_core.signalen import Signaal, Signaalsoort

__all__ = [
    "afrondingsverklaringen",
    "besluiten",
    "bsns",
    "gebeurtenissen",
    "gebeurtenissen_na",
    "hulpvragen",
    "interventies",
    "leerling_refs",
    "leerlingen",
    "momenten",
    "namen",
    "overdrachtsvoorstellen",
    "partijen",
    "regionale_partijen",
    "schooljaren",
    "signalen",
    "waarden",
    "waardetypen",
]

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
_AMS = "Europe/Amsterdam"
_START = 946_684_800  # 2000-01-01T00:00:00Z
_END = 2_208_988_800  # 2040-01-01T00:00:00Z


@cache
def leerling_refs() -> st.SearchStrategy[LeerlingRef]:
    """Pseudonymous pupil references such as ``L-2015-017``."""
    return st.from_regex(r"[A-Z]{1,3}-[0-9]{1,6}(-[0-9]{1,4})?", fullmatch=True).map(LeerlingRef)


def _bsn_from(digits: list[int]) -> str | None:
    check = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    if check == 10 or (check == 0 and not any(digits)):  # noqa: PLR2004 - no valid 9th digit
        return None
    return "".join(map(str, digits)) + str(check)


@cache
def bsns() -> st.SearchStrategy[str]:
    """Nine-digit numbers that pass the BSN elfproef (fictional, but valid in form)."""
    return (
        st.lists(st.integers(0, 9), min_size=8, max_size=8)
        .map(_bsn_from)
        .filter(lambda b: b is not None)
        .map(str)
    )


@cache
def namen() -> st.SearchStrategy[str]:
    """Personal names with a first and a last name (always with a space)."""
    return st.from_regex(
        r"[A-ZÀ-Ý][a-zà-ÿ]{2,12}( (van|de|van der))? [A-Z][a-zà-ÿ]{2,15}", fullmatch=True
    )


@cache
def leerlingen() -> st.SearchStrategy[Leerling]:
    """Pupils with a reference and, sometimes, a name and BSN."""
    return st.builds(
        Leerling,
        leerling_refs(),
        naam=st.none() | namen(),
        bsn=st.none() | bsns(),
    )


def momenten(
    min_value: pendulum.DateTime | None = None, max_value: pendulum.DateTime | None = None
) -> st.SearchStrategy[pendulum.DateTime]:
    """Moments in Europe/Amsterdam between 2000 and 2040 (or the bounds given)."""
    lo = math.ceil(min_value.timestamp()) if min_value is not None else _START
    hi = int(max_value.timestamp()) if max_value is not None else _END
    return st.integers(lo, hi).map(lambda s: pendulum.from_timestamp(s, tz=_AMS))


@cache
def schooljaren() -> st.SearchStrategy[Schooljaar]:
    """School years from 2000–2001 to 2039–2040."""
    return st.integers(2000, 2039).map(Schooljaar)


_labels = st.from_regex(r"[A-Z][a-z]{2,10}( [A-Z][a-z]{2,10})?", fullmatch=True)


def partijen(rollen: st.SearchStrategy[Rol] | None = None) -> st.SearchStrategy[Partij]:
    """Parties of any role (``OVERIG`` with a description)."""
    if rollen is None:
        return _alle_partijen()
    return _partijen(rollen)


@cache
def _alle_partijen() -> st.SearchStrategy[Partij]:
    return _partijen(st.sampled_from(Rol))


def _partijen(rol_st: st.SearchStrategy[Rol]) -> st.SearchStrategy[Partij]:

    def build(naam: str, rol: Rol, omschrijving: str) -> Partij:
        return Partij(naam, rol, omschrijving=omschrijving if rol is Rol.OVERIG else None)

    return st.builds(build, _labels, rol_st, _labels)


@cache
def regionale_partijen() -> st.SearchStrategy[Partij]:
    """Parties other than Gedragswerk's sparring partner."""
    return partijen(st.sampled_from([r for r in Rol if r is not Rol.SPARRING_PARTNER]))


@st.composite
def _betrokken(draw: st.DrawFn) -> BetrokkenLeerling:
    ref = draw(leerling_refs())
    situatie = draw(st.sampled_from(LeerlingSituatie))
    sinds = None
    if situatie is LeerlingSituatie.THUISZITTER and draw(st.booleans()):
        sinds = draw(momenten()).date()
    return BetrokkenLeerling(ref, situatie, sinds)


def hulpvragen(
    *,
    consulenten_betrokken: bool | None = None,
    systemisch_aspect: bool | None = None,
) -> st.SearchStrategy[Hulpvraag]:
    """Hulpvragen about one to four distinct pupils; fix the R-LC-7 facts to steer the intake."""
    return st.builds(
        Hulpvraag,
        vrager=regionale_partijen(),
        leerlingen=st.lists(_betrokken(), min_size=1, max_size=4, unique_by=lambda b: b.ref).map(
            tuple
        ),
        regio=_labels,
        kanaal=st.sampled_from(Kanaal),
        consulenten_betrokken=st.booleans()
        if consulenten_betrokken is None
        else st.just(consulenten_betrokken),
        systemisch_aspect=st.booleans()
        if systemisch_aspect is None
        else st.just(systemisch_aspect),
        omschrijving=st.none() | st.text(min_size=1, max_size=50).filter(str.strip),
    )


@cache
def afrondingsverklaringen() -> st.SearchStrategy[Afrondingsverklaring]:
    """Every combination of the three facts of R-LC-5."""
    return st.builds(Afrondingsverklaring, st.booleans(), st.booleans(), st.booleans())


@cache
def overdrachtsvoorstellen() -> st.SearchStrategy[Overdrachtsvoorstel]:
    """Handover proposals with every combination of the facts of R-LC-6."""
    return st.builds(
        Overdrachtsvoorstel,
        partijen(),
        st.booleans(),
        st.booleans(),
        st.booleans(),
    )


@cache
def _deelnemers() -> st.SearchStrategy[tuple[Partij, ...]]:
    return st.lists(partijen(), min_size=1, max_size=4).map(tuple)


def _velden(refs: st.SearchStrategy[LeerlingRef]) -> dict[type, tuple[Any, ...]]:
    """The strategies for each event's fields after its moment."""
    return {
        HulpvraagOntvangen: (hulpvragen(),),
        Geaccepteerd: (),
        Doorverwezen: (),
        GesprekGevoerd: (_deelnemers(), st.sampled_from(SparringRol), st.booleans()),
        WerkagendaAfgesproken: (_deelnemers(),),
        ResultaatGeboekt: (refs,),
        SystemischeVraagOpgepakt: (_labels,),
        Geescaleerd: (st.sampled_from(Escalatie),),
        Afgerond: (afrondingsverklaringen(),),
        Overgedragen: (overdrachtsvoorstellen(),),
        Heropend: (_labels,),
    }


@st.composite
def _gebeurtenis_na(draw: st.DrawFn, interventie: Interventie, max_seconden: int) -> Gebeurtenis:
    laatste = interventie.toestand.laatste
    moment = laatste.add(seconds=draw(st.integers(0, max_seconden)))
    refs = sorted(interventie.hulpvraag.refs)
    eigen = st.integers(0, len(refs)).map(
        lambda k: refs[k] if k < len(refs) else LeerlingRef("X-0")
    )
    velden = _velden(eigen)
    del velden[HulpvraagOntvangen]
    cls = draw(st.sampled_from(list(velden)))
    result: Gebeurtenis = cls(moment, *(draw(a) for a in velden[cls]))
    return result


def gebeurtenissen(soort: type[Gebeurtenis] | None = None) -> st.SearchStrategy[Gebeurtenis]:
    """Events of one class (or any class), each valid on its own, not tied to an intervention."""
    velden = _velden(leerling_refs())
    soorten = [soort] if soort is not None else list(velden)
    return st.one_of([st.builds(cls, momenten(), *velden[cls]) for cls in soorten])


def gebeurtenissen_na(
    interventie: Interventie, *, max_stap: pendulum.Duration | None = None
) -> st.SearchStrategy[Gebeurtenis]:
    """Any event that could follow ``interventie`` in time (allowed or not by the rules).

    Moments lie from the latest event's moment up to ``max_stap`` (60 days) later.
    """
    stap = max_stap if max_stap is not None else pendulum.duration(days=60)
    return _gebeurtenis_na(interventie, int(stap.total_seconds()))


@st.composite
def interventies(draw: st.DrawFn, *, max_stappen: int = 12) -> Interventie:
    """Interventions built by applying random commands; refused ones are skipped."""
    interventie = ontvang(
        draw(hulpvragen()), draw(momenten(max_value=pendulum.datetime(2035, 1, 1)))
    )
    for _ in range(draw(st.integers(0, max_stappen))):
        try:
            interventie = pas_toe(interventie, draw(gebeurtenissen_na(interventie)))
        except RefusedError:
            continue
    return interventie


@cache
def besluiten() -> st.SearchStrategy[Besluit]:
    """Decisions with zero to three reasons, allowed or not."""
    reden = st.builds(
        Reden, st.sampled_from(["R-LC-5", "R-LC-6", "R-LC-7", "R-WA-5"]), _labels, st.booleans()
    )
    return st.builds(
        Besluit.uit_redenen,
        st.sampled_from(["afronding", "overdracht", "acceptatie"]),
        st.lists(reden, max_size=3).map(tuple),
    )


@cache
def signalen() -> st.SearchStrategy[Signaal]:
    """Signals of every kind, with or without a pupil."""
    return st.builds(Signaal, st.sampled_from(Signaalsoort), _labels, st.none() | leerling_refs())


def _waarden() -> dict[type, st.SearchStrategy[Any]]:
    table: dict[type, st.SearchStrategy[Any]] = {
        Leerling: leerlingen(),
        LeerlingRef: leerling_refs(),
        Partij: partijen(),
        Schooljaar: schooljaren(),
        Reden: besluiten().filter(lambda b: bool(b.redenen)).map(lambda b: b.redenen[0]),
        Besluit: besluiten(),
        Hulpvraag: hulpvragen(),
        BetrokkenLeerling: _betrokken(),
        Afrondingsverklaring: afrondingsverklaringen(),
        Overdrachtsvoorstel: overdrachtsvoorstellen(),
        Interventie: interventies(),
        Toestand: interventies().map(lambda i: i.toestand),
        Signaal: signalen(),
    }
    for cls in GEBEURTENISSEN:
        table[cls] = gebeurtenissen(cls)
    return table


@cache
def _tabel() -> dict[type, st.SearchStrategy[Any]]:
    return _waarden()


def waardetypen() -> tuple[type, ...]:
    """Every public value class that `waarden` can generate (and `to_dict` can write)."""
    return tuple(_tabel())


def waarden(cls: type) -> st.SearchStrategy[Any]:
    """Valid values of the public value class ``cls``.

    Raises:
        InvalidValueError: ``cls`` is not one of `waardetypen`.
    """
    table = _tabel()
    if cls not in table:
        raise InvalidValueError(
            f"no strategy for {getattr(cls, '__name__', cls)!r}",
            field="cls",
            hint="see waardetypen() for the classes covered",
        )
    return table[cls]
