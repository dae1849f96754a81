"""Private: the checks that keep a `gedragswerk_core.rapportage.Jaarcijfers` consistent (R-RAP).

A value read back with ``from_dict`` must be as consistent as one computed by ``jaarcijfers``: the
four statuses add up to the total, twelve months in order, labels sorted and distinct, rankings
in order, one contact row per caller type.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.rapportage.contact import Bellertype
from gedragswerk_core.regio.systeemvragen import is_systeemvraagcode

if TYPE_CHECKING:
    from gedragswerk_core.rapportage.jaarcijfers import Jaarcijfers

__all__ = ["IN_JAAR", "MAANDEN", "MAANDNAMEN", "controleer"]

IN_JAAR: Final = "interventions started in the school year"
"""The denominator of the four status shares."""
MAANDEN: Final = (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)
"""The calendar months of a school year, in order (R-LPW-9)."""
MAANDNAMEN: Final = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
"""Dutch month names, January first."""


def _eis(voorwaarde: bool, veld: str, uitleg: str) -> None:
    if not voorwaarde:
        raise InvalidValueError(
            uitleg, field=veld, regel="R-RAP", hint="build it with jaarcijfers(...)"
        )


def _gesorteerd(waarden: tuple[Any, ...]) -> bool:
    return all(a < b for a, b in pairwise(waarden))


def controleer(c: Jaarcijfers) -> None:
    """Check that the figures of ``c`` agree with each other.

    Raises:
        InvalidValueError: the first disagreement, naming the field and rule R-RAP.
    """
    n = c.interventies
    delen = (c.afgerond, c.lopend, c.overgedragen, c.doorverwezen)
    _eis(
        all(d.noemer == n and d.noemer_omschrijving == IN_JAAR for d in delen),
        "Jaarcijfers.afgerond",
        f"afgerond, lopend, overgedragen and doorverwezen are out of the {IN_JAAR}",
    )
    _eis(
        sum(d.teller for d in delen) == n,
        "Jaarcijfers.lopend",
        "on 31 July every intervention is afgerond, open, overgedragen or doorverwezen",
    )
    _eis(
        _gesorteerd(c.regios) and len(c.regios) <= n,
        "Jaarcijfers.regios",
        "distinct region labels, sorted, at most one per intervention",
    )
    jaar = c.schooljaar.startjaar
    maanden = [(jaar + (m < 8), m) for m in MAANDEN]  # noqa: PLR2004 - August
    _eis(
        [(m.jaar, m.maand) for m in c.intake_per_maand] == maanden
        and sum(m.aantal for m in c.intake_per_maand) == n,
        "Jaarcijfers.intake_per_maand",
        "twelve months, August to July of the school year, adding up to interventies",
    )
    _eis(
        _gesorteerd(c.actietafels) and len(c.actietafels) <= c.escalaties_actietafel,
        "Jaarcijfers.actietafels",
        "distinct actietafel labels, sorted, at most one per escalation to an actietafel",
    )
    _eis(
        _gesorteerd(tuple((-s.aantal, s.code) for s in c.systeemvragen))
        and all(s.aantal for s in c.systeemvragen),
        "Jaarcijfers.systeemvragen",
        "one row per question taken up, most frequent first, then by code",
    )
    _eis(
        _gesorteerd(tuple((-s.aantal, s.label) for s in c.overige_systeemvragen))
        and all(s.aantal and not is_systeemvraagcode(s.label) for s in c.overige_systeemvragen),
        "Jaarcijfers.overige_systeemvragen",
        "one row per label outside the catalogue, most frequent first, then by label",
    )
    _eis(
        tuple(t.beller for t in c.contacten) == tuple(Bellertype),
        "Jaarcijfers.contacten",
        "one row per Bellertype, in order",
    )
