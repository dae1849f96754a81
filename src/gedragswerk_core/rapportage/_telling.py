"""Private: the one pass over the interventions behind `gedragswerk_core.rapportage.jaarcijfers`.

The rules of what counts are documented in `rapportage.jaarcijfers` (R-RAP-2: what happened in
the school year); this module only counts, in plain Python:

* the start day and month come from a lookup table of day ordinals
  (`gedragswerk_core.rapportage._indeling`), not from a time-zone conversion;
* an intervention's events split in three runs: before 1 August of the year (`voor_begin`,
  read from the start: for most interventions only the first event is looked at), in the year,
  and after 31 July (`tot_einde`, read from the end); only the events in the year are counted
  (pupils booked, systemic questions, escalations), and the status on 31 July is the
  lifecycle's own fold of all events up to then, read from the step table in the same loop
  (`gedragswerk_core.interventie.stappen.OVERGANGEN`, as `status_na` reads it);
* an intervention without events in the year counts as carried out when it was open on 1 August.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Final, final

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.gebeurtenissen import (
    Escalatie,
    Gebeurtenis,
    Geescaleerd,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
)
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.interventie.stappen import OVERGANGEN, Status
from gedragswerk_core.rapportage._indeling import BUITEN, MARGE, Jaarindeling, amsterdam_ordinal

__all__ = ["Telling", "tel", "tot_einde", "voor_begin"]

_ACTIETAFEL: Final = Escalatie.ACTIETAFEL
_toordinal: Final = dt.datetime.toordinal
# Index into `Telling.status` of the status on 31 July: open, afgerond, overgedragen, doorverwezen.
_PLEK: Final = {
    Status.ONTVANGEN: 0,
    Status.LOPEND: 0,
    Status.AFGEROND: 1,
    Status.OVERGEDRAGEN: 2,
    Status.DOORVERWEZEN: 3,
}


@final
class Telling:
    """The running counts of one pass (mutable, never leaves `jaarcijfers`).

    Attributes:
        status: interventions carried out in the year that are open, afgerond, overgedragen,
            doorverwezen on 31 July.
        per_maand: interventions started per month, August … July.
        passend: pupils booked with passend onderwijs in the year.
        regios: the region labels of the interventions carried out, as written.
        escalaties: escalations to an actietafel, and to the interventieteam, in the year.
        vragen: the systemic question labels (or codes) taken up in the year, one per time.
    """

    __slots__ = ("escalaties", "passend", "per_maand", "regios", "status", "vragen")

    def __init__(self) -> None:
        """Start at zero."""
        self.status = [0, 0, 0, 0]
        self.per_maand = [0] * 12
        self.passend = 0
        self.regios: set[str] = set()
        self.escalaties = [0, 0]
        self.vragen: list[str] = []


def tot_einde(interventie: Interventie, einde: int) -> int:
    """How many of the events lie before ``einde`` (1 August's ordinal), read from the end.

    The first event, the start, lies before ``einde``; later events after 31 July are few.
    """
    gebeurtenissen = interventie.gebeurtenissen
    tot = len(gebeurtenissen)
    while tot > 1:
        moment = gebeurtenissen[tot - 1].moment
        dag = _toordinal(moment)
        if dag < einde - MARGE or (dag < einde and amsterdam_ordinal(moment) < einde):
            break
        tot -= 1
    return tot


def voor_begin(interventie: Interventie, begin: int) -> int:
    """How many of the events lie before ``begin`` (1 August's ordinal), read from the start.

    The first event, the start, lies before ``begin``.
    """
    gebeurtenissen = interventie.gebeurtenissen
    n = 1
    while n < len(gebeurtenissen):
        moment = gebeurtenissen[n].moment
        dag = _toordinal(moment)
        if dag >= begin or (dag >= begin - MARGE and amsterdam_ordinal(moment) >= begin):
            break
        n += 1
    return n


def _start(interventie: object, index: int, indeling: Jaarindeling) -> int:
    """The month index 0–11 of the start, `BUITEN` if before the year, -3 if after it."""
    if type(interventie) is not Interventie:
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}",
            field=f"interventies[{index}]",
            hint="pass Interventie values, e.g. built with ontvang(...)",
        )
    moment = interventie.gebeurtenissen[0].moment
    dag = _toordinal(moment)
    maand = indeling.tabel.get(dag, BUITEN)
    if maand < 0:
        maand = indeling.maand_exact(moment) if maand != BUITEN else BUITEN
        if maand == BUITEN and dag >= indeling.grenzen[0]:
            return _NA
    return maand


_NA: Final = -3


def _tel_gebeurtenis(g: Gebeurtenis, telling: Telling) -> None:
    kind = type(g)
    if kind is ResultaatGeboekt:
        telling.passend += 1
    elif kind is SystemischeVraagOpgepakt:
        telling.vragen.append(g.vraag)  # type: ignore[union-attr]
    elif kind is Geescaleerd:
        telling.escalaties[g.naar is not _ACTIETAFEL] += 1  # type: ignore[union-attr]


def tel(interventies: Iterable[Any], indeling: Jaarindeling) -> Telling:
    """The one pass: count every intervention carried out in the year (R-RAP-2).

    Raises:
        InvalidValueError: an item is not an `Interventie`; the field names its position.
    """
    telling = Telling()
    begin, einde = indeling.grenzen[0], indeling.einde
    zeker_voor_einde = einde - MARGE
    na = OVERGANGEN
    for index, interventie in enumerate(interventies):
        maand = _start(interventie, index, indeling)
        if maand == _NA:
            continue
        gebeurtenissen = interventie.gebeurtenissen
        van = 0 if maand >= 0 else voor_begin(interventie, begin)
        tot = (
            len(gebeurtenissen)
            if _toordinal(gebeurtenissen[-1].moment) < zeker_voor_einde
            else tot_einde(interventie, einde)
        )
        eind: Status | None = None
        for g in gebeurtenissen[:van]:  # before the year: only the status
            eind = na[type(g)][eind]
        if van == tot and not eind.is_open:  # type: ignore[union-attr]
            continue  # closed before the year, nothing in it
        for g in gebeurtenissen[van:tot]:  # in the year: the status, and what happened
            eind = na[type(g)][eind]
            _tel_gebeurtenis(g, telling)
        if maand >= 0:
            telling.per_maand[maand] += 1
        telling.regios.add(interventie.hulpvraag.regio)
        telling.status[_PLEK[eind]] += 1  # type: ignore[index]
    return telling
