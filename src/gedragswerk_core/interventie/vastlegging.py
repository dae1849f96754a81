"""What was known when: the recording moments of an intervention's log (R-GEB-2, R-GEB-3).

Every event has the moment it happened (its ``moment``). The moment it was *recorded* belongs to
its entry in the intervention's log, not to the fact, and is kept beside the log:
`Interventie.vastgelegd`, one moment per event, ``None`` for an event recorded when it happened
(the usual case, which costs nothing: the whole list is ``None`` then). An event is not recorded
before it happened (R-GEB-2), and the log only grows: no event is recorded before the event before
it (R-GEB-3). So the events known at a moment are a prefix of the log, and
`Interventie.bekend_op` gives the intervention as known then: that prefix, with only the
corrections recorded by then applied (R-GEB-4).

This module holds the plain checks; the `Interventie` constructor runs them.

References:
    - R-GEB-1 … R-GEB-4: the library's own rules of the history (docs/verantwoording.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final, final

import pendulum
from attrs import define, field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core._tijd import as_moment
from gedragswerk_core.errors import InvalidValueError
from gedragswerk_core.interventie.gebeurtenissen import (
    GEBEURTENISSEN,
    Gebeurtenis,
    Gecorrigeerd,
    HulpvraagOntvangen,
)
from gedragswerk_core.interventie.stappen import STAPPEN, corrigeer_geschiedenis

__all__ = [
    "VASTLEGGING",
    "VASTLEGVOLGORDE",
    "Logboek",
    "MetVastlegging",
    "Vastlegging",
    "Vastleggingen",
    "als_rij",
    "als_vastleggingen",
    "bekend_tot",
    "in_kracht",
    "laatst_vastgelegd",
    "na_vastlegging",
    "plek",
]

VASTLEGGING: Final = "R-GEB-2"
"""The library's rule that an event is not recorded before it happened."""
VASTLEGVOLGORDE: Final = "R-GEB-3"
"""The library's rule that the log only grows: no event is recorded before the event before it
(recording moments never go back)."""

Vastleggingen = tuple[pendulum.DateTime | None, ...]
"""Per event of a log, when it was recorded; ``None``: when it happened."""


def _op(rij: tuple[Gebeurtenis, ...], lijst: Vastleggingen | None, k: int) -> pendulum.DateTime:
    """When event ``k`` of the log was recorded."""
    moment = None if lijst is None else lijst[k]
    return rij[k].moment if moment is None else moment


def _niet_voor_het_gebeurde(
    rij: tuple[Gebeurtenis, ...], lijst: Vastleggingen | None, k: int, plek: str
) -> None:
    if _op(rij, lijst, k) < rij[k].moment:
        raise InvalidValueError(
            "an event cannot be recorded before it happened",
            field=plek,
            regel=VASTLEGGING,
            hint="vastgelegd is when it was recorded, its moment when it happened",
        )


def na_vastlegging(
    rij: tuple[Gebeurtenis, ...], lijst: Vastleggingen | None, k: int, plek: str
) -> None:
    """R-GEB-2 and R-GEB-3 for event ``k`` of the log (``k`` ≥ 1).

    ``plek`` names its recording moment in an error (``"Interventie.vastgelegd[4]"``).

    Raises:
        InvalidValueError: it was recorded before it happened, or before the event before it.
    """
    _niet_voor_het_gebeurde(rij, lijst, k, plek)
    if _op(rij, lijst, k) < _op(rij, lijst, k - 1):
        raise InvalidValueError(
            "an event cannot be recorded before the event before it",
            field=plek,
            regel=VASTLEGVOLGORDE,
            hint="the log only grows: record a late event with vastgelegd",
        )


@final
@frozen(weakref_slot=False)
class Vastlegging:
    """What an intervention holds besides its log once an event was corrected or recorded late.

    Private to `Interventie` (its constructor makes it); without corrections and late
    recordings an intervention holds nothing but its log.

    ``log``: the events as recorded; ``geldend``: the history in force (derived, not
    compared); ``vastgelegd``: the recording moments, ``None`` when every event was recorded
    when it happened.
    """

    log: tuple[Gebeurtenis, ...]
    geldend: tuple[Gebeurtenis, ...] = field(eq=False)
    vastgelegd: Vastleggingen | None

    def als_invoer(self) -> MetVastlegging:
        """What the `Interventie` constructor reads to make this again (pickle, copy)."""
        return MetVastlegging(self.log, self.vastgelegd)


@final
@define
class MetVastlegging:
    """A log with its recording moments: what `Interventie.met_vastlegging` gives its constructor.

    A private carrier, never kept.
    """

    gebeurtenissen: Iterable[Gebeurtenis]
    vastgelegd: object

    def __iter__(self) -> Iterator[Gebeurtenis]:
        """The events, in order."""
        yield from self.gebeurtenissen


Logboek = tuple[Gebeurtenis, ...] | Vastlegging
"""What an `Interventie` holds: the tuple of its events, or, once an event was corrected or
recorded late, a `Vastlegging` (one slot either way: the byte budget of issue 16)."""


def in_kracht(eerdere: tuple[Gebeurtenis, ...], g: Gebeurtenis) -> tuple[Gebeurtenis, ...]:
    """``eerdere``, the history in force, with ``g`` appended, or applied if a correction."""
    return corrigeer_geschiedenis(eerdere, g) if type(g) is Gecorrigeerd else (*eerdere, g)


def plek(lijst: Vastleggingen | None, index: int) -> str:
    """How an error names the recording moment of event ``index``: as given, or its moment."""
    if lijst is not None and lijst[index] is not None:
        return f"Interventie.vastgelegd[{index}]"
    return f"Interventie.gebeurtenissen[{index}].moment"


def als_vastleggingen(waarde: object, rij: tuple[Gebeurtenis, ...]) -> Vastleggingen | None:
    """``waarde`` as the recording moments of the log ``rij``: ``None`` when none is late.

    Each moment is converted to its UTC instant; the order (R-GEB-3) and each against its event
    (R-GEB-2) are checked by the replay (`na_vastlegging`), the first event's here.

    Raises:
        InvalidValueError: not a sequence of moments or ``None`` as long as the log.
    """
    if waarde is None:
        return None
    if not isinstance(waarde, Sequence) or isinstance(waarde, str) or len(waarde) != len(rij):
        raise InvalidValueError(
            f"expected one moment or None per event ({len(rij)})", field="Interventie.vastgelegd"
        )
    # A recording moment equal to the event's own is "recorded when it happened": None, so that
    # the same log is one value however it is given.
    lijst = tuple(
        None if m is not None and m == g.moment else m
        for m, g in zip((_als_moment(m, k) for k, m in enumerate(waarde)), rij, strict=True)
    )
    if all(m is None for m in lijst):
        return None
    _niet_voor_het_gebeurde(rij, lijst, 0, "Interventie.vastgelegd[0]")
    return lijst


def _als_moment(waarde: object, k: int) -> pendulum.DateTime | None:
    return None if waarde is None else as_moment(waarde, f"Interventie.vastgelegd[{k}]")


def laatst_vastgelegd(interventie: Any) -> pendulum.DateTime:  # noqa: ANN401 - an Interventie
    """When the last event of ``interventie``'s log was recorded: no next one before (R-GEB-3)."""
    lijst = interventie.vastgelegd
    laatste = None if lijst is None else lijst[-1]
    return interventie.gebeurtenissen[-1].moment if laatste is None else laatste  # type: ignore[no-any-return]


def bekend_tot(
    rij: tuple[Gebeurtenis, ...], lijst: Vastleggingen | None, moment: pendulum.DateTime
) -> int:
    """How many events of the log were recorded on or before ``moment`` (a prefix, R-GEB-3)."""
    n = len(rij)
    while n and _op(rij, lijst, n - 1) > moment:
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
