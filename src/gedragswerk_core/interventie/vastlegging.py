"""What was known when: the recording moments of an intervention's history (R-GEB-2, R-GEB-3).

Every event has the moment it happened (``moment``) and the moment it was recorded
(``vastgelegd``; ``None``: when it happened; a `Gecorrigeerd` is recorded at its ``moment``).
The history is an append-only log: an event is recorded after the one before it, never earlier
(R-GEB-3), so the events known at a moment are a prefix of the history. `Interventie.bekend_op`
gives the intervention as known then: that prefix, with only the corrections recorded by then
applied (R-GEB-4).

This module holds the plain helpers; the checks run in the `Interventie` constructor.

References:
    - R-GEB-1 … R-GEB-4: the library's own rules of the history (docs/verantwoording.md).
"""

from __future__ import annotations

from typing import Final

import pendulum

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.gebeurtenissen import (
    GEBEURTENISSEN,
    Gebeurtenis,
    Gecorrigeerd,
    HulpvraagOntvangen,
)
from gedragswerk_core.interventie.stappen import STAPPEN

__all__ = ["VASTLEGVOLGORDE", "als_rij", "bekend_tot", "na_vastlegging", "vastgelegd_op"]

VASTLEGVOLGORDE: Final = "R-GEB-3"
"""The library's rule that the history is an append-only log: no event is recorded before the
event before it (recording moments never go back)."""


def vastgelegd_op(g: Gebeurtenis) -> pendulum.DateTime:
    """When ``g`` was recorded: its ``vastgelegd``, or its ``moment`` when that is ``None``."""
    return g.moment if g.vastgelegd is None else g.vastgelegd


def na_vastlegging(laatste: Gebeurtenis, g: Gebeurtenis, plek: str) -> None:
    """R-GEB-3: ``g`` is not recorded before ``laatste``, the event before it in the log.

    ``plek`` names ``g`` in an error (``"Interventie.gebeurtenissen[4]"`` or its class name).

    Raises:
        InvalidValueError: it is; the field is its recording moment, the rule R-GEB-3.
    """
    if vastgelegd_op(g) < vastgelegd_op(laatste):
        veld = "moment" if type(g) is Gecorrigeerd else "vastgelegd"
        raise InvalidValueError(
            "an event cannot be recorded before the event before it",
            field=f"{plek}.{veld}",
            regel=VASTLEGVOLGORDE,
            hint="the history is an append-only log: record a late event with vastgelegd",
        )


def bekend_tot(gebeurtenissen: tuple[Gebeurtenis, ...], moment: pendulum.DateTime) -> int:
    """How many events of the log were recorded on or before ``moment`` (a prefix, R-GEB-3)."""
    n = len(gebeurtenissen)
    while n and vastgelegd_op(gebeurtenissen[n - 1]) > moment:
        n -= 1
    return n


_NAMEN: Final = " or ".join(t.__name__ for t in GEBEURTENISSEN)


def als_rij(waarde: object) -> tuple[Gebeurtenis, ...]:
    """``waarde`` as the log of an intervention: a tuple of events, a `HulpvraagOntvangen` first.

    Raises:
        InvalidValueError: not a sequence of events, or not starting with the hulpvraag (R-LC-1).
    """
    rij = v.to_tuple(waarde)
    if not isinstance(rij, tuple):
        raise InvalidValueError(
            f"expected a tuple of events, got {type(waarde).__name__}",
            field="Interventie.gebeurtenissen",
        )
    for index, g in enumerate(rij):
        if type(g) not in STAPPEN:
            raise InvalidValueError(
                f"expected {_NAMEN}, got {type(g).__name__}",
                field=f"Interventie.gebeurtenissen[{index}]",
            )
    if not rij or type(rij[0]) is not HulpvraagOntvangen:
        raise InvalidValueError(
            "an intervention starts with a HulpvraagOntvangen event",
            field="Interventie.gebeurtenissen[0]",
            regel="R-LC-1",
            hint="start one with ontvang(hulpvraag, moment)",
        )
    return rij
