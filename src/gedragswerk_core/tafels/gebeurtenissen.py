"""The events of a standing table and of the interventieteam: frozen values, in the past tense.

An `Actietafel` and the `Interventieteam` (`gedragswerk_core.tafels.tafel`) each hold an
append-only tuple of these events; their members, cases and meetings are a fold of them.

References:
    - R-TAF-1: an actie- or thuiszitterstafel is a standing multi-party table for the pupils who
      get no education and whose situation will not resolve (seed 002 §3.1.1, §3.2).
    - R-IT-1: the interventieteam onderwijs-zorg, its three aims and its two-weekly review of
      its cases (seed 002 §3.1.2.7).
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Final, final

import pendulum
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.koppeling import InterventieRef, als_interventieref
from gedragswerk_core.leerling import LeerlingRef, als_ref
from gedragswerk_core.partijen import Partij

__all__ = [
    "CasusAfgesloten",
    "CasusIngebracht",
    "LidToegetreden",
    "LidVertrokken",
    "OverlegGehouden",
    "TafelIngesteld",
    "Tafelgebeurtenis",
    "TeamGestart",
    "Teamdoel",
]

_MAX_RITME: Final = 52


@unique
class Teamdoel(Enum):
    """The three aims of the interventieteam onderwijs-zorg (R-IT-1, seed 002 §3.1.2.7)."""

    OPLOSSEN = "oplossen"
    """Solve persistent complex cases: the children get fitting care and go back to school."""
    LEEREFFECT = "leereffect"
    """A learning effect for the parties and the departments, for future complex cases."""
    KNELPUNTEN = "knelpunten"
    """Solve, and put on the agenda, bottlenecks in the organisations or the system."""


@final
@frozen(weakref_slot=False)
class TafelIngesteld:
    """A standing actietafel was set up for a region, meeting every ``ritme_weken`` weeks (R-TAF-1).

    ``naam`` labels the table, usually by its place ("Tiel"); the annual figures list it.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    naam: str = field(validator=v.text(max_length=200))
    regio: str = field(validator=v.text(max_length=200))
    ritme_weken: int = field(default=4, validator=v.whole(minimum=1, maximum=_MAX_RITME))


@final
@frozen(weakref_slot=False)
class TeamGestart:
    """The interventieteam onderwijs-zorg started (January 2016; R-IT-1)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)


@final
@frozen(weakref_slot=False)
class LidToegetreden:
    """A party joined the table as a member (R-TAF-1: structural participation)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    partij: Partij = field(validator=v.instance_of(Partij))


@final
@frozen(weakref_slot=False)
class LidVertrokken:
    """A member left the table."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    partij: Partij = field(validator=v.instance_of(Partij))


@final
@frozen(weakref_slot=False)
class CasusIngebracht:
    """A pupil's case was brought to the table by ``door`` (R-TAF-1, R-IT-1).

    ``interventie`` links it to Gedragswerk's intervention for the pupil, when there is one.
    """

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    leerling: LeerlingRef = field(converter=als_ref, validator=v.instance_of(LeerlingRef))
    door: Partij = field(validator=v.instance_of(Partij))
    interventie: InterventieRef | None = field(
        default=None,
        converter=als_interventieref,
        validator=v.optional_instance_of(InterventieRef),
    )


def _als_refs(value: object) -> object:
    rij = v.to_tuple(value)
    return tuple(map(als_ref, rij)) if isinstance(rij, tuple) else rij


@final
@frozen(weakref_slot=False)
class OverlegGehouden:
    """The table met: who was there, and which open cases were discussed (R-TAF-1, R-IT-1)."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    aanwezigen: tuple[Partij, ...] = field(
        converter=v.to_tuple, validator=[v.tuple_of(Partij, min_length=1), v.unique("party")]
    )
    besproken: tuple[LeerlingRef, ...] = field(
        default=(), converter=_als_refs, validator=[v.tuple_of(LeerlingRef), v.unique("case")]
    )


@final
@frozen(weakref_slot=False)
class CasusAfgesloten:
    """The table closed a case; ``passend_onderwijs``: the pupil is back in fitting education."""

    moment: pendulum.DateTime = field(converter=v.to_moment, validator=v.is_moment)
    leerling: LeerlingRef = field(converter=als_ref, validator=v.instance_of(LeerlingRef))
    passend_onderwijs: bool = field(validator=v.instance_of(bool))


Tafelgebeurtenis = (
    TafelIngesteld
    | TeamGestart
    | LidToegetreden
    | LidVertrokken
    | CasusIngebracht
    | OverlegGehouden
    | CasusAfgesloten
)
"""Any event of a standing table or of the interventieteam."""

TAFELGEBEURTENISSEN: tuple[type[Tafelgebeurtenis], ...] = Tafelgebeurtenis.__args__
"""Every event class of a table (used by the converter's tagged union)."""
