"""Private: the one pass over the interventions behind `gedragswerk_core.rapportage.jaarcijfers`.

The rules of what counts are documented in `rapportage.jaarcijfers`; this module only
counts, as fast as plain Python allows (about 0.8 µs per intervention on the mix of the
2015–2016 case log, see benchmarks/test_rapportage.py):

* the start day and month come from a lookup table of day ordinals
  (`gedragswerk_core.rapportage._indeling`), not from a time-zone conversion;
* an intervention is counted from its events in one loop: pupils booked, systemic questions,
  escalations; its status is the lifecycle's own fold of those events, read from the step table
  in the same loop (`gedragswerk_core.interventie.stappen.OVERGANGEN`, as `status_na` reads it);
* for an intervention with events after 31 July those events are found from the end (they are
  few, `tot_einde`) and left out; the status on 31 July is the fold of the events before them.
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
from gedragswerk_core.rapportage._indeling import BUITEN, MARGE, Jaarindeling, amsterdam_ordinal

__all__ = ["Telling", "tel", "tot_einde"]

_ONTVANGEN: Final = Status.ONTVANGEN
_LOPEND: Final = Status.LOPEND
_AFGEROND: Final = Status.AFGEROND
_OVERGEDRAGEN: Final = Status.OVERGEDRAGEN
_ACTIETAFEL: Final = Escalatie.ACTIETAFEL
_toordinal: Final = dt.datetime.toordinal


@final
class Telling:
    """The running counts of one pass (mutable, never leaves `jaarcijfers`).

    Attributes:
        status: interventions open, afgerond, overgedragen, doorverwezen on 31 July.
        per_maand: interventions started per month, August … July.
        passend: pupils booked with passend onderwijs.
        regios: the region labels, as written.
        tafels: the actietafel labels, as written.
        escalaties: escalations to an actietafel, and to the interventieteam.
        vragen: the systemic question labels (or codes) taken up, one per time.
    """

    __slots__ = ("escalaties", "passend", "per_maand", "regios", "status", "tafels", "vragen")

    def __init__(self) -> None:
        """Start at zero."""
        self.status = [0, 0, 0, 0]
        self.per_maand = [0] * 12
        self.passend = 0
        self.regios: set[str] = set()
        self.tafels: set[str] = set()
        self.escalaties = [0, 0]
        self.vragen: list[str] = []


def _escalatie(g: Geescaleerd, telling: Telling) -> None:
    if g.naar is _ACTIETAFEL:
        telling.escalaties[0] += 1
        if g.tafel is not None:
            telling.tafels.add(g.tafel)
    else:
        telling.escalaties[1] += 1


def tot_einde(interventie: Interventie, einde: int) -> int:
    """How many of the events lie before ``einde`` (1 August's ordinal), read from the end.

    The first event, the start, lies in the year; later events after 31 July are few.
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


def tel(interventies: Iterable[Any], indeling: Jaarindeling) -> Telling:  # noqa: C901
    """The one pass: count every intervention that started in the year.

    Raises:
        InvalidValueError: an item is not an `Interventie`; the field names its position.
    """
    telling = Telling()
    status = telling.status
    per_maand = telling.per_maand
    regio_bij = telling.regios.add
    tabel_get = indeling.tabel.get
    einde = indeling.einde
    zeker_voor_einde = einde - MARGE
    toordinal = _toordinal
    soort = Interventie
    buiten = BUITEN
    afgerond, lopend, ontvangen, overgedragen = _AFGEROND, _LOPEND, _ONTVANGEN, _OVERGEDRAGEN
    resultaat, vraag, escalatie = ResultaatGeboekt, SystemischeVraagOpgepakt, Geescaleerd
    vragen_bij = telling.vragen.append
    passend = 0
    na = OVERGANGEN
    for index, interventie in enumerate(interventies):
        if type(interventie) is not soort:
            raise InvalidValueError(
                f"expected an Interventie, got {type(interventie).__name__}",
                field=f"interventies[{index}]",
                hint="pass Interventie values, e.g. built with ontvang(...)",
            )
        gebeurtenissen = interventie.gebeurtenissen
        start = gebeurtenissen[0]
        maand = tabel_get(toordinal(start.moment), buiten)
        if maand < 0:
            maand = indeling.maand_exact(start.moment) if maand != buiten else buiten
            if maand == buiten:
                continue
        per_maand[maand] += 1
        regio_bij(start.hulpvraag.regio)  # type: ignore[union-attr]
        # The events on or before 31 July: all of them, unless the last lies after it.
        rij = (
            gebeurtenissen
            if toordinal(gebeurtenissen[-1].moment) < zeker_voor_einde
            else gebeurtenissen[: tot_einde(interventie, einde)]
        )
        eind: Status | None = None
        for g in rij:  # one loop, written out: this is the hot path of the annual figures
            kind = type(g)
            eind = na[kind][eind]  # the fold of `status_na`, in the same pass
            if kind is resultaat:
                passend += 1
            elif kind is vraag:
                vragen_bij(g.vraag)  # type: ignore[union-attr]
            elif kind is escalatie:
                _escalatie(g, telling)  # type: ignore[arg-type]
        if eind is afgerond:
            status[1] += 1
        elif eind is lopend or eind is ontvangen:
            status[0] += 1
        elif eind is overgedragen:
            status[2] += 1
        else:
            status[3] += 1
    telling.passend += passend
    return telling
