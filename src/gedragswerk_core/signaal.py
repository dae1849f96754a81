"""A signal: something that needs attention, tied to one rule; advice, not a refusal.

The value lives here, below the domain packages, so that the intervention's signals
(`gedragswerk_core.interventie.signaleer`) and the region's (`Verkenning.signalen`, R-REG-3)
share it without the region importing the lifecycle.
"""

from __future__ import annotations

from enum import Enum, unique
from typing import Final, final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.leerling import LeerlingRef

__all__ = ["Signaal", "Signaalsoort"]


@unique
class Signaalsoort(Enum):
    """The kinds of signal, each tied to one rule."""

    THUISZITTER_LANGER_DAN_NORM = "thuiszitter_langer_dan_norm"
    """A pupil has been at home longer than the norm without passend onderwijs (R-LPW-8)."""
    GEEN_GESPREK = "geen_gesprek"
    """A lopend intervention has had no conversation for too long (R-LC-3 b)."""
    LANGER_DAN_SCHOOLJAAR = "langer_dan_schooljaar"
    """The intervention has been open for more than a year (R-LC-8)."""
    SYSTEEM_VOOR_INDIVIDU = "systeem_voor_individu"
    """Systemic questions were taken up while this pupil has no passend onderwijs yet (R-REG-3).

    Given once per named pupil still without it, with `Signaal.leerling` set.
    """

    @property
    def regel(self) -> str:
        """The rule id behind this kind of signal."""
        return _REGEL[self]


_REGEL: Final = {
    Signaalsoort.THUISZITTER_LANGER_DAN_NORM: "R-LPW-8",
    Signaalsoort.GEEN_GESPREK: "R-LC-3",
    Signaalsoort.LANGER_DAN_SCHOOLJAAR: "R-LC-8",
    Signaalsoort.SYSTEEM_VOOR_INDIVIDU: "R-REG-3",
}


@final
@frozen
class Signaal:
    """One thing that needs attention; ``leerling`` is set when it is about one pupil."""

    soort: Signaalsoort = field(validator=v.instance_of(Signaalsoort))
    uitleg: str = field(validator=v.text(max_length=1000))
    leerling: LeerlingRef | None = field(
        default=None, validator=v.optional_instance_of(LeerlingRef)
    )

    @property
    def regel(self) -> str:
        """The rule id behind the signal."""
        return self.soort.regel

    def __str__(self) -> str:
        """``R-LPW-8: …``."""
        return f"{self.regel}: {self.uitleg}"
