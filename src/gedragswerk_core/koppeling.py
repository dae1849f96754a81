"""Links to an intervention: its reference, and the reassessment at its afronding (R-KKW-3).

A diagnosis (`gedragswerk_core.diagnose.Diagnose`), a werkagenda
(`gedragswerk_core.werkagenda.Werkagenda`) and a case at a standing table
(`gedragswerk_core.tafels`) belong to one intervention. The domain packages stand side by side
and do not import each other, so the link is a value of this foundation module: an
`InterventieRef`, the intervention's own case number (``kenmerk``), given when the hulpvraag is
received (`gedragswerk_core.interventie.ontvang`).

The afronding carries the reassessment: the diagnosis made again at the end, compared with the
one at the start on the same three dimensions (R-KKW-3). `Herbeoordeling` is that comparison in
short — what `gedragswerk_core.diagnose.Vergelijking.herbeoordeling` gives — so the closing event
can hold it without the lifecycle importing the diagnosis.

References:
    - R-KKW-3: the aim is to turn handelingsverlegenheid into handelingsbekwaamheid; the same
      three dimensions measure the effect (seed 000; seed 002 §3.3).
"""

from __future__ import annotations

import re
from typing import Any, Final, final

import attrs
from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.errors import InvalidValueError

__all__ = ["DIMENSIES", "Herbeoordeling", "InterventieRef"]

_REF: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")

DIMENSIES: Final = ("kennen", "kunnen", "willen")
"""The three dimensions of R-KKW-1, by name, in the methodiek's order."""


def _check_ref(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    del inst, attribute
    if not isinstance(value, str) or _REF.fullmatch(value) is None:
        raise InvalidValueError(
            "an intervention reference is 1–64 characters: letters, digits and . _ : / -, "
            "starting with a letter or digit",
            field="InterventieRef.waarde",
            hint="use your own case number, e.g. 'GW-2015-017'",
        )


@final
@frozen(order=True)
class InterventieRef:
    """The reference (kenmerk) of one intervention: a case number chosen by the caller.

    Examples:
        >>> str(InterventieRef("GW-2015-017"))
        'GW-2015-017'
    """

    waarde: str = field(validator=_check_ref)

    def __str__(self) -> str:
        """The reference itself."""
        return self.waarde


def als_interventieref(value: object) -> object:
    """Converter: a plain string becomes an `InterventieRef`; ``None`` stays (not exported)."""
    return InterventieRef(value) if isinstance(value, str) else value


def _dimensies(inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    del inst
    if any(d not in DIMENSIES for d in value) or list(value) != sorted(
        set(value), key=DIMENSIES.index
    ):
        raise InvalidValueError(
            "dimensions are kennen, kunnen, willen, each once, in that order",
            field=f"Herbeoordeling.{attribute.name}",
            regel="R-KKW-3",
        )


@final
@frozen
class Herbeoordeling:
    """The reassessment at afronding, in short: the diagnosis before and after compared (R-KKW-3).

    Counted over the cells (party × dimension, R-KKW-2) with a knelpunt before, after or both.
    Build it with `gedragswerk_core.diagnose.Vergelijking.herbeoordeling`.

    Attributes:
        opgelost: knelpunten resolved (knelpunt before, in orde after).
        nog_open: knelpunten still open.
        nieuw: knelpunten that were not recorded before.
        onbekend: knelpunten before whose state after is not known.
        verbeterd: the dimensions that improved (a knelpunt resolved, none new), by name.
        interventie: the intervention the diagnoses belong to, when known.

    Examples:
        >>> h = Herbeoordeling(2, 0, 0, 0, verbeterd=("kennen",))
        >>> h.is_handelingsbekwaam
        True
    """

    opgelost: int = field(validator=v.aantal)
    nog_open: int = field(validator=v.aantal)
    nieuw: int = field(validator=v.aantal)
    onbekend: int = field(validator=v.aantal)
    verbeterd: tuple[str, ...] = field(
        default=(), converter=v.to_tuple, validator=[v.tuple_of(str), _dimensies]
    )
    interventie: InterventieRef | None = field(
        default=None,
        converter=als_interventieref,
        validator=v.optional_instance_of(InterventieRef),
    )

    def __attrs_post_init__(self) -> None:
        """A dimension can only have improved when a knelpunt was resolved."""
        if self.verbeterd and not self.opgelost:
            raise InvalidValueError(
                "a dimension improved only when a knelpunt was resolved",
                field="Herbeoordeling.verbeterd",
                regel="R-KKW-3",
            )

    @property
    def is_handelingsbekwaam(self) -> bool:
        """Whether no knelpunt is left open, new or unknown after: handelingsbekwaamheid."""
        return self.nog_open == self.nieuw == self.onbekend == 0
