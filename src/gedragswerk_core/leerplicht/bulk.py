"""Leerplicht status for many pupils at once: compact rows of integers (R-LPW-1..4, R-LPW-13).

The same rules as `gedragswerk_core.leerplicht.status.leerplicht_status` for pupils of whom only
the birth date is known, computed from the tables of ``_datums`` without building a
`Leerplichtstatus` per pupil. See that module for the law's articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final, TypeAlias

import pendulum

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import Datum, as_date
from gedragswerk_core.leerplicht import _datums as _d
from gedragswerk_core.leerplicht.status import Categorie, Schrikkeldag, _schrikkel
from gedragswerk_core.leerplicht.wetsversies import versie_op_ord

__all__ = ["BulkRij", "leerplicht_status_bulk"]

BulkRij: TypeAlias = tuple[Categorie, int, int, int, int]
"""One pupil in `leerplicht_status_bulk`: the category, then four proleptic ordinals."""

_DATUMTYPEN: Final = (dt.date, pendulum.Date)
_29_FEBRUARI: Final = 229  # month * 100 + day


def leerplicht_status_bulk(
    geboortedata: Iterable[Datum],
    peildatum: Datum,
    *,
    schrikkeldag: Schrikkeldag = Schrikkeldag.EERSTE_MAART,
) -> list[BulkRij]:
    """The status of many pupils on one ``peildatum``, as compact tuples (R-LPW-1..4).

    The same rules as `gedragswerk_core.leerplicht.status.leerplicht_status` for pupils of
    whom only the birth date is known: no startkwalificatie, no vrijstelling, no
    twelve-school-years route, no school calendar (a month's first school day is its first
    weekday), with the version of the law in force on ``peildatum`` (R-LPW-13).
    Each row is ``(categorie, begin_leerplicht, einde_leerplicht, einde_kwalificatieplicht,
    einde_rmc)``, the dates as proleptic ordinals
    (``datetime.date.fromordinal`` or ``pendulum.Date.fromordinal`` turns one back into a date),
    every ``einde`` the last day included. Kwalificatieplicht begins the day after
    ``einde_leerplicht`` and the RMC target group the day after ``einde_kwalificatieplicht``;
    before 1 August 2007 there is none, and ``einde_kwalificatieplicht`` is ``einde_leerplicht``.

    The trade-off: no `Leerplichtstatus`, `Periode` or ``pendulum.Date`` objects and no reasons
    are built, so a pupil costs well under a microsecond against about fifteen for the full
    status (benchmarks/test_leerplicht.py); call
    `gedragswerk_core.leerplicht.status.leerplicht_status` for a pupil whose facts
    matter, or to explain a result.

    Examples:
        >>> rijen = leerplicht_status_bulk(
        ...     [pendulum.date(2010, 9, 2), pendulum.date(2000, 3, 15)], pendulum.date(2017, 1, 9)
        ... )
        >>> [(c.value, pendulum.Date.fromordinal(b)) for c, b, *_ in rijen]
        [('volledig_leerplichtig', Date(2015, 10, 1)), ('kwalificatieplichtig', Date(2005, 4, 1))]

    Raises:
        InvalidValueError: an item is not a date or its year is outside 1900-2199 (the field
            names its index), or ``peildatum`` is not a date.
    """
    peil = as_date(peildatum, "peildatum").toordinal()
    maart = _schrikkel(schrikkeldag)
    v.require_iterable(geboortedata, "geboortedata", of="dates")
    eerste, werkdag, juli31, basis = _d.EERSTE, _d.EERSTE_WERKDAG, _d.JULI31, _d.BASIS
    geen_kp = not versie_op_ord(peil).kwalificatieplicht
    k18 = (_d.LEEFTIJD_KWALIFICATIE - basis) * 12 - 1  # month index of the 18th birthday, - month
    k23 = (_d.LEEFTIJD_RMC - basis) * 12 - 1
    k5 = (_d.LEEFTIJD_START - basis) * 12  # month index after the fifth birthday, - month
    j16 = _d.LEEFTIJD_EINDE - basis
    niet, volledig, kwalificatie, rmc = (
        Categorie.NIET_GEDEKT,
        Categorie.VOLLEDIG_LEERPLICHTIG,
        Categorie.KWALIFICATIEPLICHTIG,
        Categorie.RMC_DOELGROEP,
    )
    rijen: list[BulkRij] = []
    append = rijen.append
    for item in geboortedata:
        b = item if type(item) in _DATUMTYPEN else as_date(item, f"geboortedata[{len(rijen)}]")
        j, m, d = b.year, b.month, b.day
        if not basis <= j <= _d.GEBOORTE_MAX:
            _d.datum(b, f"geboortedata[{len(rijen)}]", geboorte=True)  # raises the explanation
        if m * 100 + d == _29_FEBRUARI:  # the slow, exact path
            begin = _d.eerste_werkdag(_d.begin_ord(j, m, d, maart))
            kp = _d.verjaardag_ord(j, m, d, _d.LEEFTIJD_KWALIFICATIE, maart) - 1
            einde = _d.verjaardag_ord(j, m, d, _d.LEEFTIJD_RMC, maart) - 1
        else:
            jm = j * 12 + m
            begin = werkdag[jm + k5]
            kp = eerste[jm + k18] + d - 2
            einde = eerste[jm + k23] + d - 2
        lp = juli31[j + j16 + (m >= _d.AUGUSTUS)]
        if geen_kp:
            kp = lp
        if peil < begin:
            append((niet, begin, lp, kp, einde))
        elif peil <= lp:
            append((volledig, begin, lp, kp, einde))
        elif peil <= kp:
            append((kwalificatie, begin, lp, kp, einde))
        elif peil <= einde:
            append((rmc, begin, lp, kp, einde))
        else:
            append((niet, begin, lp, kp, einde))
    return rijen
