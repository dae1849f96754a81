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
    Geescaleerd,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
)
from gedragswerk_core.interventie.interventie import Interventie
from gedragswerk_core.interventie.stappen import OVERGANGEN, Status
from gedragswerk_core.rapportage._indeling import (
    BUITEN,
    MARGE,
    TWIJFEL,
    Jaarindeling,
    amsterdam_ordinal,
)

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
        per_maand: interventions started per month, August … July, then those carried out
            in the year that started before it (`_VOOR`).
        passend: pupils booked with passend onderwijs in the year.
        regios: the region labels of the interventions carried out, as written.
        escalaties: escalations to an actietafel, and to the interventieteam, in the year.
        vragen: the systemic question labels (or codes) taken up in the year, one per time.
    """

    __slots__ = ("escalaties", "passend", "per_maand", "regios", "status", "vragen")

    def __init__(self) -> None:
        """Start at zero."""
        self.status = [0, 0, 0, 0]
        self.per_maand = [0] * 13  # August … July, and started before the year
        self.passend = 0
        self.regios: set[str] = set()
        self.escalaties = [0, 0]
        self.vragen: list[str] = []


def tot_einde(interventie: Interventie, einde: int) -> int:
    """How many of the events lie before ``einde`` (1 August's ordinal), read from the end.

    The first event, the start, lies before ``einde``; later events after 31 July are few.
    """
    gebeurtenissen = interventie.geldende_gebeurtenissen
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
    gebeurtenissen = interventie.geldende_gebeurtenissen
    n = 1
    while n < len(gebeurtenissen):
        moment = gebeurtenissen[n].moment
        dag = _toordinal(moment)
        if dag >= begin or (dag >= begin - MARGE and amsterdam_ordinal(moment) >= begin):
            break
        n += 1
    return n


_NA: Final = -3
"""Not counted: started after the year, or closed before it with nothing in it."""
_VOOR: Final = 12
"""Index in `Telling.per_maand` of the interventions started before the year (not reported)."""


def _buiten(interventie: object, index: int, indeling: Jaarindeling) -> tuple[int, int, Any]:
    """A start not plainly in the table: (month index, events before the year, status then).

    The month index is exact for a start near a boundary, `_VOOR` for one before the year, and
    `_NA` for one not counted at all.
    """
    if type(interventie) is not Interventie:
        raise InvalidValueError(
            f"expected an Interventie, got {type(interventie).__name__}",
            field=f"interventies[{index}]",
            hint="pass Interventie values, e.g. built with ontvang(...)",
        )
    gebeurtenissen = interventie.geldende_gebeurtenissen
    moment = gebeurtenissen[0].moment
    dag = _toordinal(moment)
    maand = indeling.tabel.get(dag, BUITEN)
    if maand == TWIJFEL:
        maand = indeling.maand_exact(moment)
    if maand >= 0:
        return maand, 0, None
    if dag >= indeling.grenzen[0]:
        return _NA, 0, None  # after the year
    van = voor_begin(interventie, indeling.grenzen[0])
    eind: Status | None = None
    for g in gebeurtenissen[:van]:  # before the year: only the status
        eind = OVERGANGEN[type(g)][eind]
    if van == tot_einde(interventie, indeling.einde) and not eind.is_open:  # type: ignore[union-attr]
        return _NA, 0, None  # closed before the year, nothing in it
    return _VOOR, van, eind


def tel(interventies: Iterable[Any], indeling: Jaarindeling) -> Telling:
    """The one pass: count every intervention carried out in the year (R-RAP-2).

    Raises:
        InvalidValueError: an item is not an `Interventie`; the field names its position.
    """
    telling = Telling()
    status, per_maand, escalaties = telling.status, telling.per_maand, telling.escalaties
    regio_bij, vragen_bij = telling.regios.add, telling.vragen.append
    tabel_get = indeling.tabel.get
    einde = indeling.einde
    zeker_voor_einde = einde - MARGE
    toordinal, soort, na, plek = _toordinal, Interventie, OVERGANGEN, _PLEK
    resultaat, vraag, escalatie = ResultaatGeboekt, SystemischeVraagOpgepakt, Geescaleerd
    actietafel = _ACTIETAFEL
    passend = 0
    for index, interventie in enumerate(interventies):
        if type(interventie) is soort:
            gebeurtenissen: Any = interventie.geldende_gebeurtenissen  # read once: the hot path
            maand = tabel_get(toordinal(gebeurtenissen[0].moment), BUITEN)
        else:
            maand = BUITEN
        van, eind = 0, None
        if maand < 0:
            maand, van, eind = _buiten(interventie, index, indeling)
            if maand == _NA:
                continue
        tot = (
            len(gebeurtenissen)
            if toordinal(gebeurtenissen[-1].moment) < zeker_voor_einde
            else tot_einde(interventie, einde)
        )
        for g in gebeurtenissen[van:tot]:  # the events in the year; written out: the hot path
            kind = type(g)
            eind = na[kind][eind]  # the fold of `status_na`, in the same pass
            if kind is resultaat:
                passend += 1
            elif kind is vraag:
                vragen_bij(g.vraag)
            elif kind is escalatie:
                escalaties[g.naar is not actietafel] += 1
        per_maand[maand] += 1
        regio_bij(gebeurtenissen[0].hulpvraag.regio)
        status[plek[eind]] += 1  # type: ignore[index]  # a status after the first event
    telling.passend = passend
    return telling
