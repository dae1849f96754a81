"""Facts (feiten): what a rule of the Leerplichtwet establishes about a pupil on a reference date.

A `Reden` is a condition of a decision (`Besluit`): met or not, it decides whether an action is
allowed. The results of `leerplicht_status` and `beoordeel_verzuim` decide nothing; they explain
which rules apply and why, each as a `Feit`: the rule, what was found, and whether the rule
applies. A plain frozen value, so its dict form is ``{"regel", "uitleg", "geldt"}``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import final

from attrs import field, frozen

from gedragswerk_core import _validatie as v
from gedragswerk_core.besluit import Reden

__all__ = ["Feit"]


@final
@frozen(cache_hash=True)
class Feit:
    """One fact a rule establishes, with its explanation.

    Attributes:
        regel: the rule id, e.g. ``"R-LPW-3"`` (the same word as `Reden.regel`).
        uitleg: what was found, with the dates and the law's article.
        geldt: whether the rule applies to the pupil on the reference date.

    Examples:
        >>> print(Feit("R-LPW-3", "kwalificatieplicht 2016-08-01 t/m 2018-03-14", True))
        ✓ R-LPW-3: kwalificatieplicht 2016-08-01 t/m 2018-03-14
    """

    regel: str = field(validator=v.text(max_length=40))
    uitleg: str = field(validator=v.text(max_length=1000))
    geldt: bool = field(validator=v.instance_of(bool))

    def __str__(self) -> str:
        """``✓ R-LPW-3: …`` when the rule applies, ``✗ R-LPW-3: …`` when not."""
        return f"{'✓' if self.geldt else '✗'} {self.regel}: {self.uitleg}"


def als_redenen(feiten: Iterable[Feit], waarde: str) -> tuple[Reden, ...]:
    """The deprecated ``redenen`` of ``waarde`` (0.1): its facts as `Reden` values; warns."""
    warnings.warn(
        f"{waarde}.redenen is deprecated; read .feiten (Feit values: geldt for voldaan)",
        DeprecationWarning,
        stacklevel=3,
    )
    return tuple(Reden(f.regel, f.uitleg, f.geldt) for f in feiten)
