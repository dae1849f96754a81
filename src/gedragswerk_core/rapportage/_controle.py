"""Private: the checks that keep a `gedragswerk_core.rapportage.Jaarcijfers` consistent (R-RAP).

A value read back with ``from_dict`` must be as consistent as one computed by ``jaarcijfers``: the
four statuses add up to the total, twelve months in order, labels sorted and distinct, rankings
in order, one contact row per caller type.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final

from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.rapportage.contact import Bellertype
from gedragswerk_core.regio.systeemvragen import is_systeemvraagcode

if TYPE_CHECKING:
    from gedragswerk_core.rapportage.aandeel import Aandeel
    from gedragswerk_core.rapportage.jaarcijfers import Jaarcijfers

__all__ = ["IN_JAAR", "MAANDEN", "MAANDNAMEN", "controleer"]

IN_JAAR: Final = "interventions carried out in the school year"
"""The denominator of the four status shares (R-RAP-2)."""
_IN_JAAR_OUD: Final = "interventions started in the school year"
"""The denominator as stored before R-RAP-2 was applied (then interventions started)."""
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


def _gesorteerd(waarden: tuple[Any, ...]) -> bool:
    return all(a < b for a, b in pairwise(waarden))


def _delen(c: Jaarcijfers) -> tuple[Aandeel, ...]:
    return (c.afgerond, c.lopend, c.overgedragen, c.doorverwezen)


def _delen_van_het_jaar(c: Jaarcijfers) -> bool:
    return all(
        d.noemer == c.interventies and d.noemer_omschrijving in (IN_JAAR, _IN_JAAR_OUD)
        for d in _delen(c)
    )


def _intake_per_maand(c: Jaarcijfers) -> bool:
    jaar = c.schooljaar.startjaar
    maanden = [(jaar + (m < 8), m) for m in MAANDEN]  # noqa: PLR2004 - August
    return [(m.jaar, m.maand) for m in c.intake_per_maand] == maanden and sum(
        m.aantal for m in c.intake_per_maand
    ) == c.gestart <= c.interventies


def _systeemvragen(c: Jaarcijfers) -> bool:
    rijen = c.systeemvragen
    return _gesorteerd(tuple((-s.aantal, s.code) for s in rijen)) and all(s.aantal for s in rijen)


def _overige_systeemvragen(c: Jaarcijfers) -> bool:
    rijen = c.overige_systeemvragen
    return _gesorteerd(tuple((-s.aantal, s.label) for s in rijen)) and all(
        s.aantal and not is_systeemvraagcode(s.label) for s in rijen
    )


_REGELS: Final[tuple[tuple[str, str, Callable[[Jaarcijfers], bool]], ...]] = (
    (
        "afgerond",
        f"afgerond, lopend, overgedragen and doorverwezen are out of the {IN_JAAR}",
        _delen_van_het_jaar,
    ),
    (
        "lopend",
        "on 31 July every intervention is afgerond, open, overgedragen or doorverwezen",
        lambda c: sum(d.teller for d in _delen(c)) == c.interventies,
    ),
    (
        "regios",
        "distinct region labels, sorted, at most one per intervention",
        lambda c: _gesorteerd(c.regios) and len(c.regios) <= c.interventies,
    ),
    (
        "intake_per_maand",
        "twelve months, August to July, adding up to gestart, at most interventies",
        _intake_per_maand,
    ),
    (
        "actietafels",
        "distinct actietafel names, sorted",
        lambda c: _gesorteerd(c.actietafels),
    ),
    (
        "systeemvragen",
        "one row per question taken up, most frequent first, then by code",
        _systeemvragen,
    ),
    (
        "overige_systeemvragen",
        "one row per label outside the catalogue, most frequent first, then by label",
        _overige_systeemvragen,
    ),
    (
        "contacten",
        "one row per Bellertype, in order",
        lambda c: tuple(t.beller for t in c.contacten) == tuple(Bellertype),
    ),
)
"""The agreements R-RAP asks of the figures, in the order checked: field, rule, check."""


def controleer(c: Jaarcijfers) -> None:
    """Check that the figures of ``c`` agree with each other.

    Raises:
        InvalidValueError: the first disagreement, naming the field and rule R-RAP.
    """
    for veld, uitleg, klopt in _REGELS:
        if not klopt(c):
            raise InvalidValueError(
                uitleg,
                field=f"Jaarcijfers.{veld}",
                regel="R-RAP",
                hint="build it with jaarcijfers(...)",
            )
