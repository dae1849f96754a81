"""The tables' text catalogue: the conditions of a table's steps, in Dutch and English.

`tafel` decides whether an event may be added to an actietafel (R-TAF-1) or the
interventieteam (R-IT-1); this module only says how each condition reads. A key is the part of
the condition code after the rule id (see `Reden.code`): the code is ``R-TAF-1.<part>`` for an
actietafel, ``R-IT-1.<part>`` for the interventieteam, and ``R-LC-4.regionaal`` for the
region carrying a meeting. Each text states the condition; the reason says whether it is met.
The Dutch follows seed 002 §3.1.1 and §3.1.2.7: *actietafel*, *interventieteam*, *casus*,
*inbrengen*, *overleg*, *lid*.

The parts:

- ``begin``: a table starts with one first event (`TafelIngesteld`, `TeamGestart`).
- ``lid``: a party is a member once; ``vertrek``: only a member leaves.
- ``casus``: a pupil's case is open once at a time; ``inbreng``: a case is brought to an
  actietafel by a member.
- ``aanwezig``: a meeting has at least two members present; ``leden``: everyone present is a
  member; ``besproken``: only open cases are discussed.
- ``afsluiting``: only an open case is closed.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from gedragswerk_core.besluit import Reden, Tekst, reden_uit

__all__ = ["TEKSTEN", "reden"]

_T = Tekst

TEKSTEN: Final = MappingProxyType(
    {
        "begin": _T("{soort} begint met één {eerste}", "{soort} starts with one {eerste}"),
        "soort/R-TAF-1": _T("een actietafel", "an actietafel"),
        "soort/R-IT-1": _T("het interventieteam", "the interventieteam"),
        "lid": _T(
            "een partij is één keer lid van de tafel", "a party is a member of the table once"
        ),
        "vertrek": _T("alleen een lid verlaat de tafel", "only a member leaves the table"),
        "casus": _T(
            "de casus van een leerling staat één keer tegelijk open aan tafel",
            "a pupil's case is open at the table once",
        ),
        "inbreng": _T(
            "een casus wordt ingebracht door een lid van de tafel",
            "a case is brought in by a member of the table",
        ),
        "aanwezig": _T(
            "bij een overleg zijn ten minste twee leden aanwezig",
            "a meeting has at least two members present",
        ),
        "leden": _T("iedere aanwezige is lid", "everyone present is a member"),
        "regionaal": _T(
            "de regio draagt de tafel: er is een regionale partij aanwezig, niet alleen "
            "Gedragswerk",
            "the region carries the table: a regional party is present, not only Gedragswerk",
        ),
        "besproken": _T("alleen open casussen worden besproken", "only open cases are discussed"),
        "afsluiting": _T("alleen een open casus wordt afgesloten", "only an open case is closed"),
    }
)
"""Every text of the tables' conditions, by part (see the module doc)."""


def reden(regel: str, deel: str, voldaan: bool, eerste: str = "") -> Reden:
    """The reason ``regel.deel``, met or not.

    ``eerste`` names the table's first event, for the part ``begin``.
    """
    soort = TEKSTEN.get(f"soort/{regel}", Tekst("", ""))
    return reden_uit(
        TEKSTEN[deel], f"{regel}.{deel}", voldaan, {deel: voldaan}, soort=soort, eerste=eerste
    )
