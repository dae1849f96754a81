"""Private: the one pass over the interventions behind `gedragswerk_core.rapportage.jaarcijfers`.

The rules of what counts are documented in `gedragswerk_core.rapportage`; this module only
counts, as fast as plain Python allows (about 0.6 µs per intervention on the mix of the
2015–2016 case log, see benchmarks/test_rapportage.py):

* the start day and month come from a lookup table of day ordinals
  (`gedragswerk_core._jaarindeling`), not from a time-zone conversion;
* an intervention whose events all lie in the year is counted from its folded `Toestand`
  (status, pupils, systemic questions); its events are only read when it was escalated, for
  the actietafel labels;
* for an intervention with events after 31 July those events are read from the end (they are
  few) and taken off what the folded state holds (`na_einde`); when one of them changed the
  status, the status on 31 July is read backwards from the events before it, following the
  lifecycle of `gedragswerk_core.interventie` (tests compare both with the library's own fold).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Final, final

from gedragswerk_core._jaarindeling import BUITEN, MARGE, Jaarindeling, amsterdam_ordinal
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.gebeurtenissen import (
    Escalatie,
    Gebeurtenis,
    Geescaleerd,
    Heropend,
    ResultaatGeboekt,
    SystemischeVraagOpgepakt,
)
from gedragswerk_core.interventie import NIEUWE_STATUS, Interventie, Status

__all__ = ["Telling", "na_einde", "tel"]

_ONTVANGEN: Final = Status.ONTVANGEN
_LOPEND: Final = Status.LOPEND
_AFGEROND: Final = Status.AFGEROND
_OVERGEDRAGEN: Final = Status.OVERGEDRAGEN
_DOORVERWEZEN: Final = Status.DOORVERWEZEN
_ACTIETAFEL: Final = Escalatie.ACTIETAFEL
# The status each event leads to: the lifecycle's own table.
_NIEUWE_STATUS: Final = NIEUWE_STATUS
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


def _status_voor(gebeurtenissen: tuple[Gebeurtenis, ...], tot: int) -> Status:
    """The status after the first ``tot`` events, read backwards from the last status change.

    After a reopening the intervention is open again: received (after a referral) or lopend,
    which the figures count alike, so `_LOPEND` stands for both.
    """
    for index in range(tot - 1, 0, -1):
        soort = type(gebeurtenissen[index])
        nieuw = _NIEUWE_STATUS.get(soort)
        if nieuw is not None:
            return nieuw
        if soort is Heropend:
            return _LOPEND
    return _ONTVANGEN


def _escalaties(gebeurtenissen: tuple[Gebeurtenis, ...], telling: Telling) -> None:
    for g in gebeurtenissen:
        if type(g) is Geescaleerd:
            if g.naar is _ACTIETAFEL:
                telling.escalaties[0] += 1
                if g.tafel is not None:
                    telling.tafels.add(g.tafel)
            else:
                telling.escalaties[1] += 1


def na_einde(interventie: Interventie, einde: int, telling: Telling) -> Status:
    """Count an intervention with events after 31 July (``einde`` is 1 August's ordinal).

    Those events are found from the end (they are few) and what the folded state holds for them
    is taken off again; only when one of them changed the status is the status on 31 July read
    backwards from the events before it. Returns that status.
    """
    t = interventie.toestand
    gebeurtenissen = interventie.gebeurtenissen
    tot = len(gebeurtenissen)
    passend = len(t.gerealiseerd)
    vragen = t.systemische_vragen
    aantal_vragen = len(vragen)
    veranderd = False
    while tot > 1:  # the first event, the start, lies in the year
        g = gebeurtenissen[tot - 1]
        dag = _toordinal(g.moment)
        if dag < einde - MARGE or (dag < einde + MARGE and amsterdam_ordinal(g.moment) < einde):
            break
        soort = type(g)
        if soort is ResultaatGeboekt:
            passend -= 1
        elif soort is SystemischeVraagOpgepakt:
            aantal_vragen -= 1
        elif soort in _NIEUWE_STATUS or soort is Heropend:
            veranderd = True
        tot -= 1
    telling.passend += passend
    telling.vragen.extend(vragen[:aantal_vragen])
    if t.escalaties:
        _escalaties(gebeurtenissen[:tot], telling)
    return _status_voor(gebeurtenissen, tot) if veranderd else t.status


def tel(interventies: Iterable[Any], indeling: Jaarindeling) -> Telling:  # noqa: C901
    """The one pass: count every intervention that started in the year.

    Raises:
        InvalidValueError: an item is not an `Interventie`; the field names its position.
    """
    telling = Telling()
    status = telling.status
    per_maand = telling.per_maand
    vragen_bij = telling.vragen.extend
    regio_bij = telling.regios.add
    tabel_get = indeling.tabel.get
    einde = indeling.einde
    zeker_voor_einde = einde - MARGE
    toordinal = _toordinal
    soort = Interventie
    buiten = BUITEN
    afgerond, lopend, ontvangen, overgedragen = _AFGEROND, _LOPEND, _ONTVANGEN, _OVERGEDRAGEN
    passend = 0
    for index, interventie in enumerate(interventies):
        if type(interventie) is not soort:
            raise InvalidValueError(
                f"expected an Interventie, got {type(interventie).__name__}",
                field=f"interventies[{index}]",
                hint="pass Interventie values, e.g. built with ontvang(...)",
            )
        t = interventie.toestand
        maand = tabel_get(toordinal(t.begin), buiten)
        if maand < 0:
            maand = indeling.maand_exact(t.begin) if maand != buiten else buiten
            if maand == buiten:
                continue
        per_maand[maand] += 1
        regio_bij(t.hulpvraag.regio)
        if toordinal(t.laatste) < zeker_voor_einde:
            # Every event lies in the year: the folded state says (almost) all.
            eind = t.status
            passend += len(t.gerealiseerd)
            if t.systemische_vragen:
                vragen_bij(t.systemische_vragen)
            if t.escalaties:
                _escalaties(interventie.gebeurtenissen, telling)
        else:
            eind = na_einde(interventie, einde, telling)
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
