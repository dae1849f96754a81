"""Commands that add to an intervention's record without moving it: statements and corrections.

Both leave the status as it is. A party's statement (`verklaar`, R-VKL-1) is what a later
decision rests on (R-LC-5, R-LC-6, R-LC-7); a correction (`corrigeer`, R-GEB-4) amends an
earlier event without reopening the case. Each builds its event with its constructor and
appends it with `pas_toe`, so the one table `STAPPEN` decides, as for every other step.
"""

from __future__ import annotations

from gedragswerk_core._tijd import Moment
from gedragswerk_core.interventie.gebeurtenissen import (
    Feitgebeurtenis,
    Gecorrigeerd,
    Uitspraak,
    Verklaard,
)
from gedragswerk_core.interventie.interventie import Interventie, pas_toe
from gedragswerk_core.partijen import Partij

__all__ = ["corrigeer", "verklaar"]


def verklaar(
    interventie: Interventie,
    moment: Moment,
    door: Partij,
    uitspraak: Uitspraak,
    *,
    waar: bool = True,
) -> Interventie:
    """Record that ``door`` stated ``uitspraak`` (or, with ``waar=False``, its opposite).

    A statement is kept in the history (R-VKL-1); the decisions that rest on it read the
    latest one of each party: the receiver's "can" and "want" of a handover (R-LC-6), the
    actors' "can" and "want to go on alone" of an afronding (R-LC-5), the systemic aspect at
    first contact (R-LC-7). Gedragswerk itself cannot state for the region that it can or
    wants to go on alone (R-LC-4).

    Examples:
        >>> from gedragswerk_core import Overdrachtsvoorstel, Partij, Rol, beoordeel_overdracht
        >>> from gedragswerk_core import voorbeeld
        >>> i = voorbeeld.interventie_na_intake()
        >>> rmc = Partij("RMC Rivierenland", Rol.RMC_COORDINATOR)
        >>> voorstel = Overdrachtsvoorstel(rmc, meer_aan_ontvanger=True)
        >>> beoordeel_overdracht(i, voorstel).ontbreekt
        ('R-LC-6.kan', 'R-LC-6.wil')
        >>> i = verklaar(i, voorbeeld.moment(2015, 10, 1), rmc, Uitspraak.KAN_OVERNEMEN)
        >>> i = verklaar(i, voorbeeld.moment(2015, 10, 1), rmc, Uitspraak.WIL_OVERNEMEN)
        >>> beoordeel_overdracht(i, voorstel).toegestaan
        True
    """
    return pas_toe(interventie, Verklaard(moment, door, uitspraak, waar))


def corrigeer(
    interventie: Interventie, moment: Moment, positie: int, vervanging: Feitgebeurtenis, reden: str
) -> Interventie:
    """Replace the event at ``positie`` of the history in force by ``vervanging`` (`Gecorrigeerd`).

    Recorded at ``moment``; the status does not change; one breaking a rule is refused (R-GEB-4).
    """
    return pas_toe(interventie, Gecorrigeerd(moment, positie, vervanging, reden))
