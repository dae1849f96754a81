"""Leave against absence: what is covered (R-LPW-11), and the leave check (R-LPW-12).

Absence on a day covered by a granted vrijstelling or leave is no verzuim and is never reported
(`gedekt`). A request for leave is checked by `toets_verlof`, which returns a `Besluit` whose
reasons cite the articles.

References:
    - R-LPW-11: BWBR0002628 art. 11 (the grounds a-g free the pupil from attending), art. 11a
      (under six: up to five hours a week, lid 1, and up to five more with the head's leave,
      lid 2), art. 13a and 14 (leave), art. 5, 5a, 15 (free from enrolment), art. 3a, 3b
      (vervangende leerplicht). DUO withdraws ("ingetrokken, reden V") reports that overlap a
      vrijstelling (DUO, "Omzetting status verzuimmelding bij vrijstelling").
    - R-LPW-12: art. 13a lid 1 (holiday leave only when a parent's job allows no holiday in the
      school holidays), lid 2 (once a school year, at most ten school days, not in the first two
      lesweken of the school year); art. 14 lid 1-3 (other important circumstances: up to ten
      school days a school year the head decides, above that the leerplichtambtenaar after
      hearing the head). Verified in a mirror of wetten.overheid.nl of about 2015
      (statengeneraal/laws-markdown); the 2017 wording of art. 13a was not seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs
import pendulum

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_date
from gedragswerk_core.besluit import Besluit, Reden
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.leerplicht import afwezigheid as _a
from gedragswerk_core.leerplicht.afwezigheid import Afwezigheid
from gedragswerk_core.leerplicht.schoolkalender import Schoolkalender
from gedragswerk_core.leerplicht.teksten import reden
from gedragswerk_core.leerplicht.vrijstelling import (
    Beslisser,
    Vrijstelling,
    Vrijstellingsgrond,
    Vrijstellingssoort,
)
from gedragswerk_core.schooljaar import schooljaar_van

__all__ = ["gedekt", "toets_verlof"]

_G = Vrijstellingsgrond
_MAX_DAGEN: Final = 10  # art. 13a lid 2, art. 14 lid 3
_LESWEKEN_NIET: Final = 2  # art. 13a lid 2: not in the first two lesweken


def _vrijstellingen(value: object, veld: str = "vrijstellingen") -> tuple[Vrijstelling, ...]:
    return v.require_items(
        value, Vrijstelling, veld, regel="R-LPW-11", hint="e.g. (Vrijstelling(grond, begin),)"
    )


def gedekt(
    afwezigheden: Iterable[Afwezigheid], vrijstellingen: Iterable[Vrijstelling]
) -> tuple[Afwezigheid, ...]:
    """The records, with absence covered by a vrijstelling or leave marked authorised (R-LPW-11).

    A record is covered on a day a vrijstelling is in force: any ground of art. 11 (leave
    under art. 13a and 14 included), art. 5, 5a, 15, 3a and 3b. An art. 11a vrijstelling covers
    up to its hours a week (five, art. 11a lid 1, unless the vrijstelling records more), the
    records of a week taken in date order. Art. 4a lid 2 is no leave and covers nothing.

    Examples:
        >>> import pendulum
        >>> ziek = Vrijstelling(Vrijstellingsgrond.ZIEKTE, pendulum.date(2016, 1, 4))
        >>> [a.geoorloofd for a in gedekt([Afwezigheid(pendulum.date(2016, 1, 4), 60, False)], [ziek])]
        [True]
    """  # noqa: E501
    lijst = _a.records(afwezigheden)
    heel, uren = _verdeel(_vrijstellingen(vrijstellingen))
    over: dict[tuple[int, int], float] = {}  # (vrijstelling, week) -> minutes still covered
    uit = []
    for a in sorted(lijst, key=lambda a: a.datum):
        if a.geoorloofd or any(vr.geldt_op(a.datum) for vr in heel):
            uit.append(a if a.geoorloofd else attrs.evolve(a, geoorloofd=True))
            continue
        uit.append(_binnen_uren(a, uren, over))
    return tuple(uit)


def _verdeel(
    alle: tuple[Vrijstelling, ...],
) -> tuple[list[Vrijstelling], list[Vrijstelling]]:
    """Those covering whole days, and those of art. 11a covering hours; art. 4a lid 2 neither."""
    heel: list[Vrijstelling] = []
    uren: list[Vrijstelling] = []
    for vr in alle:
        if vr.soort is not Vrijstellingssoort.UITZONDERING:
            (uren if vr.grond is _G.JONGER_DAN_ZES else heel).append(vr)
    return heel, uren


def _binnen_uren(
    a: Afwezigheid, uren: list[Vrijstelling], over: dict[tuple[int, int], float]
) -> Afwezigheid:
    """``a`` authorised when an art. 11a vrijstelling still has the minutes that week."""
    week = a.datum.toordinal() - a.datum.weekday()
    for i, vr in enumerate(uren):
        if vr.geldt_op(a.datum):
            rest = over.setdefault((i, week), (vr.uren or 0) * 60)
            if a.minuten <= rest:
                over[(i, week)] = rest - a.minuten
                return attrs.evolve(a, geoorloofd=True)
    return a


# --- the leave check (R-LPW-12) ----------------------------------------------------------------


def _lesdagen(begin: int, einde: int, kal: Schoolkalender) -> int:
    return sum(1 for o in range(begin, einde + 1) if kal._is_lesdag(o))  # noqa: SLF001


def toets_verlof(
    grond: Vrijstellingsgrond,
    begin: object,
    einde: object,
    kalender: Schoolkalender | None = None,
    *,
    eerder: Iterable[Vrijstelling] = (),
    beslisser: Beslisser = Beslisser.HOOFD,
) -> Besluit:
    """May ``beslisser`` grant leave on ``grond`` from ``begin`` through ``einde``? (R-LPW-12).

    Holiday leave (``VAKANTIE_BEROEP``, art. 13a): once a school year, at most ten school days,
    not in the first two lesweken of the school year, decided by the head. Other important
    circumstances (``GEWICHTIGE_OMSTANDIGHEDEN``, art. 14): up to ten school days in the school
    year, this request and ``eerder`` leave on the same ground counted, the head decides; above
    that the leerplichtambtenaar (art. 14 lid 3). School days come from ``kalender`` (``None``:
    every weekday); the first leswek is the week of the first lesdag on or after 1 August.

    Args:
        grond: ``VAKANTIE_BEROEP`` or ``GEWICHTIGE_OMSTANDIGHEDEN``.
        begin: the first day of the leave.
        einde: the last day of the leave (included).
        kalender: the school's holidays.
        eerder: leave already granted to the pupil (any school year; only the same school
            year and ground count).
        beslisser: who decides on this request.

    Examples:
        >>> import pendulum
        >>> besluit = toets_verlof(
        ...     Vrijstellingsgrond.VAKANTIE_BEROEP, pendulum.date(2016, 8, 3), pendulum.date(2016, 8, 9)
        ... )
        >>> besluit.toegestaan, [r.uitleg[:40] for r in besluit.bezwaren]
        (False, ['leave from 2016-08-03 falls in the first'])

    Raises:
        InvalidValueError: ``grond`` is not a ground of leave, a date is not a date, or
            ``einde`` is before ``begin``.
    """  # noqa: E501
    v.require(grond, Vrijstellingsgrond, "grond")
    if grond not in (_G.VAKANTIE_BEROEP, _G.GEWICHTIGE_OMSTANDIGHEDEN):
        raise InvalidValueError(
            f"no leave is asked on the ground {grond.value} ({grond.artikel})",
            field="grond",
            regel="R-LPW-12",
            hint="VAKANTIE_BEROEP (art. 13a) or GEWICHTIGE_OMSTANDIGHEDEN (art. 14)",
        )
    aanvraag = Vrijstelling(grond, as_date(begin, "begin"), as_date(einde, "einde"))
    kal = _a.kalender_of_geen(kalender)
    v.require(beslisser, Beslisser, "beslisser")
    jaar = schooljaar_van(aanvraag.begin)
    zelfde = [
        vr
        for vr in _vrijstellingen(eerder, "eerder")
        if vr.grond is grond and schooljaar_van(vr.begin) == jaar
    ]
    b, e = aanvraag.begin.toordinal(), aanvraag.einde.toordinal()  # type: ignore[union-attr]
    dagen = _lesdagen(b, e, kal)
    if grond is _G.VAKANTIE_BEROEP:
        redenen = _redenen_13a(b, dagen, zelfde, kal, beslisser)
    else:
        eerdere = sum(_lesdagen(vr.begin.toordinal(), _eind(vr, e), kal) for vr in zelfde)
        redenen = _redenen_14(dagen + eerdere, beslisser)
    return Besluit.uit_redenen(f"verlof {grond.artikel}", redenen)


def _eind(vr: Vrijstelling, standaard: int) -> int:
    return standaard if vr.einde is None else vr.einde.toordinal()


def _redenen_13a(
    b: int, dagen: int, zelfde: list[Vrijstelling], kal: Schoolkalender, beslisser: Beslisser
) -> tuple[Reden, ...]:
    jaar = schooljaar_van(pendulum.Date.fromordinal(b))
    eerste = kal._eerste_lesdag_vanaf(jaar.begin.toordinal())  # noqa: SLF001
    vrij_vanaf = _a.na_weken(eerste - (eerste - 1) % 7, _LESWEKEN_NIET, kal)
    datum = pendulum.Date.fromordinal(b).isoformat()
    buiten = b >= vrij_vanaf
    return (
        reden(f"R-LPW-12.eenmaal/{_JA_NEE[not zelfde]}", not zelfde, schooljaar=str(jaar)),
        reden("R-LPW-12.dagen", dagen <= _MAX_DAGEN, dagen=str(dagen), max=_MAX),
        reden(f"R-LPW-12.eerste_lesweken/{_JA_NEE[buiten]}", buiten, datum=datum),
        reden("R-LPW-12.hoofd", beslisser is Beslisser.HOOFD, beslisser=beslisser.value),
    )


_MAX: Final = str(_MAX_DAGEN)
_JA_NEE: Final = {True: "ja", False: "nee"}


def _redenen_14(totaal: int, beslisser: Beslisser) -> tuple[Reden, ...]:
    bevoegd = Beslisser.HOOFD if totaal <= _MAX_DAGEN else Beslisser.LEERPLICHTAMBTENAAR
    return (
        reden(
            "R-LPW-12.bevoegd",
            beslisser is bevoegd,
            totaal=str(totaal),
            bevoegd=bevoegd.value,
            max=_MAX,
            beslisser=beslisser.value,
        ),
    )
