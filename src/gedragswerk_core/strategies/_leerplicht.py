"""Strategies for the Leerplichtwet: periods, school calendars, vrijstellingen, status, verzuim.

Private: use them through `gedragswerk_core.strategies`, which checks that Hypothesis is there.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache
from typing import Any

import pendulum
from hypothesis import strategies as st

from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid, Telwijze, Venster, Verzuimregels
from gedragswerk_core.leerplicht.feit import Feit
from gedragswerk_core.leerplicht.meldingen import Melding, Meldingsoort
from gedragswerk_core.leerplicht.schoolkalender import Periode, Schoolkalender
from gedragswerk_core.leerplicht.status import Leerplichtstatus, leerplicht_status
from gedragswerk_core.leerplicht.thuiszitters import (
    Leerlingverzuim,
    Thuiszittertelling,
    tel_thuiszitters,
)
from gedragswerk_core.leerplicht.verzuim import Verzuimbeoordeling, beoordeel_verzuim
from gedragswerk_core.leerplicht.vrijstelling import Vrijstelling, Vrijstellingsgrond
from gedragswerk_core.leerplicht.wetsversies import WETSVERSIES, Wetsversie
from gedragswerk_core.strategies._basis import datums, gegevens, labels

__all__ = [
    "afwezigheden",
    "afwezigheidsreeksen",
    "feiten",
    "leerlingverzuimen",
    "leerplichtstatussen",
    "meldingen",
    "perioden",
    "schoolkalenders",
    "schrikkeldatums",
    "thuiszittertellingen",
    "verzuimbeoordelingen",
    "verzuimregels",
    "vrijstellingen",
    "wetsversies",
]

_EERSTE_JAAR = 2000
_LAATSTE_JAAR = 2040

# --- periods and school calendars (R-LPW-1, R-LPW-6) --------------------------------------------


def _periode(begin: pendulum.Date, dagen: int) -> Periode:
    return Periode(begin, begin.add(days=dagen))


def perioden(
    min_value: dt.date | None = None, max_value: dt.date | None = None, *, max_dagen: int = 60
) -> st.SearchStrategy[Periode]:
    """Periods that begin between the bounds (2000–2040) and last 1 to ``max_dagen`` + 1 days."""
    if min_value is None and max_value is None and max_dagen == 60:  # noqa: PLR2004 - default
        return _alle_perioden()
    return st.builds(_periode, datums(min_value, max_value), st.integers(0, max_dagen))


@cache
def _alle_perioden() -> st.SearchStrategy[Periode]:
    return st.builds(_periode, datums(), st.integers(0, 60))


def _zonder_overlap(vakanties: list[Periode]) -> Schoolkalender:
    """Keep each holiday that begins after the one kept before it has ended."""
    gehouden: list[Periode] = []
    for p in sorted(vakanties):
        if not gehouden or p.begin > gehouden[-1].einde:
            gehouden.append(p)
    return Schoolkalender(tuple(gehouden))


def schoolkalenders(
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    *,
    max_vakanties: int = 3,
    max_dagen: int = 20,
) -> st.SearchStrategy[Schoolkalender]:
    """School calendars with up to ``max_vakanties`` holidays of up to ``max_dagen`` + 1 days.

    The holidays begin between the bounds and do not overlap; without any, every weekday is a
    lesdag.
    """
    vakanties = perioden(min_value, max_value, max_dagen=max_dagen)
    return st.lists(vakanties, max_size=max_vakanties).map(_zonder_overlap)


# --- vrijstellingen and the status (R-LPW-1 … R-LPW-4, R-LPW-7) --------------------------------


# art. 4a lid 2 is no vrijstelling: the ground is deprecated and warns (issue 23).
_GRONDEN = [g for g in Vrijstellingsgrond if g is not Vrijstellingsgrond.PRAKTIJKONDERWIJS_OF_VSO]


def _vrijstelling(
    grond: Vrijstellingsgrond, begin: pendulum.Date, dagen: int | None, uren: int | None
) -> Vrijstelling:
    einde = None if dagen is None else begin.add(days=dagen)
    if grond is not Vrijstellingsgrond.JONGER_DAN_ZES:
        uren = None
    return Vrijstelling(grond, begin, einde, uren_per_week=uren)


def vrijstellingen(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[Vrijstelling]:
    """Vrijstellingen on any ground in force, beginning between the bounds.

    Open-ended or up to 400 days; art. 11a ones with or without hours (1 to 10 a week).
    """
    return st.builds(
        _vrijstelling,
        st.sampled_from(_GRONDEN),
        datums(min_value, max_value),
        st.none() | st.integers(0, 400),
        st.none() | st.integers(1, 10),
    )


def schrikkeldatums(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[pendulum.Date]:
    """29 February of the leap years between the bounds (2000–2040): the edge of every age rule."""
    lo = min_value or dt.date(_EERSTE_JAAR, 1, 1)
    hi = max_value or dt.date(_LAATSTE_JAAR, 12, 31)
    return st.sampled_from(
        [
            pendulum.Date(j, 2, 29)
            for j in range(lo.year, hi.year + 1)
            if calendar.isleap(j) and lo <= dt.date(j, 2, 29) <= hi
        ]
    )


@cache
def wetsversies() -> st.SearchStrategy[Wetsversie]:
    """The versions of the Leerplichtwet the library ships (R-LPW-13), dated and announced."""
    return st.sampled_from(WETSVERSIES)


@st.composite
def _status(draw: st.DrawFn) -> Leerplichtstatus:
    geboren = draw(datums(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    peil = draw(datums(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
    diploma = draw(st.none() | st.integers(15 * 365, 25 * 365))
    praktijk = draw(st.none() | st.integers(12 * 365, 20 * 365))
    return leerplicht_status(
        geboren,
        peil,
        ingeschreven=draw(st.none() | st.booleans()),
        startkwalificatie=None if diploma is None else geboren.add(days=diploma),
        vrijstellingen=draw(
            st.lists(vrijstellingen(geboren.add(years=4), geboren.add(years=20)), max_size=1)
        ),
        praktijkonderwijs_of_vso=None if praktijk is None else geboren.add(days=praktijk),
    )


@cache
def leerplichtstatussen() -> st.SearchStrategy[Leerplichtstatus]:
    """Statuses from `leerplicht_status`: births 1990–2030, any reference date to 2060.

    Sometimes with enrolment known, a startkwalificatie, a vrijstelling, or art. 4a lid 2.
    """
    return _status()


# --- verzuim (R-LPW-5, R-LPW-6, R-LPW-8) ---------------------------------------------------------


def afwezigheden(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[Afwezigheid]:
    """Absence records on a day between the bounds: 15 minutes to a long day, authorised or not.

    Sometimes a single lesson, sometimes luxe verzuim (a holiday without leave).
    """
    return st.builds(
        Afwezigheid,
        datums(min_value, max_value),
        st.integers(15, 480),
        st.booleans(),
        hele_dag=st.booleans(),
        les=st.booleans(),
        luxe=st.booleans(),
    )


@st.composite
def _reeks(
    draw: st.DrawFn, data: st.SearchStrategy[pendulum.Date], max_dagen: int
) -> tuple[Afwezigheid, ...]:
    start = draw(data)
    dagen = draw(st.integers(0, max_dagen))
    return tuple(
        Afwezigheid(start.add(days=n), 300, False, hele_dag=True) for n in range(dagen + 1)
    )


def afwezigheidsreeksen(
    min_value: dt.date | None = None, max_value: dt.date | None = None, *, max_dagen: int = 45
) -> st.SearchStrategy[tuple[Afwezigheid, ...]]:
    """Runs of whole days of unauthorised absence, in date order.

    Every calendar day from a start between the bounds through up to ``max_dagen`` days later.
    """
    return _reeks(datums(min_value, max_value), max_dagen)


def _feit(regel: str, uitleg: str, geldt: bool, deel: str | None, extra: tuple[Any, ...]) -> Feit:
    gegevens, nl = extra
    code = regel if deel is None else f"{regel}.{deel}"
    return Feit(regel, uitleg, geldt, code=code, gegevens=gegevens, nl=nl)


@cache
def feiten() -> st.SearchStrategy[Feit]:
    """Facts of the Leerplichtwet rules (as in `Leerplichtstatus.feiten`), applying or not.

    With or without a code (``R-LPW-5.absoluut``), data (`Gegeven`) and a Dutch text.
    """
    return st.builds(
        _feit,
        st.sampled_from(["R-LPW-1", "R-LPW-2", "R-LPW-3", "R-LPW-4", "R-LPW-5", "R-LPW-8"]),
        labels(),
        st.booleans(),
        st.none() | st.sampled_from(["begin", "einde", "absoluut", "thuiszitter"]),
        st.tuples(st.lists(gegevens(), max_size=3).map(tuple), st.none() | labels()),
    )


@st.composite
def _melding(draw: st.DrawFn) -> Melding:
    begin = draw(datums())
    dagen = draw(st.none() | st.integers(0, 27))
    return Melding(
        begin,
        None if dagen is None else begin.add(days=dagen),
        draw(st.integers(0, 20_160)),
        soort=draw(st.sampled_from(Meldingsoort)),
        herhaling=draw(st.integers(0, 4)),
        verplicht=draw(st.booleans()),
    )


@cache
def meldingen() -> st.SearchStrategy[Melding]:
    """Reports of every kind (R-LPW-10): a first day, an end date or none, the minutes."""
    return _melding()


@cache
def verzuimregels() -> st.SearchStrategy[Verzuimregels]:
    """Readings of the verzuim rules: either count, either window, thresholds near the law's."""
    return st.builds(
        Verzuimregels,
        telwijze=st.sampled_from(Telwijze),
        venster=st.sampled_from(Venster),
        drempel_uren=st.sampled_from([8, 16, 16.5]),
        meer_dan_drempel=st.booleans(),
        herhaal_min_dagen=st.integers(0, 14),
        max_herhaalmeldingen=st.integers(0, 6),
        lrv_weken=st.sampled_from([2, 4, 4.5]),
        lrv_meer_dan=st.booleans(),
        rmc_weken=st.sampled_from([2, 4]),
        rmc_meer_dan=st.booleans(),
    )


_TERMIJN = (dt.date(2016, 1, 1), dt.date(2016, 6, 30))


@st.composite
def _beoordeling(draw: st.DrawFn) -> Verzuimbeoordeling:
    geboren = draw(datums(dt.date(1998, 1, 1), dt.date(2011, 12, 31)))
    peil = draw(datums(*_TERMIJN))
    status = leerplicht_status(geboren, peil, ingeschreven=draw(st.none() | st.booleans()))
    return beoordeel_verzuim(
        status,
        draw(st.lists(afwezigheden(*_TERMIJN), max_size=8)),
        draw(schoolkalenders(*_TERMIJN, max_vakanties=2)),
        niet_ingeschreven_sinds=draw(st.none() | datums(dt.date(2015, 8, 1), _TERMIJN[0])),
    )


@cache
def verzuimbeoordelingen() -> st.SearchStrategy[Verzuimbeoordeling]:
    """Assessments from `beoordeel_verzuim` of a pupil born 1998–2011 in the first half of 2016.

    Up to eight absence records and two holidays; enrolled, not enrolled, or unknown.
    """
    return _beoordeling()


@st.composite
def _leerlingverzuim(draw: st.DrawFn, peil: pendulum.Date) -> Leerlingverzuim:
    geboren = draw(datums(dt.date(1996, 1, 1), dt.date(2011, 12, 31)))
    status = leerplicht_status(
        geboren,
        peil,
        ingeschreven=draw(st.none() | st.booleans()),
        vrijstellingen=draw(st.lists(vrijstellingen(dt.date(2015, 8, 1), peil), max_size=1)),
    )
    return Leerlingverzuim(
        status,
        draw(st.lists(afwezigheden(*_TERMIJN), max_size=6)),
        draw(st.none() | datums(dt.date(2015, 8, 1), _TERMIJN[0])),
        draw(st.booleans()),
    )


def leerlingverzuimen(peildatum: dt.date | None = None) -> st.SearchStrategy[Leerlingverzuim]:
    """One pupil's facts for a thuiszitter count in the first half of 2016 (R-LPW-14)."""
    if peildatum is None:
        return datums(*_TERMIJN).flatmap(_leerlingverzuim)
    return _leerlingverzuim(pendulum.Date(peildatum.year, peildatum.month, peildatum.day))


@st.composite
def _telling(draw: st.DrawFn) -> Thuiszittertelling:
    peil = draw(datums(*_TERMIJN))
    return tel_thuiszitters(draw(st.lists(_leerlingverzuim(peil), max_size=4)), peil)


@cache
def thuiszittertellingen() -> st.SearchStrategy[Thuiszittertelling]:
    """Thuiszitter counts of up to four pupils on a peildatum in the first half of 2016."""
    return _telling()
